#!/bin/bash
# The time from Enter on a full-text search (`/` on the Documents tab) to the results' screen, on a corpus's
# dashboard once its analysis is loaded (the screen is built while the key waits: the figure is how long the
# dashboard does not answer). Each figure holds a tmux send-keys call and capture-pane polls.
#   benchmarks/search-latency.sh BIN CORPUS QUERY      e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-10000-s1 智慧
set -u
BIN=$1; CORPUS=$2; Q=$3
. "$(dirname "$0")/dashboard-session.sh"
t send-keys 5; sleep 1; t send-keys "/"; sleep 0.3; t send-keys -l "$Q"; sleep 0.3
a=$(date +%s%N); t send-keys Enter
until t capture-pane -p | tail -1 | grep -q "全文"; do
  sleep 0.05
  [ $(( ($(date +%s%N) - a) / 1000000000 )) -lt 600 ] || { echo "search-latency.sh: no results within 600 s" >&2; exit 1; }
done
echo "results after $(( ($(date +%s%N)-a)/1000000 )) ms"
t capture-pane -p | sed -n 2,3p | cut -c1-120
stop_dashboard
