"""Shared by the Python peers: read the texts of an ipap corpus directory (documents/<id>.json, "text")."""
import json
import os
import sys


def load_texts(corpus):
    ids, texts = [], []
    folder = os.path.join(corpus, "documents")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = json.load(f)
        if doc.get("text"):
            ids.append(doc["id"])
            texts.append(doc["text"])
    return ids, texts


def report(name, ids, pairs):
    """pairs: list of (i, j, similarity) above the threshold; printed as a short summary on stdout."""
    print(f"{name}: {len(ids)} documents, {len(pairs)} similar pairs")
    for i, j, s in sorted(pairs, key=lambda p: -p[2])[:5]:
        print(f"  {ids[i]} ~ {ids[j]}: {s:.3f}")
    sys.stdout.flush()
