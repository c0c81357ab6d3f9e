#!/bin/bash
# The seventh generator's benchmark (SYNTHETIC, PDF/Word-converted local documents; README.md):
#   IPAP=<binary> benchmarks/seventh/run.sh RUNDIR SEED
# generates RUNDIR (truth.json, src/), imports it, analyses it (timed) and scores it (RUNDIR/table.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
IPAP=${IPAP:-$HERE/../../.build/release/ipap}
export IPAP_DATA=${IPAP_DATA:-$HERE/../../data}
R=$1; S=$2
rm -rf "$R"
python3 "$HERE/gen.py" "$R" --seed "$S" ${EXTRA:-}
"$IPAP" import "$R/src" --into "$R/corpus" --synthetic > "$R/import.log" 2>&1
/usr/bin/time -v "$IPAP" analyze --corpus "$R/corpus" --format json > "$R/A.json" 2> "$R/analyze.err"
grep -E "Elapsed|Maximum resident" "$R/analyze.err"
(cd "$HERE" && python3 score.py "$R") | tee "$R/table.md"
