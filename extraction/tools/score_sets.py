#!/usr/bin/env python3
"""Run the extractor on gold sets and print entity F1 / linking / event F1 per set and language.

Usage (from the checkout root, after the build in extraction/README.md "Run"):
    python3 extraction/tools/score_sets.py --cp "$CP" [SET ...]

A SET is a name under extraction/src/test/resources/heldout (blind9, unseen ...), "dev" for
../shared/eval/dev.jsonl, or a path to a .jsonl file. Without sets it scores the seen sets only
(the held-back ones are named in HELD_BACK and must be asked for by name). Outputs go to --out (default: a new
directory under /tmp), so two runs at once do not overwrite each other's files.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELDOUT = os.path.join(ROOT, "extraction", "src", "test", "resources", "heldout")
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
DEV = os.path.join(ROOT, "..", "shared", "eval", "dev.jsonl")
SEEN = ["dev", "articles", "fresh", "unseen", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
        "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
        "blind17", "blind21"]
# Written in session 28 by the helpers who then fixed rules against them, each before it ran the extractor on its
# own set: seen sets too, scored with them by default, and summed apart in the READMEs (the 22 above are the older
# comparison).
PRACTICE = ["practice_arperson", "practice_arperson2", "practice_arpername", "practice_arpername2", "practice_arorg7",
            "practice_arorg8", "practice_arorg9", "practice_arplaces2", "practice_arplaces3", "practice_arplaces4",
            "practice_enfr11", "practice_enfr13", "practice_arorg10", "practice_arpername3", "practice_arplaces5",
            "practice_enfr14", "practice_arorg11", "practice_arpername4", "practice_arplaces6", "practice_enfr15",
            "practice_arplaces7", "practice_enfr16"]
# Held back from the rounds of work, scored once after a merge. Session 24 released blind10-12 and blind15-17 to the
# rounds (held back for 4-11 sessions; their errors are the classes that did not generalise) and keeps the newest;
# session 25 released blind21, keeps blind20 (the other set of dev.jsonl's kind) and adds blind22-23, written then;
# session 26 adds blind24-25.
HELD_BACK = ["blind18", "blind19", "blind20", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29"]


def gold_path(name):
    if name == "dev":
        return DEV
    if name.endswith(".jsonl"):
        return name
    return os.path.join(HELDOUT, name + ".jsonl")


def score(name, classpath, out_dir):
    gold = gold_path(name)
    with open(gold, "rb") as source:
        output = subprocess.run(["java", "-cp", classpath, "io.newsflow.extraction.ExtractCli"],
                                stdin=source, capture_output=True, check=True).stdout
    out_path = os.path.join(out_dir, os.path.basename(gold).replace(".jsonl", ".out"))
    with open(out_path, "wb") as out:
        out.write(output)
    result = subprocess.run([sys.executable, SCORER, "--json", gold, out_path],
                            capture_output=True, check=True, text=True).stdout
    return json.loads(result)["by_language"], out_path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cp", required=True, help="classpath holding the extraction classes and their dependencies")
    parser.add_argument("--out", help="directory for the extractor's outputs (default: a new one under /tmp)")
    parser.add_argument("sets", nargs="*", default=SEEN + PRACTICE)
    args = parser.parse_args()
    out_dir = args.out or tempfile.mkdtemp(prefix="score_sets-")
    os.makedirs(out_dir, exist_ok=True)
    print(f"{'set':<10} {'lang':<4} {'entity_f1':>9} {'linking':>8} {'event_f1':>8}  output")
    for name in args.sets:
        by_language, out_path = score(name, args.cp, out_dir)
        label = os.path.basename(name).removesuffix(".jsonl")
        for lang in sorted(by_language):
            m = by_language[lang]
            print(f"{label:<10} {lang:<4} {m['entity']['f1']:>9.3f} {m['linking']['accuracy']:>8.3f} "
                  f"{m['events']['f1']:>8.3f}  {out_path}")


if __name__ == "__main__":
    main()
