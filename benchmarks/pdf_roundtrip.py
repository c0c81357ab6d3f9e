#!/usr/bin/env python3
"""Puts a share of a generated corpus's documents through a real PDF and back: each text is set as a Chinese
official document is printed (A4, 16-point type, 28 characters a line, 22 lines a page, "— N —" page numbers
at the foot, optionally a running header at the head of every page but the first), written to a PDF with
reportlab, and its text extracted again with pdftotext (poppler), as an analyst importing PDFs would. The
planted passages' offsets (planted.json) are moved to the extracted text, so `evaluate_reuse.py` scores the
result as the source; each moved passage is checked to hold the same characters, white space and page
furniture aside.

    benchmarks/pdf_roundtrip.py SRC DST SHARE SEED [--layout] [--header] [--centre] [--no-page-breaks]
                                [--bare-numbers] [--table-cells]

SRC: a generator's output folder (manifest.csv, texts/, planted.json), e.g. from gen_third_corpus.py; DST is
replaced. --layout runs `pdftotext -layout` (the page's layout kept with spaces); --no-page-breaks runs it
with `-nopgbrk` (no form feed between pages). --bare-numbers prints the page numbers as "N" alone;
--table-cells sets a table's rows ("指标名称 | 2017年 | 2020年") as cells in columns, which pdftotext gives back a
cell per line ("680", "1003"). Needs reportlab (pip), pdftotext (apt: poppler-utils) and a
TrueType CJK font (apt: fonts-wqy-zenhei). Not part of the tests: a measurement, run by hand.
"""
import csv, json, os, random, re, shutil, subprocess, sys, tempfile

FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'


CLOSING = '。，、；：？！）》」』”’'


def render(text, path, header, centre, bare=False, cells=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if 'Zen' not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont('Zen', FONT, subfontIndex=0))
    size = 16
    width = 156 * mm
    left, top = 28 * mm, A4[1] - 37 * mm
    leading = 225 * mm / 22
    c = canvas.Canvas(path, pagesize=A4)
    page, line = 1, 0

    def foot():
        c.setFont('Zen', 14)
        c.drawCentredString(A4[0] / 2, 20 * mm, f'{page}' if bare else f'— {page} —')

    def head():
        if header and page > 1:
            c.setFont('Zen', 10)
            c.drawCentredString(A4[0] / 2, A4[1] - 20 * mm, header)

    def next_line():
        """The height of the next line, on a new page when this one is full."""
        nonlocal page, line
        if line == 22:
            foot()
            c.showPage()
            page += 1
            line = 0
            head()
        c.setFont('Zen', size)
        line += 1
        return top - (line - 1) * leading

    head()
    for number, paragraph in enumerate(text.split('\n')):
        rows, row = [], ''
        # With --centre, the title, the document number and chapter headings centred (pdftotext then reads a
        # chapter's title after the next article's marker, or further on); other paragraphs' first line
        # indented by two characters, as official documents are set.
        centred = centre and number < 2 or centre and re.match(r'^第[一二三四五六七八九十]+章', paragraph.strip()) is not None
        indent = '　　' if paragraph.strip() and not centred else ''
        if cells and ' | ' in paragraph:
            # A table row: its cells in columns, one line, in smaller type (as tables are set); the first
            # column takes the left 45% of the line.
            y = next_line()
            c.setFont('Zen', 10.5)
            cells_of_row = paragraph.strip().split(' | ')
            for i, cell in enumerate(cells_of_row):
                x = 0 if i == 0 else 0.45 + 0.45 * (i - 1) / max(1, len(cells_of_row) - 2)
                c.drawString(left + x * width, y, cell)
            continue
        for ch in indent + paragraph.strip():
            # No line starts with closing punctuation (as Chinese typesetting has it): it hangs at the end.
            if pdfmetrics.stringWidth(row + ch, 'Zen', size) > width and ch not in CLOSING:
                rows.append(row)
                row = ''
            row += ch
        rows.append(row)
        for r in rows:
            y = next_line()
            if centred:
                c.drawCentredString(left + width / 2, y, r)
            else:
                c.drawString(left, y, r)
    foot()
    c.save()


FURNITURE = re.compile(r'^[\s\f]*— ?\d+ ?—[\s\f]*$')  # pdftotext gives "—1—"


def furniture_lines(extracted, header, bare):
    """The indices of the extracted text's page number and running header lines. A bare page number is
    the last line with text before a page's form feed (or the text's end)."""
    lines = extracted.split('\n')
    out = {i for i, line in enumerate(lines) if FURNITURE.match(line) or (header and line.strip(' \f') == header)}
    if bare:
        for i, line in enumerate(lines):
            if not re.match(r'^[\s\f]*\d{1,3}[\s\f]*$', line):
                continue
            j = i + 1
            while j < len(lines) and not lines[j].strip(' \f') and '\f' not in lines[j]:
                j += 1
            if j == len(lines) or lines[j].startswith('\f'):
                out.add(i)
    return out


