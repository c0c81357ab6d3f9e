#!/usr/bin/env python3
"""Peer 2: character-bigram TF-IDF (scikit-learn, no segmentation), all-pairs cosine similarity between
documents, pairs above a threshold. Document similarity only, no passages.

    python peer_bigram_tfidf.py CORPUS [--threshold 0.3]
"""
import argparse

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from peer_common import load_texts, report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    ids, texts = load_texts(args.corpus)
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 2), lowercase=False)
    matrix = vectorizer.fit_transform(texts)
    sims = (matrix @ matrix.T).toarray()
    np.fill_diagonal(sims, 0)
    i, j = np.where(np.triu(sims) >= args.threshold)
    report("char-bigram tfidf", ids, list(zip(i.tolist(), j.tolist(), sims[i, j].tolist())))


if __name__ == "__main__":
    main()
