#!/usr/bin/env python3
"""Sets a share of a generated corpus's documents as text extracted from a PDF with character spacing comes
out: lines wrapped at 28-40 characters, then a space between every two neighbouring ideographs. The planted
passages' offsets (planted.json) move with the text, so `evaluate_reuse.py` scores the result as the source.

    benchmarks/letter_space.py SRC DST SHARE SEED

SRC: a generator's output folder (manifest.csv, texts/, planted.json), e.g. from gen_third_corpus.py;
DST is replaced. Deterministic from SEED.
"""
import csv, json, os, random, shutil, sys

def is_ideograph(c):
    return '\u4e00' <= c <= '\u9fff'

def main():
    src, dst, share, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    planted = json.load(open(os.path.join(src, 'planted.json')))
    moved = {}  # document id -> new offset of each old offset (and of the end)
    for row in csv.DictReader(open(os.path.join(src, 'manifest.csv'), encoding='utf-8')):
        if rng.random() >= share:
            continue
        path = os.path.join(dst, row['file'])
        text = open(path, encoding='utf-8').read()
        width = rng.randint(28, 40)
        out, offsets, column = [], [], 0
        for c in text:
            if c == '\n':
                column = 0
            elif column == width:
                out.append('\n')
                column = 0
            if out and is_ideograph(c) and is_ideograph(out[-1]):
                out.append(' ')
            offsets.append(len(out))
            out.append(c)
            if c != '\n':
                column += 1
        offsets.append(len(out))
        moved[row['id']] = offsets
        open(path, 'w', encoding='utf-8').write(''.join(out))

    def move(doc, span):
        m = moved.get(doc)
        return span if m is None else [m[span[0]], m[span[1] - 1] + 1]
    for p in planted['planted']:
        p['source'] = move(p['sourceId'], p['source'])
        p['target'] = move(p['targetId'], p['target'])
    json.dump(planted, open(os.path.join(dst, 'planted.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print('letter-spaced', len(moved), 'documents')

if __name__ == '__main__':
    main()
