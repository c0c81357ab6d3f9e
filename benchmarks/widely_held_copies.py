#!/usr/bin/env python3
"""Copy passages whose whole text many documents hold: stock sentences taken for copies.

A passage reported as a copy (not `formula`), without edits and at most MAX content characters long, is
counted by how often its content text occurs in the corpus (all documents' content characters joined; an
occurrence count, so an upper bound of its holders). Those that occur in MANY or more places are listed by the
pair's relation and by whether the pair planted anything there (with a planted.json).

    benchmarks/widely_held_copies.py CORPUS ANALYSIS.json [PLANTED.json] [--many 21] [--max 60]

CORPUS is an imported corpus directory (documents/*.json with "text"); ANALYSIS the output of
`ipap analyze --format json`.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate_reuse import is_content  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('corpus')
    parser.add_argument('analysis')
    parser.add_argument('planted', nargs='?')
    parser.add_argument('--many', type=int, default=21)
    parser.add_argument('--max', type=int, default=60)
    parser.add_argument('--examples', type=int, default=5)
    args = parser.parse_args()

    folder = os.path.join(args.corpus, 'documents')
    ids = sorted(name[:-5] for name in os.listdir(folder) if name.endswith('.json'))
    texts = {}
    for doc in ids:
        with open(os.path.join(folder, doc + '.json')) as f:
            texts[doc] = json.load(f).get('text', '')
    joined = '\x00'.join(''.join(ch for ch in texts[doc] if is_content(ch)) for doc in ids)
    planted = collections.defaultdict(list)
    if args.planted:
        with open(args.planted) as f:
            for p in json.load(f)['planted']:
                planted[(p['sourceId'], p['targetId'])].append(tuple(p['target']))
    with open(args.analysis) as f:
        analysis = json.load(f)

    counted = collections.Counter()
    widely = collections.Counter()
    examples = []
    for pair in analysis['reuse']:
        key = (pair['source'], pair['target'])
        for passage in pair['passages']:
            if passage.get('formula') or passage.get('edited'):
                continue
            start, end = passage['target']
            content = ''.join(ch for ch in texts[pair['target']][start:end] if is_content(ch))
            if len(content) > args.max:
                continue
            counted['short unedited copies'] += 1
            if joined.count(content) < args.many:
                continue
            on_plant = any(a < end and b > start for a, b in planted.get(key, []))
            only = len(pair['passages']) == 1
            plant = ('on a plant' if on_plant else 'no plant') if args.planted else '-'
            widely[(pair['relation'], plant,
                    "the pair's only passage" if only else 'one of several')] += 1
            if len(examples) < args.examples and not on_plant:  # without planted.json: any
                examples.append(f"{pair['source']} -> {pair['target']}: {content}")
    total = sum(widely.values())
    print(f"{counted['short unedited copies']} unedited copy passages of at most {args.max} content characters; "
          f"{total} of them occur {args.many}+ times in the corpus")
    for (relation, plant, only), n in sorted(widely.items(), key=lambda item: -item[1]):
        print(f'  {n:6d}  {relation:15s} {plant:11s} {only}')
    for line in examples:
        print('  e.g. ' + line)


if __name__ == '__main__':
    main()
