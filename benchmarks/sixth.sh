#!/bin/sh
# The sixth independent generator: generate, analyse and score.
# Usage: benchmarks/sixth.sh "SEEDS" DOCS DIR   e.g. benchmarks/sixth.sh "1 2 3 4 5" 60 /tmp/sixth
# IPAP (default: ipap on PATH) is the binary analysed; one analysis at a time.
set -eu
SEEDS=$1
DOCS=$2
DIR=$3
IPAP=${IPAP:-ipap}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$DIR"
RUNS=""
for S in $SEEDS; do
  R="$DIR/s$S-n$DOCS"
  mkdir -p "$R"
  python3 "$HERE/gen_sixth_corpus.py" --seed "$S" --documents "$DOCS" --out "$R/corpus"
  "$IPAP" validate --corpus "$R/corpus" >/dev/null
  /usr/bin/time -f "seed $S: analysed in %e s, %M KB" "$IPAP" analyze --corpus "$R/corpus" --format json > "$R/analysis.json"
  RUNS="$RUNS $R"
done
# shellcheck disable=SC2086
python3 "$HERE/score_sixth.py" --misses "$DIR/misses-n$DOCS.txt" --false-positives "$DIR/false-positives-n$DOCS.txt" $RUNS
