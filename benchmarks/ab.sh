#!/usr/bin/env bash
# Two ipap binaries on one corpus, run alternately so that both see the same load: for a machine shared
# with other work, where wall times mean little. Prints the minimum user+system CPU, the minimum wall time
# and the peak RSS of each, and says whether their analyses are byte-identical.
# Which binary goes first alternates from round to round, and each run's output is hashed and deleted at
# once: at 50,000 documents it is 1.5 GB, and a run that follows one still being written out is slower.
#
#   BASE=/path/to/old/ipap NEW=/path/to/new/ipap benchmarks/ab.sh CORPUS [RUNS]
set -euo pipefail
corpus="$1"
runs="${2:-3}"
: "${BASE:?BASE=/path/to/old/ipap}" "${NEW:?NEW=/path/to/new/ipap}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for round in $(seq "$runs"); do
    order="base new"; [ $((round % 2)) -eq 0 ] && order="new base"
    for which in $order; do
        bin="$NEW"; [ "$which" = base ] && bin="$BASE"
        /usr/bin/time -f "$which %U %S %e %M" -o "$out/time" "$bin" analyze --corpus "$corpus" --format json > "$out/$which.json"
        sha256sum < "$out/$which.json" | cut -d' ' -f1 >> "$out/$which.sums"
        rm -f "$out/$which.json"
        tail -1 "$out/time"
    done
done | awk '{c=$2+$3; k=$1; if(!(k in mc)||c<mc[k])mc[k]=c; if(!(k in mw)||$4<mw[k])mw[k]=$4; if($5>mr[k])mr[k]=$5}
            END{for(k in mc) printf "%s  cpu %.2f s  wall %.2f s  peak rss %d MB\n", k, mc[k], mw[k], mr[k]/1024}'
if [ "$(sort -u "$out/base.sums" "$out/new.sums" | wc -l)" -eq 1 ]; then echo "analyses: identical"; else echo "analyses: differ"; fi
