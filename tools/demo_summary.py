#!/usr/bin/env python3
"""Prints what the demo needs to show of one Article (JSON from buf curl on
stdin): its sentences and what the extractor found, one line per item."""
import json
import sys


def main():
    article = json.load(sys.stdin).get("article", {})
    entities = article.get("entities", [])

    def entity(index):
        return entities[index]["name"] if 0 <= index < len(entities) else "?"

    print("  sentences:")
    for s in article.get("sentences", []):
        print(f"    - {s.get('text', '')}")
    print("  entities (name, type, country, mentions):")
    for e in entities:
        kind = e.get("type", "").replace("ENTITY_TYPE_", "")
        sub = e.get("subtype", "").replace("ENTITY_SUBTYPE_", "")
        print(f"    - {e['name']} [{kind}{'/' + sub if sub else ''}] "
              f"{e.get('countryCode', '')} x{e.get('mentionCount', 0)}")
    print("  roles:")
    for r in article.get("roles", []):
        status = r.get("status", "").replace("ROLE_STATUS_", "").lower()
        of = f" of {entity(r['affiliationIndex'])}" if "affiliationIndex" in r else ""
        print(f"    - {entity(r.get('personIndex', 0))}: {r.get('title', '')}{of} ({status})")
    print("  relations:")
    for r in article.get("relations", []):
        kind = r.get("type", "").replace("RELATION_TYPE_", "").lower()
        print(f"    - {entity(r.get('subjectIndex', 0))} {kind} {entity(r.get('objectIndex', 0))}")
    print("  dates:")
    for d in article.get("dates", []):
        v = d.get("value", {})
        value = "-".join(str(v[k]).zfill(2) for k in ("year", "month", "day") if k in v)
        print(f"    - \"{d.get('text', '')}\" = {value}")
    print("  quotes:")
    for q in article.get("quotes", []):
        who = entity(q["speakerIndex"]) if "speakerIndex" in q else "(unattributed)"
        print(f"    - {who}: {q.get('text', '')}")


if __name__ == "__main__":
    main()
