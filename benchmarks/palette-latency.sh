#!/bin/bash
# The time from each character typed after `:` (the palette) to the prompt showing it, on a corpus's dashboard
# once its analysis is loaded; each figure holds a tmux send-keys call and capture-pane polls.
#   benchmarks/palette-latency.sh BIN CORPUS QUERY      e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-50000-s1 川办发2018年无此
set -u
BIN=$1; CORPUS=$2; Q=$3
. "$(dirname "$0")/dashboard-session.sh"
t send-keys ":"; sleep 0.5
typed=""
for ch in $(echo "$Q" | grep -o .); do
  typed="$typed$ch"
  a=$(date +%s%N); t send-keys -l "$ch"
  until t capture-pane -p | tail -2 | grep -qF ":$typed"; do
    [ $(( ($(date +%s%N) - a) / 1000000000 )) -lt 30 ] || { echo "palette-latency.sh: '$typed' not shown within 30 s" >&2; exit 1; }
  done
  echo "$ch $(( ($(date +%s%N)-a)/1000000 )) ms"
done
t capture-pane -p | tail -12
stop_dashboard
