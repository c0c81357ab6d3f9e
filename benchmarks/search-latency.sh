#!/bin/bash
# A full-text search (`/` on the Documents tab) on a corpus's dashboard once its analysis is loaded: the time
# from Enter to the first frame that answers it (the "searching" screen), a key answered while the search
# runs (`?` opens help, Esc comes back), and the time from Enter to the results' screen. Each figure holds a
# tmux send-keys call and capture-pane polls.
#   benchmarks/search-latency.sh BIN CORPUS QUERY      e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-10000-s1 智慧
set -u
BIN=$1; CORPUS=$2; Q=$3
. "$(dirname "$0")/dashboard-session.sh"
t send-keys 5; sleep 1; t send-keys "/"; sleep 0.3; t send-keys -l "$Q"; sleep 0.3
a=$(date +%s%N); t send-keys Enter
wait_for "正在检索全文\|份文件，正文中" "$a"
echo "first frame after Enter: $(ms "$a") ms"
if t capture-pane -p | grep -q "正在检索全文"; then
  h=$(date +%s%N); t send-keys "?"
  wait_for "所有按键" "$h"
  echo "help opened while searching: $(ms "$h") ms"
  t send-keys Escape
fi
wait_for "份文件，正文中" "$a"
echo "results after $(ms "$a") ms"
t capture-pane -p | sed -n 2,3p | cut -c1-120
stop_dashboard
