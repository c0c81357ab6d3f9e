#!/bin/sh
# The fifth generator's benchmark of the text-reuse analysis, on SYNTHETIC corpora (benchmarks/gen_fifth_corpus.py,
# written without reading the analysis): generates a corpus per seed, analyses it, scores it.
#
#   IPAP=<binary> benchmarks/fifth.sh SEEDS DOCS DIR
#
# SEEDS: one seed (3), a list (1,2,5) or a range (1-10); DOCS: documents per corpus; DIR: where the runs go
# (DIR/seed-S-nDOCS/{corpus,truth.json,analysis.json}), then DIR/misses-nDOCS.txt (every plant not found whole,
# with what was reported nearby) and DIR/score-nDOCS.json. IPAP defaults to .build/debug/ipap; IPAP_DATA to the
# checkout's data/. Analyses run one at a time.
set -eu
if [ $# -ne 3 ]; then
    echo "usage: IPAP=<binary> $0 SEEDS DOCS DIR" >&2
    exit 2
fi
SEEDS=$1
DOCS=$2
DIR=$3
HERE=$(cd "$(dirname "$0")" && pwd)
IPAP=${IPAP:-$HERE/../.build/debug/ipap}
export IPAP_DATA=${IPAP_DATA:-$HERE/../data}
case $SEEDS in
    *-*) LIST=$(seq "${SEEDS%-*}" "${SEEDS#*-}") ;;
    *) LIST=$(echo "$SEEDS" | tr ',' ' ') ;;
esac
mkdir -p "$DIR"
RUNS=""
for S in $LIST; do
    R=$DIR/seed-$S-n$DOCS
    python3 "$HERE/gen_fifth_corpus.py" --seed "$S" --documents "$DOCS" --out "$R"
    START=$(date +%s)
    "$IPAP" analyze --corpus "$R/corpus" --format json > "$R/analysis.json"
    echo "seed $S: analysed in $(( $(date +%s) - START )) s" >&2
    RUNS="$RUNS $R"
done
# shellcheck disable=SC2086
python3 "$HERE/score_fifth.py" --misses "$DIR/misses-n$DOCS.txt" --json "$DIR/score-n$DOCS.json" $RUNS
