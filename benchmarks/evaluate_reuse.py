#!/usr/bin/env python3
"""Scores `ipap analyze --format json` against a generated corpus's planted.json (ground truth).

    benchmarks/evaluate_reuse.py CORPUS_DIR PLANTED_JSON ANALYSIS_JSON

Counts content characters (letters, digits, CJK; no punctuation or whitespace) of the target documents'
stored texts, as the analysis does. Recall: planted target characters inside a reported copy passage of
the same (source, target) pair. Precision: reported copy-passage characters inside a planted passage of
that pair. Per planted category (when planted.json carries one), by verbatim/edited, and by length.
Formula passages (flagged) are not copies and are left out of both. For corpora of up to 2,000 documents, a
category some of whose short plants (under 80 characters) also stand word for word in a document unrelated
to the pair (neither of the two nor within two plant links of either) gets its recall split in two: those
plants, which the analysis's own definition makes stock phrases, and the others.

The reported characters outside every planted passage are then split by what the texts show: in a passage
whose source and target hold the same content characters (text the two documents share word for word,
which the generator did not record as a copy), in one whose content is at least 80% alike
(difflib ratio), or neither (the analysis matched text that is not shared).
"""
import difflib, json, os, sys, unicodedata
from collections import defaultdict

def is_content(ch):
    cat = unicodedata.category(ch)
    return cat[0] == 'L' or cat[0] == 'N'

def chance_holders(corpus, planted, text, max_documents=2000, max_length=80):
    """For short plants (under max_length characters), whether the planted source text also stands word for
    word in a document unrelated to the pair: neither of the two nor within two plant links of either. Such a
    plant is, by the reuse analysis's own definition, a stock phrase found across unrelated documents, and the
    split says how much of a category's recall rests on it. None (no split) for corpora of more than
    max_documents documents, where the substring search would take too long."""
    ids = [f[:-5] for f in os.listdir(os.path.join(corpus, 'documents')) if f.endswith('.json')]
    if len(ids) > max_documents:
        return None
    links = defaultdict(set)
    for p in planted:
        links[p['sourceId']].add(p['targetId'])
        links[p['targetId']].add(p['sourceId'])
    def held(p):
        s, e = p['source']
        piece = text(p['sourceId'])[s:e]
        if e - s >= max_length or not piece:
            return False
        related = {p['sourceId'], p['targetId']} | links[p['sourceId']] | links[p['targetId']]
        for r in list(related):
            related |= links[r]
        return any(piece in text(i) for i in ids if i not in related)
    return held

