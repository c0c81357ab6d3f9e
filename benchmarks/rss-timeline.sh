#!/bin/bash
# Memory over time of one analysis: benchmarks/rss-timeline.sh BIN CORPUS OUT
# Runs `BIN analyze --corpus CORPUS --format json` (output discarded, stored analysis removed first) with
# IPAP_TIMING=1, and samples its resident memory (VmRSS, KB) every 0.1 s. Writes OUT.rss ("seconds KB" per
# line) and OUT.err (the phase laps, each with the time it ended: "at N ms"), then prints the peak and when.
set -euo pipefail
if [ $# -ne 3 ]; then echo "usage: $0 BIN CORPUS OUT" >&2; exit 2; fi
BIN=$1; CORPUS=$2; OUT=$3
rm -rf "$CORPUS/analysis"
start=$(date +%s%N)
IPAP_TIMING=1 "$BIN" analyze --corpus "$CORPUS" --format json > /dev/null 2> "$OUT.err" &
pid=$!
: > "$OUT.rss"
while kill -0 "$pid" 2> /dev/null; do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
    now=$(date +%s%N)
    [ -n "$kb" ] && echo "$(( (now - start) / 1000000 )) $kb" | awk '{ printf "%.1f %d\n", $1 / 1000, $2 }' >> "$OUT.rss"
    sleep 0.1
done
wait "$pid"
sort -k2 -n "$OUT.rss" | tail -1 | awk '{ printf "peak %d KB (%.2f GiB, %.2f x 10^9 bytes) at %.1f s\n", $2, $2 / 1048576, $2 * 1024 / 1e9, $1 }'
