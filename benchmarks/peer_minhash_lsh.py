#!/usr/bin/env python3
"""Peer 3: datasketch MinHash (128 permutations) of character 8-gram shingles, MinHash LSH at Jaccard
threshold 0.1 for candidate pairs, estimated Jaccard per candidate. Document similarity only, no passages.

    python peer_minhash_lsh.py CORPUS [--threshold 0.1] [--perm 128]
"""
import argparse

from datasketch import MinHash, MinHashLSH

from peer_common import load_texts, report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--threshold", type=float, default=0.1)
    ap.add_argument("--perm", type=int, default=128)
    args = ap.parse_args()
    ids, texts = load_texts(args.corpus)
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.perm)
    sketches = []
    for n, text in enumerate(texts):
        m = MinHash(num_perm=args.perm)
        m.update_batch({text[i:i + 8].encode("utf-8") for i in range(len(text) - 7)})
        lsh.insert(n, m)
        sketches.append(m)
    pairs = []
    for n, m in enumerate(sketches):
        for other in lsh.query(m):
            if other > n:
                pairs.append((n, other, m.jaccard(sketches[other])))
    report("minhash lsh 8-gram", ids, pairs)


if __name__ == "__main__":
    main()
