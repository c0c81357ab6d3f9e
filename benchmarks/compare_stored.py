#!/usr/bin/env python3
"""Compares two stored analyses (generation folders) pair by pair among the documents the first one has:
how far a change of the corpus (documents added) reaches into the pairs between documents it did not touch.

    benchmarks/compare_stored.py OLD/analysis/g-... NEW/analysis/g-...

Prints the pairs among the old documents gone, new and changed (passages: spans, edited, formula; shares),
the targets they fall on, the old documents whose reuse indicators changed, and how many of the gone pairs
an added document now explains (it has pairs to both their source and their target)."""
import json
import sys


def load(generation):
    pairs, indicators = {}, {}
    with open(generation + "/documents.jsonl", encoding="utf-8") as f:
        for line in f:
            part = json.loads(line)
            me = part["indicators"]["id"]
            indicators[me] = part["indicators"]
            for p in part["reuse"]:
                if p["target"] == me:  # each pair once, from its target's line
                    passages = tuple((tuple(x["source"]), tuple(x["target"]), x.get("edited", False), x.get("formula", False))
                                     for x in p["passages"])
                    pairs[(p["source"], p["target"])] = (passages, p["targetShare"], p["sourceShare"])
    return pairs, indicators


def main(old_dir, new_dir):
    old_pairs, old_ind = load(old_dir)
    new_pairs, new_ind = load(new_dir)
    old_docs = set(old_ind)
    among_old = {k: v for k, v in new_pairs.items() if k[0] in old_docs and k[1] in old_docs}
    gone = set(old_pairs) - set(among_old)
    new = set(among_old) - set(old_pairs)
    changed = [k for k in set(old_pairs) & set(among_old) if old_pairs[k] != among_old[k]]
    targets = {k[1] for k in list(gone) + list(new) + changed}
    print(f"pairs among the old documents: before {len(old_pairs)}, after {len(among_old)}; "
          f"gone {len(gone)}, new {len(new)}, changed {len(changed)}")
    print(f"targets with a pair gone, new or changed: {len(targets)} of {len(old_docs)}")
    print(f"pairs with an added document: {sum(1 for k in new_pairs if k[0] not in old_docs or k[1] not in old_docs)}")
    keys = ["copiedFromCentre", "distinctiveness", "copiedFromCentreGoals", "copiedFromCentreActions", "nearestProvince"]
    moved = [d for d in old_docs if any(old_ind[d].get(k) != new_ind[d].get(k) for k in keys)]
    print(f"old documents whose reuse indicators changed: {len(moved)}")
    reached = {k[1] for k in new_pairs if k[0] not in old_docs}
    print(f"gone pairs whose source and target both have a pair from an added document: "
          f"{sum(1 for k in gone if k[0] in reached and k[1] in reached)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
