#!/usr/bin/env python3
"""A fourth corpus generator, written apart from the other three to try the reuse guarantee
(docs/indicators.md, "The guarantee") on text none of them makes: random ideographs in clauses of 5-24
characters (some lists of 2-4-character words joined by 、), a quarter of the clauses drawn from 25 stock
phrases of 6-16 characters that most documents hold (central documents of four issuers among them, so the
analysis takes them for formulae), and copies of 30-150 content characters planted from an earlier
document into a later one, verbatim or with one edit (2-4 characters replaced, or a clause of up to 30
inserted or dropped, at least 30 copied characters on either side), at a random place of the later text
(often inside one of its clauses). A copy is never taken from text planted in its source, nor put inside
another plant.

    benchmarks/gen_guarantee_corpus.py SEED OUT [DOCUMENTS]

Writes OUT/manifest.csv and OUT/texts/ in the layout `ipap import` reads (marked synthetic), and
OUT/plants.json: each plant's source and target ids, its ranges in the two texts (Unicode scalar offsets
of the files as written) and its kind; OUT/stock.json: the stock phrases. `benchmarks/check_guarantee.py` scores an analysis against it.
"""
import csv, json, os, random, sys

seed, out = int(sys.argv[1]), sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 60
rng = random.Random(seed)
POOL = [chr(0x4E00 + i) for i in range(0, 20000, 7)]  # about 2,900 ideographs: no run is shared by chance


def word(n):
    return ''.join(rng.choice(POOL) for _ in range(n))


STOCK = [word(rng.randint(6, 16)) for _ in range(25)]


def text(clauses):
    parts = []
    for _ in range(clauses):
        if rng.random() < 0.25:
            clause = rng.choice(STOCK)
        elif rng.random() < 0.1:
            clause = '、'.join(word(rng.randint(2, 4)) for _ in range(rng.randint(2, 5)))
        else:
            clause = word(rng.randint(5, 24))
        parts.append(clause + rng.choice('，。；，'))
        if rng.random() < 0.08:
            parts.append('\n')
    return ''.join(parts)


def content(t):
    """Offsets of the ideographs (the content characters) of a text."""
    return [i for i, ch in enumerate(t) if 0x4E00 <= ord(ch) <= 0x9FFF]


REGIONS = ['110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000',
           '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000', '440000', '450000',
           '460000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000']
CENTRAL = [('state-council', 'national'), ('general-office', 'national'), ('miit', 'ministerial'), ('ndrc', 'ministerial')]
docs = []
for d in range(count):
    issuer, level = CENTRAL[d] if d < len(CENTRAL) else ('provincial-government', 'provincial')
    docs.append({'id': f'gq-{d:04d}', 'text': text(rng.randint(150, 400)), 'issuer': issuer, 'level': level,
                 'region': '' if d < len(CENTRAL) else REGIONS[d % len(REGIONS)],
                 'date': f'{2015 + d // 12}-{1 + d % 12:02d}-15'})  # in order: the earlier is the source

plants = []
for _ in range(count // 2):
    a = rng.randrange(0, count - 1)
    b = rng.randrange(a + 1, count)
    if any(p['source'] == docs[a]['id'] and p['target'] == docs[b]['id'] for p in plants):
        continue
    src = docs[a]['text']
    positions = content(src)
    length = rng.randint(30, 150)
    if len(positions) < length + 10:
        continue
    k = rng.randrange(0, len(positions) - length)
    s0, s1 = positions[k], positions[k + length - 1] + 1
    if any(p['target'] == docs[a]['id'] and p['t0'] < s1 and s0 < p['t1'] for p in plants):
        continue
    copied = src[s0:s1]
    copy, kind = copied, 'verbatim'
    if rng.random() < 1 / 3 and length >= 70:
        kind = 'edited'
        inner = content(copied)
        cut = rng.randint(30, len(inner) - 31)
        at = inner[cut]
        edit = rng.choice(['replace', 'insert', 'drop'])
        if edit == 'replace':
            copy = copied[:at] + word(rng.randint(2, 4)) + copied[at + rng.randint(2, 4):]
        elif edit == 'insert':
            copy = copied[:at] + word(rng.randint(1, 30)) + copied[at:]
        else:
            copy = copied[:at] + copied[inner[min(cut + rng.randint(1, 30), len(inner) - 31)]:]
    target = docs[b]['text']
    at = rng.choice(content(target))
    if any((p['target'] == docs[b]['id'] and p['t0'] <= at < p['t1'])
           or (p['source'] == docs[b]['id'] and p['s0'] <= at < p['s1']) for p in plants):
        continue
    docs[b]['text'] = target[:at] + copy + target[at:]
    for p in plants:  # the text after the insertion moves
        if p['target'] == docs[b]['id'] and p['t0'] >= at:
            p['t0'] += len(copy); p['t1'] += len(copy)
        if p['source'] == docs[b]['id'] and p['s0'] >= at:
            p['s0'] += len(copy); p['s1'] += len(copy)
    plants.append({'source': docs[a]['id'], 'target': docs[b]['id'], 's0': s0, 's1': s1, 't0': at,
                   't1': at + len(copy), 'kind': kind, 'length': length})

os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
with open(os.path.join(out, 'manifest.csv'), 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'title', 'number', 'issuer', 'level', 'region', 'date_written', 'date_published', 'based_on',
                'file', 'synthetic'])
    for d in docs:
        with open(os.path.join(out, 'texts', d['id'] + '.txt'), 'w') as t:
            t.write(d['text'])
        w.writerow([d['id'], f"保障测试文件 {d['id']}（合成）", '', d['issuer'], d['level'], d['region'], d['date'],
                    d['date'], '', f"texts/{d['id']}.txt", 'true'])
with open(os.path.join(out, 'plants.json'), 'w') as f:
    json.dump(plants, f, ensure_ascii=False)
with open(os.path.join(out, 'stock.json'), 'w') as f:
    json.dump(STOCK, f, ensure_ascii=False)
print(f'{len(plants)} plants in {count} documents')