def move_offsets(original, extracted, header, bare=False):
    """The extracted text's offset of each character of the original (white space maps to the next
    character's place), and how many original characters were not found in order."""
    # The extracted text's characters that are neither white space nor on a furniture line, in order.
    keep = []
    at = 0
    furniture_at = furniture_lines(extracted, header, bare)
    for number, line in enumerate(extracted.split('\n')):
        furniture = number in furniture_at
        if not furniture:
            for j, ch in enumerate(line):
                if not ch.isspace():
                    keep.append(at + j)
        at += len(line) + 1
    # Each original character is looked for a little ahead, where the next three characters follow it too
    # (extraction moves a heading's marker away from its title: "第四章\n第十一条\n\n支撑体系\n…").
    solid = [i for i, ch in enumerate(original) if not ch.isspace()]
    kept = ''.join(extracted[i] for i in keep)
    offsets, k, lost, s = [], 0, 0, 0
    for i, ch in enumerate(original):
        if ch.isspace():
            offsets.append(keep[k] if k < len(keep) else len(extracted))
            continue
        ahead = ''.join(original[solid[t]] for t in range(s, min(s + 3, len(solid))))
        s += 1
        j = kept.find(ahead, k, k + 80 + len(ahead))
        if j < 0 and len(ahead) > 1:
            lost += 1
            offsets.append(keep[k] if k < len(keep) else len(extracted))
            continue
        if j < 0:
            j = kept.find(ch, k, k + 80)
        if j >= 0:
            k = j
            offsets.append(keep[k])
            k += 1
        else:
            lost += 1
            offsets.append(keep[k] if k < len(keep) else len(extracted))
    offsets.append(len(extracted))
    return offsets, lost


def content(s, span, header, bare=False):
    """The characters of s[span] that are neither white space nor on a furniture line of s."""
    furniture, at, out = furniture_lines(s, header, bare), 0, []
    for number, line in enumerate(s.split('\n')):
        if number not in furniture:
            out += [ch for j, ch in enumerate(line) if span[0] <= at + j < span[1] and not ch.isspace()]
        at += len(line) + 1
    return ''.join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    src, dst, share, seed = args[0], args[1], float(args[2]), int(args[3])
    layout, with_header = '--layout' in sys.argv, '--header' in sys.argv
    page_breaks = '--no-page-breaks' not in sys.argv
    bare = '--bare-numbers' in sys.argv
    rng = random.Random(seed)
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    planted = json.load(open(os.path.join(src, 'planted.json'), encoding='utf-8'))
    moved, headers, lost, texts = {}, {}, 0, {}
    work = tempfile.mkdtemp()
    for row in csv.DictReader(open(os.path.join(src, 'manifest.csv'), encoding='utf-8')):
        if rng.random() >= share:
            continue
        path = os.path.join(dst, row['file'])
        text = open(path, encoding='utf-8').read()
        header = (row.get('title') or '')[:18] if with_header else ''
        pdf = os.path.join(work, row['id'] + '.pdf')
        render(text, pdf, header, '--centre' in sys.argv, bare, '--table-cells' in sys.argv)
        command = ['pdftotext', '-enc', 'UTF-8'] + (['-layout'] if layout else []) + ([] if page_breaks else ['-nopgbrk'])
        out = subprocess.run(command + [pdf, '-'], check=True, capture_output=True).stdout.decode('utf-8')
        offsets, missing = move_offsets(text, out, header, bare)
        lost += missing
        moved[row['id']], headers[row['id']], texts[row['id']] = offsets, header, (text, out)
        open(path, 'w', encoding='utf-8').write(out)
    shutil.rmtree(work)

    def move(doc, span):
        m = moved.get(doc)
        return span if m is None else [m[span[0]], m[span[1] - 1] + 1]
    bad = 0
    for p in planted['planted']:
        for side in ('source', 'target'):
            doc = p[side + 'Id']
            old = p[side]
            p[side] = move(doc, old)
            if doc in texts:
                before, after = texts[doc]
                if content(before, old, '') != content(after, p[side], headers[doc], bare):
                    bad += 1
    json.dump(planted, open(os.path.join(dst, 'planted.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(f'{len(moved)} documents through PDF and pdftotext{" -layout" if layout else ""}; '
          f'{lost} characters not found again; {bad} planted spans whose characters differ')


if __name__ == '__main__':
    main()
