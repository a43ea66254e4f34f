#!/usr/bin/env python3
"""Checks extraction quality against the gold annotations in ../shared/eval.

Runs newsgraph_eval over each gold file, scores its predictions with the
shared scorers (score.py, score_ner.py: the reference, read in place) and
fails when a score falls below its floor. Prints every figure it checks.

usage: extraction_quality.py --eval BIN --eval_dir DIR --corpus DIR --work DIR
"""
import argparse
import json
import os
import subprocess
import sys

# (gold file, scorer, {metric: floor}). Floors are the project's targets
# (issue 3): the seed must be read perfectly; the dev set and the
# worldwide NER set set the bar for text the rules were not written on.
#
# Events: the seed's five events are found with their participants, dates
# and places (strict recall and precision 1.0). On dev the floors guard what
# the event coder reaches now (events F1 0.695, strict 0.386), above the
# issue's targets (events 0.60, events_strict 0.35).
CHECKS = [
    ("seed.gold.jsonl", "score.py",
     {"entities.f1": 1.0, "roles.f1": 1.0, "dates.f1": 1.0,
      "events.recall": 1.0, "events_strict.recall": 1.0, "events_strict.f1": 1.0}),
    ("dev.gold.jsonl", "score.py",
     {"entities.f1": 0.85, "roles.f1": 0.70, "relations.f1": 0.50, "dates.f1": 0.85,
      "quotes.f1": 0.80, "events.f1": 0.67, "events_strict.f1": 0.36}),
    ("ner_dev.jsonl", "score_ner.py", {"exact.ALL.f1": 0.80}),
]


def lookup(scores, dotted):
    section, field = dotted.rsplit(".", 1)
    return scores[section][field]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval", required=True, help="the newsgraph_eval binary")
    parser.add_argument("--eval_dir", required=True, help="../shared/eval")
    parser.add_argument("--corpus", required=True, help="../shared/corpus")
    parser.add_argument("--work", required=True, help="where predictions are written")
    args = parser.parse_args()

    if not os.path.isdir(args.eval_dir) or not os.path.isdir(args.corpus):
        print(f"SKIP: no gold annotations or corpus at {args.eval_dir}, {args.corpus}")
        return 77  # ctest's SKIP_RETURN_CODE
    os.makedirs(args.work, exist_ok=True)
    failures = []
    for gold_name, scorer, floors in CHECKS:
        gold = os.path.join(args.eval_dir, gold_name)
        pred = os.path.join(args.work, gold_name.replace(".jsonl", ".pred.jsonl"))
        subprocess.run([args.eval, f"--gold={gold}", f"--corpus={args.corpus}", f"--out={pred}"],
                       check=True)
        out = subprocess.run([sys.executable, os.path.join(args.eval_dir, scorer), gold, pred,
                              "--json"], check=True, capture_output=True, text=True).stdout
        scores = json.loads(out)
        for metric, floor in floors.items():
            value = lookup(scores, metric)
            ok = value >= floor
            print(f"{gold_name:18} {metric:16} {value:.3f}  (floor {floor:.2f})  "
                  f"{'ok' if ok else 'BELOW'}")
            if not ok:
                failures.append(f"{gold_name} {metric} {value:.3f} < {floor:.2f}")
    if failures:
        print("extraction quality below target:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
