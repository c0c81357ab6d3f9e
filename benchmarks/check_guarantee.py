#!/usr/bin/env python3
"""Scores `ipap analyze --format json` against benchmarks/gen_guarantee_corpus.py's plants: a plant holds
the guarantee when a copy passage (not a formula) of its (source, target) pair has both ends within 2
content characters of the plant's ends in the target.

    benchmarks/check_guarantee.py OUT/plants.json ANALYSIS_JSON OUT/texts

Prints each plant that does not, with what was reported (no pair, or the nearest passage and how far
its ends are) and how much of it is not stock phrases (OUT/stock.json beside plants.json), then the count.
"""
import json, os, sys

plants = json.load(open(sys.argv[1]))
analysis = json.load(open(sys.argv[2]))
texts_dir = sys.argv[3]


def content(t, a, b):
    return sum(1 for ch in t[a:b] if 0x4E00 <= ord(ch) <= 0x9FFF)


stock = json.load(open(os.path.join(os.path.dirname(sys.argv[1]), 'stock.json')))


def own(t):
    """Content characters of `t` outside the stock phrases it holds."""
    for phrase in sorted(stock, key=len, reverse=True):
        t = t.replace(phrase, '，')
    return content(t, 0, len(t))


pairs = {(p['source'], p['target']): p for p in analysis['reuse']}
missed = 0
for plant in plants:
    text = open(f"{texts_dir}/{plant['target']}.txt").read()
    pair = pairs.get((plant['source'], plant['target']))
    held, nearest = False, None
    for passage in (pair['passages'] if pair else []):
        if passage.get('formula'):
            continue
        t0, t1 = passage['target']
        off0 = content(text, min(t0, plant['t0']), max(t0, plant['t0']))
        off1 = content(text, min(t1, plant['t1']), max(t1, plant['t1']))
        if t0 <= plant['t1'] and t1 >= plant['t0']:
            nearest = f'passage {t0}-{t1}, ends {off0} and {off1} content characters off'
        held = held or (off0 <= 2 and off1 <= 2)
    if not held:
        missed += 1
        print(f"missed: {plant['kind']} {plant['length']} {plant['source']} -> {plant['target']} "
              f"{plant['t0']}-{plant['t1']}, {own(text[plant['t0']:plant['t1']])} of its own: "
              f"{nearest or ('a pair, no passage there' if pair else 'no pair')}")
print(f'{len(plants) - missed}/{len(plants)} plants found whole')
