# Checks that a new held-out set names nothing the other sets name: every gold name, alias and mention of NEW.jsonl is
# looked for, as a whole word after the scorer's normalisation, among the names, aliases, mentions and texts of the
# shared dev set and of every other .jsonl here. Prints each hit with where it occurs. Apache-2.0.
# Run: python3 overlap.py blind6.jsonl
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "../../../../../../shared/eval/dev.jsonl")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    for a in "أإآٱ":
        s = s.replace(a, "ا")
    return s.replace("ى", "ي").replace("ة", "ه").replace("ـ", "")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


new = os.path.basename(sys.argv[1])
others = [DEV] + sorted(p for p in glob.glob(os.path.join(HERE, "*.jsonl")) if os.path.basename(p) != new)
corpus = []
for path in others:
    for d in read(path):
        corpus.append((os.path.basename(path), d["id"], norm(d["title"] + "\n" + d["body"])))
        for e in d["entities"]:
            for n in [e["name"]] + e["aliases"] + e["mentions"]:
                corpus.append((os.path.basename(path), d["id"], norm(n)))
words = {w for d in read(os.path.join(HERE, new)) for e in d["entities"]
         for w in [e["name"]] + e["aliases"] + e["mentions"]}
hits = 0
for w in sorted(words):
    pattern = re.compile(r"(?<!\w)" + re.escape(norm(w)) + r"(?!\w)")
    where = sorted({f"{path}:{id}" for path, id, text in corpus if pattern.search(text)})
    if where:
        hits += 1
        print(w, "->", ", ".join(where[:5]))
print(len(words), "names checked,", hits, "found elsewhere")
