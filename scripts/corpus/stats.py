#!/usr/bin/env python3
"""Counts that the corpus READMEs give, computed from the files: articles by genre and by period,
lengths, confusers, and gold keys by claim type and by modality.

Reads NAME.meta.json ("genre", "published", "confuser") and NAME.gold.jsonl beside each NAME.txt;
prints Markdown tables.

  scripts/corpus/stats.py corpus/news corpus/blind
"""
import argparse
import collections
import json
import os
import statistics
import sys

TYPES = ["WITHDRAWAL", "ACCESSION", "PRODUCTION", "PROCUREMENT", "TRANSFER", "STOCKPILE", "DESTRUCTION", "USE"]
MODALITIES = ["FACT", "PLANNED", "POSSIBLE", "NEGATED", "ALLEGED"]
PERIODS = [(1997, 2010), (2011, 2019), (2020, 2023), (2024, 2024), (2025, 2025), (2026, 2026)]


def period(year):
    for low, high in PERIODS:
        if low <= year <= high:
            return f"{low}" if low == high else f"{low}-{high}"
    return "other"


def articles(corpus):
    names = sorted(n[:-4] for n in os.listdir(corpus) if n.endswith(".txt"))
    if not names:
        sys.exit(f"{corpus}: no NAME.txt")
    for name in names:
        base = os.path.join(corpus, name)
        with open(base + ".txt", encoding="utf-8") as f:
            words = len(f.read().split())
        meta = {}
        if os.path.isfile(base + ".meta.json"):
            with open(base + ".meta.json", encoding="utf-8") as f:
                meta = json.load(f)
        gold = []
        if os.path.isfile(base + ".gold.jsonl"):
            with open(base + ".gold.jsonl", encoding="utf-8") as f:
                gold = [json.loads(line) for line in f if line.strip()]
        yield name, words, meta, gold


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args()

    data = {c: list(articles(c)) for c in args.corpora}
    names = [os.path.basename(c.rstrip("/")) for c in args.corpora]

    genres = sorted({m.get("genre", "?") for docs in data.values() for _, _, m, _ in docs})
    rows = []
    for g in genres:
        counts = [sum(1 for _, _, m, _ in docs if m.get("genre", "?") == g) for docs in data.values()]
        rows.append([g] + counts + [sum(counts)])
    rows.append(["**all**"] + [len(d) for d in data.values()] + [sum(len(d) for d in data.values())])
    print(table(["genre"] + names + ["all"], rows))
    print()

    rows = []
    for low, high in PERIODS + [(0, 0)]:
        label = period(low) if low else "other"
        counts = [sum(1 for _, _, m, _ in docs if period(int(m.get("published", "0000")[:4])) == label)
                  for docs in data.values()]
        if low or sum(counts):
            rows.append([label] + counts + [sum(counts)])
    print(table(["published"] + names + ["all"], rows))
    print()

    rows = []
    for label, pick in [("words: min", min), ("words: median", lambda w: int(statistics.median(w))), ("words: max", max)]:
        rows.append([label] + [pick([w for _, w, _, _ in docs]) for docs in data.values()] + [""])
    rows.append(["confusers"] + [sum(1 for _, _, m, _ in docs if m.get("confuser")) for docs in data.values()]
                + [sum(1 for docs in data.values() for _, _, m, _ in docs if m.get("confuser"))])
    rows.append(["articles without gold keys"] + [sum(1 for *_, g in docs if not g) for docs in data.values()] + [""])
    print(table([""] + names + ["all"], rows))
    print()

    rows = []
    for t in TYPES:
        counts = [sum(1 for *_, gold in docs for g in gold if g["type"] == t and not g.get("optional")) for docs in data.values()]
        rows.append([t] + counts + [sum(counts)])
    optional = [sum(1 for *_, gold in docs for g in gold if g.get("optional")) for docs in data.values()]
    rows.append(["optional keys"] + optional + [sum(optional)])
    print(table(["gold keys (required)"] + names + ["all"], rows))
    print()

    rows = []
    for m in MODALITIES:
        counts = [sum(1 for *_, gold in docs for g in gold if m in g["modality"] and not g.get("optional"))
                  for docs in data.values()]
        rows.append([m] + counts + [sum(counts)])
    print(table(["keys accepting the modality"] + names + ["all"], rows))


if __name__ == "__main__":
    main()
