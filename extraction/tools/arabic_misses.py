#!/usr/bin/env python3
"""List what the extractor gets wrong in the Arabic stories of the seen sets, matched as score.py matches them.

    links: output entities linked to a knowledge-base id whose name is not the gold name or an alias of the gold
           entity they match (WRONG), and linked ones that match no gold entity (NOGOLD);
    fp:    output LOC entities that match no gold entity, with the knowledge-base id (gazetteer matches of everyday
           words show here);
    fn:    gold LOC entities no output entity matches, with their mentions and the words around the first one.

Usage (from the checkout root, after score_sets.py wrote its outputs to OUTDIR):
    python3 extraction/tools/arabic_misses.py OUTDIR links|fp|fn
Reads the seen sets only (score_sets.SEEN).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_sets  # noqa: E402

sys.path.insert(0, os.path.dirname(score_sets.SCORER))
import score  # noqa: E402


def arabic_stories(out_dir):
    """Each Arabic story of the seen sets: (set, gold document, output entities, score.py's matched pairs)."""
    for s in score_sets.SEEN:
        gold_path = score_sets.gold_path(s)
        out_path = os.path.join(out_dir, os.path.basename(gold_path).replace(".jsonl", ".out"))
        with open(gold_path) as f:
            gold = {d["id"]: d for d in map(json.loads, filter(str.strip, f))}
        with open(out_path) as f:
            for o in map(json.loads, filter(str.strip, f)):
                g = gold.get(o["id"])
                if not g or g["language"] != "ar":
                    continue
                ents = o.get("entities", [])
                for e in ents:
                    e["mentions"] = [m["text"] if isinstance(m, dict) else m for m in e.get("mentions", [])]
                    e["type"] = e["type"].strip().upper()
                yield s, g, ents, score.match_entities(g.get("entities", []), ents)


def wrong_links(s, g, ents, pairs):
    matched = {si: (gi, ok) for si, gi, ok in pairs}
    for si, e in enumerate(ents):
        if not e.get("linked"):
            continue
        if si not in matched:
            print(f"NOGOLD\t{s}\t{g['id']}\t{e['type']}\t{e['name']}\t{e.get('id')}\t-\t{'|'.join(e['mentions'])}")
        elif not matched[si][1]:
            gold_name = g["entities"][matched[si][0]]["name"]
            print(f"WRONG\t{s}\t{g['id']}\t{e['type']}\t{e['name']}\t{e.get('id')}\tgold={gold_name}"
                  f"\t{'|'.join(e['mentions'])}")


def false_places(s, g, ents, pairs):
    matched = {si for si, _, _ in pairs}
    for si, e in enumerate(ents):
        if si not in matched and e["type"] == "LOC":
            print(f"FP\t{s}\t{g['id']}\t{e['name']}\t{e.get('id')}\t{'|'.join(e['mentions'])}")


def missed_places(s, g, ents, pairs):
    matched = {gi for _, gi, _ in pairs}
    text = g.get("title", "") + "\n" + g.get("body", "")
    for gi, ge in enumerate(g.get("entities", [])):
        if gi in matched or ge["type"].strip().upper() != "LOC":
            continue
        ms = ge.get("mentions", [])
        first = ms[0] if ms else ge["name"]
        at = text.find(first)
        before = text[max(0, at - 25):at].replace("\n", " ") if at >= 0 else "?"
        after = text[at + len(first):at + len(first) + 20].replace("\n", " ") if at >= 0 else "?"
        print(f"FN\t{s}\t{g['id']}\t{ge['name']}\t{'|'.join(ms)}\t[{before}]<{first}>[{after}]")


if __name__ == "__main__":
    report = {"links": wrong_links, "fp": false_places, "fn": missed_places}[sys.argv[2]]
    for story in arabic_stories(sys.argv[1]):
        report(*story)
