#!/usr/bin/env python3
"""List the Arabic output entities that are linked (a knowledge-base id) but whose name is not the gold name or an
alias of the gold entity they match (score.py's match_entities), and the linked ones that match no gold entity.

Usage (from the checkout root, after score_sets.py wrote its outputs to OUTDIR):
    python3 extraction/tools/arabic_far_links.py OUTDIR
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
        matched = {si: (gi, ok) for si, gi, ok in pairs}
        for si, e in enumerate(ents):
            kb = e.get("id")
            if not e.get("linked"):
                continue
            if si in matched:
                gi, ok = matched[si]
                if not ok:
                    ge = g["entities"][gi]
                    print(f"WRONG\t{s}\t{o['id']}\t{e['type']}\t{e['name']}\t{kb}\tgold={ge['name']}\t{'|'.join(e['mentions'])}")
            else:
                print(f"NOGOLD\t{s}\t{o['id']}\t{e['type']}\t{e['name']}\t{kb}\t-\t{'|'.join(e['mentions'])}")
