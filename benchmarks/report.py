#!/usr/bin/env python3
"""Formats benchmarks/run.sh results (TSV) as a Markdown table, prints it, and with --write replaces the
generated block of the "## Analysis" section of docs/benchmarks.md: the text between its BEGIN and END
markers. What the section holds besides (notes on earlier runs) and the other sections are kept; without
the markers, the block goes right under the section's heading (or a new section at the end)."""
import argparse
import datetime
import os
import re

# The block of docs/benchmarks.md this script owns; the rest of the file is written by hand.
BEGIN = "<!-- benchmarks/run.sh writes from here to the END marker; notes on earlier runs go after it -->"
END = "<!-- END of what benchmarks/run.sh writes -->"

NAMES = {
    "ipap-analyze-json": "ipap analyze --format json",
    "jieba-tfidf": "jieba + TF-IDF cosine",
    "bigram-tfidf": "char-bigram TF-IDF cosine",
    "minhash-lsh": "MinHash LSH, char 8-grams",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--command", required=True)
    ap.add_argument("--machine", required=True)
    ap.add_argument("--versions", required=True)
    ap.add_argument("--peer-timeout", type=int, required=True)
    ap.add_argument("--write")
    ap.add_argument("--binary", default="")
    ap.add_argument("--note", default="")
    args = ap.parse_args()

    def key(field):  # "style:size" (or a bare size, the standard style)
        style, _, size = field.rpartition(":")
        return (style or "standard", int(size))

    chars, rows = {}, []
    for line in open(args.results, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "corpus":
            chars[key(parts[1])] = int(parts[2])
        else:
            name, size, status, wall, cpu, rss = parts
            rows.append((name, key(size), status, float(wall), float(cpu), int(rss)))

    lines = ["| corpus | documents | characters | tool | status | wall s | CPU s (user+sys) | peak RSS MB | wall vs ipap |",
             "|---|---:|---:|---|---|---:|---:|---:|---:|"]
    summary = []
    for style, size in sorted({r[1] for r in rows}, key=lambda k: (k[0] != "standard", k[0], k[1])):
        group = [r for r in rows if r[1] == (style, size)]
        ipap = next((r for r in group if r[0] == "ipap-analyze-json"), None)
        for name, _, status, wall, cpu, rss in group:
            ratio = ""
            if ipap and name != "ipap-analyze-json":
                ratio = f"{wall / ipap[3]:.1f}x" + (" (at least)" if status == "timeout" else "")
            shown = status if status != "timeout" else f"timeout ({args.peer_timeout} s)"
            lines.append(f"| {style} | {size:,} | {chars.get((style, size), 0):,} | {NAMES.get(name, name)} | {shown} | {wall:.2f} | "
                         f"{cpu:.2f} | {rss / 1024:.0f} | {ratio} |")
        peers = [r for r in group if r[0] != "ipap-analyze-json" and r[2] == "ok"]
        if ipap and peers:
            fastest = min(peers, key=lambda r: r[3])
            summary.append(f"- {style}, {size:,} documents: ipap {ipap[3]:.2f} s wall, {ipap[5] / 1024:.0f} MB; fastest peer "
                           f"{NAMES[fastest[0]]} {fastest[3]:.2f} s: speed ratio (peer wall / ipap wall) "
                           f"**{fastest[3] / ipap[3]:.1f}x**, CPU ratio {fastest[4] / max(ipap[4], 0.01):.1f}x.")
        elif ipap:
            summary.append(f"- {style}, {size:,} documents: ipap {ipap[3]:.2f} s wall, {ipap[5] / 1024:.0f} MB; "
                           f"no peer finished within {args.peer_timeout} s.")
    table = "\n".join(lines)
    print(table)
    print("\n".join(summary))
    if not args.write:
        return

    today = datetime.date.today().isoformat()
    block = f"""{BEGIN}
Command: `{args.command.strip()}` (from the repository root; `--quick` runs 100 and 1,000 documents).
Date: {today}. Machine: {args.machine}. {args.versions}.
{("ipap binary: " + args.binary + ". ") if args.binary else ""}{args.note}

Corpora: `ipap demo --style STYLE --documents N --seed S --length 9000` (synthetic policy-like Chinese
documents with planted copying; `standard` is the demo corpus, `formula` the independently written,
formula-heavy, copy-dense generator), converted to a corpus directory by `benchmarks/make_corpus.py`; every tool reads the same
`documents/<id>.json` texts. Each tool runs once, one after another, under `/usr/bin/time`; wall includes
loading the corpus, and for ipap writing the full JSON result (all indicators, reuse pairs with passages)
to a file, compact as `--format json` writes it when redirected (about 30 MB for 1,000 documents; indented
with `--pretty`, about two and a half times that). Peers stop after {args.peer_timeout} s (`timeout`).

{table}

{chr(10).join(summary)}

What is compared: `ipap analyze` finds reused **passages** (winnowed character 10-grams and an inverted index
for seeds, alignment that bridges edits, formula or copy decided per passage, direction from dates), their relation (vertical,
horizontal, central), and computes all per-document and corpus indicators. The Python peers
(`benchmarks/peer_*.py`) give **document similarity only, no passages and no direction**: jieba
segmentation + scikit-learn TF-IDF with an all-pairs cosine matrix; character-bigram TF-IDF with an all-pairs
cosine matrix; datasketch MinHash (128 permutations) of character 8-gram shingles with MinHash LSH
(Jaccard threshold 0.1) for candidate pairs. They are what an analyst would write in an afternoon, not
tuned; the all-pairs matrices grow with the square of the corpus. The machine is shared: figures vary by
run, especially wall time when other work runs at the same time.
{END}"""
    path = args.write
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
    marked = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    heading = re.compile(r"^## Analysis\n\n?", re.M)
    if marked.search(text):
        text = marked.sub(lambda _: block, text, count=1)
    elif heading.search(text):
        text = heading.sub(lambda m: "## Analysis\n\n" + block + "\n\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n## Analysis\n\n" + block + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
