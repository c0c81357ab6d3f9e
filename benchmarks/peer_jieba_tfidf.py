#!/usr/bin/env python3
"""Peer 1, as an analyst would do it: segment with jieba, TF-IDF (scikit-learn), all-pairs cosine
similarity between documents, pairs above a threshold. Document similarity only, no passages.

    python peer_jieba_tfidf.py CORPUS [--threshold 0.3]
"""
import argparse

import jieba
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from peer_common import load_texts, report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    jieba.setLogLevel(60)
    ids, texts = load_texts(args.corpus)
    vectorizer = TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False)
    matrix = vectorizer.fit_transform(texts)          # rows are L2-normalised
    sims = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sims, 0)
    i, j = np.where(np.triu(sims) >= args.threshold)
    report("jieba+tfidf", ids, list(zip(i.tolist(), j.tolist(), sims[i, j].tolist())))


if __name__ == "__main__":
    main()
