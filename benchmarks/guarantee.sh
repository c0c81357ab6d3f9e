#!/usr/bin/env bash
# The reuse guarantee on a fourth generator's corpora (benchmarks/gen_guarantee_corpus.py): for each seed a
# corpus of DOCUMENTS documents is generated, imported and analysed, and every planted copy is checked
# (benchmarks/check_guarantee.py). Usage: IPAP=<binary> benchmarks/guarantee.sh [SEEDS] [DOCUMENTS] [WORK]
# (default 24 seeds of 60 documents in a temporary directory). Prints the plants missed and the total.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ipap="${IPAP:-$root/.build/release/ipap}"
seeds="${1:-24}" documents="${2:-60}" work="${3:-$(mktemp -d)}"
found=0 total=0
for seed in $(seq 1 "$seeds"); do
  rm -rf "$work/g$seed" "$work/c$seed"
  python3 "$root/benchmarks/gen_guarantee_corpus.py" "$seed" "$work/g$seed" "$documents" > /dev/null
  "$ipap" import "$work/g$seed" --into "$work/c$seed" --synthetic > /dev/null 2>&1
  "$ipap" analyze --corpus "$work/c$seed" --format json > "$work/a$seed.json"
  result="$(python3 "$root/benchmarks/check_guarantee.py" "$work/g$seed/plants.json" "$work/a$seed.json" "$work/g$seed/texts")"
  grep '^missed' <<< "$result" | sed "s/^/seed $seed: /" || true
  line="$(tail -1 <<< "$result")"
  found=$((found + ${line%%/*})); rest=${line#*/}; total=$((total + ${rest%% *}))
done
echo "$found/$total plants found whole ($seeds seeds of $documents documents; $ipap)"
