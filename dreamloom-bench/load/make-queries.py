#!/usr/bin/env python3
"""Writes the load benchmark's query mix: thousands of distinct searches, so that the search-answer cache rarely
helps and every request pays for a real search (what many users asking different questions look like).

Usage: make-queries.py OUT_DIR [CORPUS_DIR] [SERIES...]   (default: ../shared/data/dreambank, series alta norms-f)

Only single words and two-word phrases are taken from the corpus (by document frequency); the queries are built
from them with a fixed random seed, so the same corpus gives the same files. run.sh writes them into its
temporary folder at each DL_MIX run (they are derived from the corpus, so they are not kept in the project). Writes,
into OUT_DIR:
  queries-lexical.txt  one query a line in the library's query language (words, "phrases", OR, NOT, filters)
  queries-hybrid.txt   one natural-language query a line (words and meaning)
"""
import collections
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LEXICAL = 8000
HYBRID = 4000

# function words: a query of these alone says nothing about a dream
STOP = set("""a about above after again against all almost also am an and any are around as at away back be
because been before being below between both but by came can could did do does doing down during each else even
ever every few for from further get getting go going got had has have having he her here hers herself him himself
his how i if in into is it its itself just like me more most much my myself no nor not now of off on once one only
or other our ours out over own really said same saw say see seemed she should so some something still such than
that the their theirs them then there these they thing things this those though through to too told under until up
upon very was way we well went were what when where which while who whom why will with would you your yours
yourself dream dreamed dreams dreaming dreamt""".split())
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def reports(corpus, series):
    csv.field_size_limit(10_000_000)
    for s in series:
        with open(os.path.join(corpus, s + ".tsv"), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                text = (row.get("dream") or "").lower()
                if text:
                    yield text


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: make-queries.py OUT_DIR [CORPUS_DIR] [SERIES...]")
    out_dir = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data", "dreambank")
    series = sys.argv[3:] or ["alta", "norms-f"]
    words_df = collections.Counter()
    pairs_df = collections.Counter()
    n = 0
    for text in reports(corpus, series):
        n += 1
        tokens = WORD.findall(text)
        words_df.update(set(t for t in tokens if len(t) >= 3 and t not in STOP and "'" not in t))
        pairs_df.update(set(f"{a} {b}" for a, b in zip(tokens, tokens[1:])
                            if "'" not in a + b and not (a in STOP and b in STOP)))
    if n == 0:
        sys.exit(f"no reports found in {corpus} for series {series}")
    # content words found in at least 3 reports and in at most a third of them; phrases in at least 3 reports
    words = sorted(w for w, c in words_df.items() if 3 <= c <= n / 3)
    phrases = sorted(p for p, c in pairs_df.items() if c >= 3 and any(t not in STOP and len(t) >= 3 for t in p.split()))
    common = sorted(words, key=lambda w: (-words_df[w], w))[:400]
    rnd = random.Random(7)

    def lexical():
        r = rnd.random()
        w = rnd.choice(words)
        if r < 0.35:
            return w
        if r < 0.55:
            return f"{rnd.choice(common)} {w}"
        if r < 0.70:
            return f'"{rnd.choice(phrases)}"'
        if r < 0.80:
            return f"{w} OR {rnd.choice(words)}"
        if r < 0.85:
            return f"{rnd.choice(common)} AND NOT {w}"
        if r < 0.93:
            return f"{w} series:{rnd.choice(series)}"
        year = rnd.randrange(1940, 2000)
        return f"{rnd.choice(common)} date:[{year} TO {year + rnd.randrange(1, 20)}]"

    templates = [
        "a dream about {a} and {b}", "being {a} in the {b}", "I was with my {a} near the {b}",
        "dreams where {a} {b}", "{a} {b} {c}", "looking for the {a} at the {b}", "my {a} and the {b}",
        "something about a {a}", "the {a} that {b}", "trying to {a} before the {b}",
    ]

    def hybrid():
        t = rnd.choice(templates)
        return t.format(a=rnd.choice(common if rnd.random() < 0.5 else words), b=rnd.choice(words), c=rnd.choice(words))

    for name, make, count in (("queries-lexical.txt", lexical, LEXICAL), ("queries-hybrid.txt", hybrid, HYBRID)):
        seen = []
        known = set()
        while len(seen) < count:
            q = make()
            if q not in known:
                known.add(q)
                seen.append(q)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
            out.write("\n".join(seen) + "\n")
        print(f"{name}: {len(seen)} distinct queries from {n} reports ({len(words)} words, {len(phrases)} phrases)")


if __name__ == "__main__":
    main()