def main():
    corpus, planted_path, analysis_path = sys.argv[1:4]
    planted = json.load(open(planted_path))['planted']
    analysis = json.load(open(analysis_path))
    texts = {}
    def text(doc_id):
        if doc_id not in texts:
            with open(os.path.join(corpus, 'documents', doc_id + '.json')) as f:
                texts[doc_id] = json.load(f).get('text', '')
        return texts[doc_id]
    reported = defaultdict(list)
    sources = {}
    formula_chars = 0
    for pair in analysis['reuse']:
        for p in pair['passages']:
            if p.get('formula'):
                formula_chars += p['target'][1] - p['target'][0]
                continue
            reported[(pair['source'], pair['target'])].append(tuple(p['target']))
            sources[(pair['source'], pair['target'], tuple(p['target']))] = tuple(p['source'])
    truth = defaultdict(list)
    for p in planted:
        truth[(p['sourceId'], p['targetId'])].append(tuple(p['target']))

    chance_held = chance_holders(corpus, planted, text)
    stats = defaultdict(lambda: [0, 0])  # key -> [planted, covered]
    ends = [0, 0]  # passages with both ends within 2 content characters, planted passages found
    for p in planted:
        t = text(p['targetId'])
        spans = reported.get((p['sourceId'], p['targetId']), [])
        s, e = p['target']
        content = [i for i in range(s, min(e, len(t))) if is_content(t[i])]
        covered = sum(1 for i in content if any(a <= i < b for a, b in spans))
        n = len(content)
        keys = ['all', 'edited' if p['edited'] else 'verbatim']
        if p.get('category'):
            keys.append('category:' + p['category'])
        keys.append('length:' + ('<40' if n < 40 else '40-79' if n < 80 else '>=80'))
        if p.get('category') and chance_held is not None:
            keys.append('category:' + p['category'] + (' (also in unrelated documents)' if chance_held(p)
                                                       else ' (pair only)'))
        for k in keys:
            stats[k][0] += n
            stats[k][1] += covered
        best = max(spans, key=lambda sp: max(0, min(sp[1], e) - max(sp[0], s)), default=None)
        if best and min(best[1], e) > max(best[0], s):
            ends[1] += 1
            def dist(x, y):
                lo, hi = min(x, y), max(x, y)
                return sum(1 for i in range(lo, hi) if i < len(t) and is_content(t[i]))
            if dist(best[0], s) <= 2 and dist(best[1], e) <= 2:
                ends[0] += 1
    # Precision per category: of the reported passages that overlap a planted passage of the category (same
    # pair), the share of their characters inside planted passages. Passages that overlap none (chance
    # matches, formulae taken for copies) have no category: they count in the overall precision only.
    cat_rep = defaultdict(int)
    cat_corr = defaultdict(int)
    planted_by_pair = defaultdict(list)
    for p in planted:
        planted_by_pair[(p['sourceId'], p['targetId'])].append(p)
    for key, spans in reported.items():
        t = text(key[1])
        for a, b in spans:
            hits = [p for p in planted_by_pair.get(key, []) if p['target'][0] < b and p['target'][1] > a]
            if not hits:
                continue
            cats = {p.get('category') or ('edited' if p['edited'] else 'verbatim') for p in hits}
            for i in range(a, min(b, len(t))):
                if is_content(t[i]):
                    inside = any(x <= i < y for x, y in (tuple(p['target']) for p in hits))
                    for c in cats:
                        cat_rep[c] += 1
                        cat_corr[c] += inside
    rep = corr = 0
    spurious = 0
    unplanted = defaultdict(int)  # 'identical' / 'alike' / 'other' -> reported characters outside planted passages
    def content(doc_id, span):
        t = text(doc_id)
        return ''.join(ch for ch in t[span[0]:span[1]] if is_content(ch))
    for key, spans in reported.items():
        t = text(key[1])
        tr = truth.get(key, [])
        if not tr:
            spurious += 1
        for a, b in spans:
            outside = 0
            for i in range(a, min(b, len(t))):
                if is_content(t[i]):
                    rep += 1
                    if any(x <= i < y for x, y in tr):
                        corr += 1
                    else:
                        outside += 1
            if outside:
                target = content(key[1], (a, b))
                source = content(key[0], sources[(key[0], key[1], (a, b))])
                if source == target:
                    kind = 'identical'
                elif difflib.SequenceMatcher(None, source, target, autojunk=False).ratio() >= 0.8:
                    kind = 'alike'
                else:
                    kind = 'other'
                unplanted[kind] += outside
    # The chance split is printed only for the categories that have plants other documents also hold.
    split = {k.rsplit(' (', 1)[0] for k in stats if k.endswith(' (also in unrelated documents)')}
    out = {k: round(v[1] / max(1, v[0]), 4) for k, v in sorted(stats.items())
           if not k.endswith(' (pair only)') or k.rsplit(' (', 1)[0] in split}
    for k in sorted(split):
        out[k + ': plants also in unrelated documents'] = sum(
            1 for p in planted if 'category:' + (p.get('category') or '') == k and chance_held(p))
    for c in sorted(cat_rep):
        out['precision:' + c] = round(cat_corr[c] / max(1, cat_rep[c]), 4)
    out['precision'] = round(corr / max(1, rep), 4)
    out['spurious pairs'] = spurious
    out['pairs reported'] = len(reported)
    out['ends within 2'] = f'{ends[0]}/{ends[1]}'
    out['formula passage characters'] = formula_chars
    outside = sum(unplanted.values())
    for kind in ('identical', 'alike', 'other'):
        out['unplanted: ' + kind] = f'{unplanted[kind]} ({unplanted[kind] / max(1, outside):.3f})'
    out['shared-text precision'] = round((corr + unplanted['identical'] + unplanted['alike']) / max(1, rep), 4)
    for k, v in out.items():
        print(f'{k:28} {v}')

if __name__ == '__main__':
    main()
