#!/usr/bin/env python3
"""Prints the demo's view of event and graph answers (JSON from buf curl on
stdin), one line per item. Usage: demo_events.py events|relationship|paths"""
import json
import sys


def names(participants):
    return ", ".join(p.get("name", "?") for p in participants) or "-"


def date(d):
    if not d:
        return "undated"
    parts = [str(d.get("year", ""))]
    if d.get("month"):
        parts.append("%02d" % d["month"])
    if d.get("day"):
        parts.append("%02d" % d["day"])
    return "-".join(parts)


def event_line(e):
    category = e.get("category", "").replace("EVENT_CATEGORY_", "")
    where = e.get("location", {}).get("name")
    line = (f"{category} ({e.get('cameoCode', '')}, score {e.get('score', 0):+.1f}) "
            f"{names(e.get('actors', []))} -> {names(e.get('recipients', []))}, "
            f"{date(e.get('date'))}{', in ' + where if where else ''}")
    if e.get("object"):
        line += f", object \"{e['object']}\""
    counts = f" [{e.get('numMentions', 0)} mentions, {e.get('numArticles', 0)} articles]"
    return line + counts


def evidence(text, limit=110):
    return text if len(text) <= limit else text[:limit - 1] + "…"


def main():
    what = sys.argv[1]
    data = json.load(sys.stdin)
    if what == "events":
        for e in data.get("events", []):
            print("  - " + event_line(e))
            for m in e.get("mentions", [])[:1]:
                print("      \"" + evidence(m.get("text", "")) + "\"")
    elif what == "relationship":
        r = data.get("relationship", {})
        cats = ", ".join("%s %d" % (c["category"].replace("EVENT_CATEGORY_", ""),
                                    c.get("eventCount", 0)) for c in r.get("categories", []))
        print(f"  {r['entity']['displayName']} - {r['otherEntity']['displayName']}: "
              f"{r.get('eventCount', 0)} events ({cats}), mean score {r.get('meanScore', 0):+.1f}")
        for s in r.get("sharedRelations", []):
            ev = s["first"].get("evidence", [{}])[0].get("text", "")
            print(f"  both {s['type'].lower()} {s['via']['displayName']}: \"{evidence(ev)}\"")
        for rel in r.get("relations", []):
            print(f"  {rel['subject']['displayName']} {rel['type'].lower()} "
                  f"{rel['object']['displayName']} {rel.get('label', '')}")
        for e in r.get("recentEvents", []):
            category = e.get("category", "").replace("EVENT_CATEGORY_", "")
            text = e.get("evidence", {}).get("text", "")
            print(f"  - {category} ({e.get('score', 0):+.1f}), {date(e.get('date'))}: "
                  f"\"{evidence(text)}\"")
    elif what == "paths":
        for p in data.get("paths", []):
            steps = p.get("steps", [])
            chain = " -> ".join(s["fromEntity"]["displayName"] + f" [{s['kind'].lower()}"
                                + (f" {s['label'].lower()}" if s.get("label") else "") + "]"
                                for s in steps)
            print(f"  {chain} -> {steps[-1]['toEntity']['displayName']}")
            for s in steps:
                text = s.get("evidence", [{}])[0].get("text", "") if s.get("evidence") else ""
                print(f"      \"{evidence(text)}\"")
        if data.get("truncated"):
            print("  (search stopped at its work limit)")


if __name__ == "__main__":
    main()
