# What the make*.py scripts share: one gold document per doc(...) call, checked and written as JSON Lines in the
# format of shared/eval/GUIDELINES.md. Apache-2.0.
import datetime
import json
import os

docs = []


def doc(id, lang, published, title, body, entities, events):
    docs.append({"id": id, "language": lang, "published": published, "source": "Newsflow test corpus",
                 "title": title, "body": body, "entities": [
                     {"type": t, "name": n, "aliases": a, "mentions": m} for (t, n, a, m) in entities],
                 "events": [{"type": c, "trigger": tr, "place": p, "date": d, "actors": []}
                            for (c, tr, p, d) in events]})


def check(d):
    """Guards against slips in the hand annotation: mentions must occur verbatim, event dates must parse."""
    text = d["title"] + "\n" + d["body"]
    for e in d["entities"]:
        for m in e["mentions"]:
            assert m in text, (d["id"], m)
    for ev in d["events"]:
        if ev["date"]:
            datetime.date.fromisoformat(ev["date"])


def write(name):
    """Checks the documents and writes them to NAME next to this file."""
    for d in docs:
        check(d)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(docs), "documents")
