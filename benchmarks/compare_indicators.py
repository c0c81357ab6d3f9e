#!/usr/bin/env python3
"""Sums the text indicators of two analyses of the same documents, as extracted differently (e.g. the third
generator's corpus with and without --artefacts), over the documents whose stored text has wrapped lines.

    benchmarks/compare_indicators.py ANALYSIS_A.json ANALYSIS_B.json CORPUS_OF_A

ANALYSIS_*: `ipap analyze --format json` output. A document counts as wrapped when five or more of its lines
of 20 characters or more end in an ideograph or a digit (the analysis's own test is stricter; this only
chooses which documents to sum). Prints one row per indicator: B's sum, then A's.
"""
import json, os, sys

INDICATORS = ['clauseCount', 'measures', 'vagueMeasures', 'goalClauses', 'financialEvidence',
              'quantifiedDatedGoals', 'evaluation']

def documents(path):
    return {d['id']: d for d in json.load(open(path))['documents']}

def wrapped(text):
    ends = [l[-1] for l in text.split('\n') if len(l) >= 20]
    return sum(1 for c in ends if '\u4e00' <= c <= '\u9fff' or c.isdigit()) >= 5

def total(docs, key, ids):
    return sum(len(docs[i][key]) if isinstance(docs[i][key], list) else docs[i][key] for i in ids)

def main():
    a_path, b_path, corpus = sys.argv[1:4]
    a, b = documents(a_path), documents(b_path)
    ids = [i for i in a if i in b and wrapped(json.load(open(os.path.join(corpus, 'documents', i + '.json'))).get('text', ''))]
    print('wrapped documents', len(ids))
    for key in INDICATORS:
        print(f'{key:22} {total(b, key, ids):>8} {total(a, key, ids):>8}')
    same = sum(1 for i in ids if [(s['title'], s['role']) for s in a[i]['sections']] ==
               [(s['title'], s['role']) for s in b[i]['sections']])
    print(f'{"same sections":22} {same:>8} of {len(ids)}')

if __name__ == '__main__':
    main()
