#!/usr/bin/env python3
"""Agreement between the two independent annotations of a corpus, before they are settled.

Each article NAME.txt of a corpus folder has two annotations made without seeing each other,
annotations/a/NAME.gold.jsonl and annotations/b/NAME.gold.jsonl, in the gold format of
corpus/dev/README.md. This script reports, over all articles and per claim type:

  key F1        2|A & B| / (|A| + |B|) over claim keys (doc, type, actor, treaty, recipient):
                symmetric, the same as scoring one annotation against the other
  modality      of the keys both annotators found, the share whose modality lists overlap
  overlap       (at least one modality in common; the strict scorer's notion of agreeing),
                and the share with identical lists

--list prints every disagreement, article by article, for whoever settles them.

  scripts/corpus/agreement.py corpus/news corpus/blind
  scripts/corpus/agreement.py --list corpus/news
"""
import argparse
import collections
import json
import os
import sys

TYPES = ["WITHDRAWAL", "ACCESSION", "PRODUCTION", "PROCUREMENT", "TRANSFER", "STOCKPILE", "DESTRUCTION", "USE"]


def read_annotation(path):
    """Returns {key: set of modalities} of one annotation file; keys without doc."""
    claims = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
                key = (row["type"], row["actor"], row.get("treaty"), row.get("recipient"))
                claims.setdefault(key, set()).update(row["modality"])
            except (ValueError, KeyError, TypeError) as e:
                sys.exit(f"{path}:{number}: not a gold line ({e})")
    return claims


def load(corpus):
    """Yields (name, A claims, B claims) for every text of the corpus; exits when one lacks a side."""
    names = sorted(n[:-4] for n in os.listdir(corpus) if n.endswith(".txt"))
    if not names:
        sys.exit(f"{corpus}: no NAME.txt")
    for name in names:
        sides = []
        for side in ("a", "b"):
            path = os.path.join(corpus, "annotations", side, name + ".gold.jsonl")
            if not os.path.isfile(path):
                sys.exit(f"{path}: missing (every text needs both annotations)")
            sides.append(read_annotation(path))
        yield name, sides[0], sides[1]


class Tally:
    def __init__(self):
        self.a = self.b = self.both = self.overlap = self.identical = 0

    def add(self, a, b):
        self.a += len(a)
        self.b += len(b)
        for key in a.keys() & b.keys():
            self.both += 1
            self.overlap += bool(a[key] & b[key])
            self.identical += a[key] == b[key]

    def row(self, label):
        f1 = 2 * self.both / (self.a + self.b) if self.a + self.b else 1.0
        overlap = f"{self.overlap / self.both:.3f}" if self.both else "  -  "
        identical = f"{self.identical / self.both:.3f}" if self.both else "  -  "
        return f"{label:<12} {self.a:>5} {self.b:>5} {self.both:>5}  {f1:.3f}   {overlap}   {identical}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", help="corpus folders with annotations/a and annotations/b")
    parser.add_argument("--list", action="store_true", help="print every disagreement, article by article")
    args = parser.parse_args()

    total = Tally()
    by_type = collections.defaultdict(Tally)
    for corpus in args.corpora:
        for name, a, b in load(corpus):
            total.add(a, b)
            for t in TYPES:
                by_type[t].add({k: v for k, v in a.items() if k[0] == t}, {k: v for k, v in b.items() if k[0] == t})
            if args.list:
                lines = [f"  only A: {k} {sorted(a[k])}" for k in sorted(a.keys() - b.keys(), key=str)]
                lines += [f"  only B: {k} {sorted(b[k])}" for k in sorted(b.keys() - a.keys(), key=str)]
                lines += [f"  modality: {k} A {sorted(a[k])} B {sorted(b[k])}"
                          for k in sorted(a.keys() & b.keys(), key=str) if a[k] != b[k]]
                if lines:
                    print(f"{corpus}/{name}:")
                    print("\n".join(lines))
    if args.list:
        print()
    print(f"{'type':<12} {'A':>5} {'B':>5} {'both':>5}  key F1  overlap  identical")
    for t in TYPES:
        if by_type[t].a or by_type[t].b:
            print(by_type[t].row(t))
    print(total.row("all"))


if __name__ == "__main__":
    main()
