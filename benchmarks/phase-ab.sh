#!/usr/bin/env bash
# One phase of the analysis (its IPAP_TIMING lap) for several ipap binaries, run alternately so that all see the
# same load: prints, per binary, the minimum CPU time (user + system, all threads) of the phase and of the whole
# analysis over the runs. For a phase too short for `ab.sh` to tell a change in it from the noise of the run.
#
#   benchmarks/phase-ab.sh CORPUS RUNS 'PHASE' BINARY...
#   benchmarks/phase-ab.sh /tmp/ipap-benchmarks/corpus-standard-10000-s1 3 'text + reuse indicators' /tmp/ipap-a /tmp/ipap-b
set -euo pipefail
corpus="$1"
runs="$2"
phase="$3"
shift 3
: "${IPAP_DATA:?IPAP_DATA=/path/to/data}"
for round in $(seq "$runs"); do
    for bin in "$@"; do
        IPAP_TIMING=1 "$bin" analyze --corpus "$corpus" --format json 2>&1 >/dev/null \
            | awk -v bin="$bin" -v phase="timing: $phase " '
                index($0, phase) == 1 { for (i = 1; i <= NF; i++) if ($i == "cpu") p = $(i + 1) }
                index($0, "timing: analysis (all phases) ") == 1 { for (i = 1; i <= NF; i++) if ($i == "cpu") a = $(i + 1) }
                END { print bin, p, a }'
    done
done | awk '{ if (!($1 in p) || $2 < p[$1]) p[$1] = $2; if (!($1 in a) || $3 < a[$1]) a[$1] = $3; n[$1]++ }
            END { for (b in p) printf "%s  phase cpu %d ms  analysis cpu %d ms  (min of %d runs)\n", b, p[b], a[b], n[b] }'
