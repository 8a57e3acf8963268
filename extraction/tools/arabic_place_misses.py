#!/usr/bin/env python3
"""List the Arabic place entities the extractor gets wrong on the seen sets: output LOC entities that match no gold
entity (FP, with the matched text and the knowledge-base id, so gazetteer matches of everyday words show), and gold LOC
entities no output entity matches (FN, with their mentions and the words before the first mention).

Usage (from the checkout root, after score_sets.py wrote its outputs to OUTDIR):
    python3 extraction/tools/arabic_place_misses.py OUTDIR [fp|fn]
Reads the seen sets only (score_sets.SEEN).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_sets  # noqa: E402

sys.path.insert(0, os.path.dirname(score_sets.SCORER))
import score  # noqa: E402

out_dir = sys.argv[1]
which = sys.argv[2] if len(sys.argv) > 2 else "fp"
for s in score_sets.SEEN:
    gold_path = score_sets.gold_path(s)
    out_path = os.path.join(out_dir, os.path.basename(gold_path).replace(".jsonl", ".out"))
    gold = {}
    for line in open(gold_path):
        if line.strip():
            d = json.loads(line); gold[d["id"]] = d
    for line in open(out_path):
        if not line.strip():
            continue
        o = json.loads(line)
        g = gold.get(o["id"])
        if not g or g["language"] != "ar":
            continue
        ents = o.get("entities", [])
        for e in ents:
            e["mentions"] = [m["text"] if isinstance(m, dict) else m for m in e.get("mentions", [])]
            e["type"] = e["type"].strip().upper()
        pairs = score.match_entities(g.get("entities", []), ents)
        sys_matched = {si for si, gi, ok in pairs}
        gold_matched = {gi for si, gi, ok in pairs}
        text = g.get("title", "") + "\n" + g.get("body", "")
        if which == "fp":
            for si, e in enumerate(ents):
                if si not in sys_matched and e["type"] == "LOC":
                    print(f"FP\t{s}\t{o['id']}\t{e['name']}\t{e.get('id')}\t{'|'.join(e['mentions'])}")
        else:
            for gi, ge in enumerate(g.get("entities", [])):
                if gi in gold_matched or ge["type"].strip().upper() != "LOC":
                    continue
                ms = ge.get("mentions", [])
                first = ms[0] if ms else ge["name"]
                at = text.find(first)
                before = text[max(0, at - 25):at].replace("\n", " ") if at >= 0 else "?"
                after = text[at + len(first):at + len(first) + 20].replace("\n", " ") if at >= 0 else "?"
                print(f"FN\t{s}\t{o['id']}\t{ge['name']}\t{'|'.join(ms)}\t[{before}]<{first}>[{after}]")
