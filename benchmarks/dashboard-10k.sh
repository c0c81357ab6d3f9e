#!/usr/bin/env bash
# The dashboard on a 10,000-document generated corpus with its analysis written: builds the corpus once
# (ipap demo, ipap import, ipap analyze --write; release build), then runs benchmarks/dashboard.sh on it
# and writes the figures to docs/benchmarks.md under "## Dashboard, 10,000 documents".
#
#   benchmarks/dashboard-10k.sh [DIR]     (default DIR: /tmp/ipap-10k; reused when it already holds the corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/ipap-10k}
if [ -n "${IPAP:-}" ]; then
  ipap=$IPAP
else
  swift build -c release --product ipap --scratch-path .build-bench >&2
  ipap=$PWD/.build-bench/release/ipap
fi
if [ ! -f "$dir/corpus/analysis/analysis.json" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  "$ipap" demo --out "$dir/src" --documents 10000 --seed 11 --length 9000
  "$ipap" import "$dir/src" --into "$dir/corpus" --synthetic --name "10,000 synthetic documents"
  /usr/bin/time -v "$ipap" analyze --corpus "$dir/corpus" --write --format csv 2> "$dir/analyze-time.txt" > /dev/null
fi
du -sh "$dir/corpus/documents" "$dir/corpus/analysis/analysis.json" >&2
analyze_figures=$(awk -F': ' '/Elapsed/ { e = $2 } /Maximum resident/ { m = int($2 / 1024) } END { print e " wall, " m " MiB peak" }' "$dir/analyze-time.txt")
IPAP=$ipap CORPUS="$dir/corpus" SECTION="Dashboard, 10,000 documents" RUNS=${RUNS:-5} KEYS=${KEYS:-50} \
  NOTE="Corpus: \`ipap demo --documents 10000 --seed 11 --length 9000\`, imported, analysis written by \`ipap analyze --write\` (${analyze_figures}; $(du -sh "$dir/corpus/analysis/analysis.json" | cut -f1) analysis.json). The first frame does not wait for the analysis, which loads in the background." \
  benchmarks/dashboard.sh
