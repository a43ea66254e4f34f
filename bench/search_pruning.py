#!/usr/bin/env python3
"""How much of a SearchArticles ranking an early-terminating top-k could skip.

Reads a store's FTS5 index (article_fts, through an fts5vocab table) and,
for each query (every word must match, as SearchArticles' plain words do),
computes FTS5's bm25 for every match exactly as the store ranks (title
weight 2, body 1, k1 1.2, b 0.75), then replays two early-terminating
top-k strategies over the same numbers and prints how much each reads:

  block-max  per (word, block of --block doc ids) the largest term score;
             blocks in order of their bound, stopping once the k-th best
             score reaches the next block's bound (how many blocks, rows);
  TA         Fagin's threshold algorithm over per-word lists sorted by
             term score, with random access to the other words' scores
             (how deep into the lists before the k-th best reaches the
             threshold).

No store is written. Usage:
  bench/search_pruning.py --store=PATH/newsgraph.db [--k=11] [--block=1024]
      "oil prices" election ...
"""
import argparse
import collections
import math
import sqlite3
import sys

K1, B = 1.2, 0.75


def varints(blob):
    out, value, shift = [], 0, 0
    for byte in blob:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            out.append(value)
            value, shift = 0, 0
    return out


def term_weight(freq, size, avgdl):
    return freq * (K1 + 1) / (freq + K1 * (1 - B + B * size / avgdl))


class Index:
    def __init__(self, path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_fts, instance)")
        self.size = {}
        for rowid, sizes in self.db.execute("SELECT id, sz FROM article_fts_docsize"):
            self.size[rowid] = sum(varints(sizes))
        self.rows = len(self.size)
        self.avgdl = sum(self.size.values()) / self.rows

    def freqs(self, word):
        freq = collections.defaultdict(float)
        for doc, col in self.db.execute("SELECT doc, col FROM vocab WHERE term = ?", (word,)):
            freq[doc] += 2.0 if col == "title" else 1.0
        return freq

    def idf(self, hits):
        value = math.log((self.rows - hits + 0.5) / (hits + 0.5))
        return value if value > 0 else 1e-6


def analyse(index, words, k, block):
    freq = {w: index.freqs(w) for w in words}
    idf = {w: index.idf(len(freq[w])) for w in words}
    matches = set.intersection(*(set(freq[w]) for w in words)) if words else set()

    def weight(w, doc):
        return idf[w] * term_weight(freq[w][doc], index.size[doc], index.avgdl)

    score = {d: sum(weight(w, d) for w in words) for d in matches}

    # Block-max: a block's bound is the sum of each word's largest weight in it.
    bound = collections.defaultdict(float)
    present = collections.Counter()
    for w in words:
        best = collections.defaultdict(float)
        for doc in freq[w]:
            best[doc // block] = max(best[doc // block], weight(w, doc))
        for blk, value in best.items():
            bound[blk] += value
            present[blk] += 1
    blocks = sorted((b for b in bound if present[b] == len(words)), key=lambda b: -bound[b])
    by_block = collections.defaultdict(list)
    for doc in matches:
        by_block[doc // block].append(score[doc])
    top, read_blocks, read_rows = [], 0, 0
    for blk in blocks:
        if len(top) >= k and top[k - 1] >= bound[blk]:
            break
        read_blocks += 1
        read_rows += len(by_block[blk])
        top = sorted(top + by_block[blk], reverse=True)[:k]

    # TA: sorted access down every list, random access for the others.
    lists = {w: sorted(((weight(w, d), d) for d in freq[w]), reverse=True) for w in words}
    seen, depth = {}, 0
    while True:
        threshold = 0.0
        for w in words:
            if depth < len(lists[w]):
                value, doc = lists[w][depth]
                threshold += value
                if doc not in seen:
                    seen[doc] = score.get(doc)
        depth += 1
        best = sorted((s for s in seen.values() if s is not None), reverse=True)
        if (len(best) >= k and best[k - 1] >= threshold) or all(depth >= len(l) for l in lists.values()):
            break
    print(f"{' '.join(words)!r}: {len(matches)} matches of {index.rows} articles; "
          f"block-max (blocks of {block}): {read_blocks} of {len(blocks)} blocks, {read_rows} rows; "
          f"TA: depth {depth} of {[len(lists[w]) for w in words]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--k", type=int, default=11, help="page size + 1, as the store asks")
    parser.add_argument("--block", type=int, default=1024)
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    index = Index(args.store)
    for query in args.queries:
        analyse(index, query.lower().split(), args.k, args.block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
