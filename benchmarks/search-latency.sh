#!/bin/bash
# The time from Enter on a full-text search (`/` on the Documents tab) to the results' screen, on a corpus's
# dashboard once its analysis is loaded (the screen is built while the key waits: the figure is how long the
# dashboard does not answer). Each figure holds a tmux send-keys call and capture-pane polls.
#   benchmarks/search-latency.sh BIN CORPUS QUERY      e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-10000-s1 智慧
set -u
BIN=$1; CORPUS=$2; Q=$3
S=/tmp/srch-$$.sock; d=$(mktemp -d)
tmux -S $S -f /dev/null new-session -d -x 200 -y 60 "env LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME=$d IPAP_DATA=${IPAP_DATA:-$(cd "$(dirname "$0")/.." && pwd)/data} $BIN browse --corpus $CORPUS; sleep 100"
tmux -S $S set -g status off
start=$(date +%s)
until tmux -S $S capture-pane -p | grep -q "文本分析已就绪"; do
  sleep 0.2
  [ $(( $(date +%s) - start )) -lt 600 ] || { echo "search-latency.sh: the analysis did not load within 600 s" >&2; tmux -S $S kill-server; exit 1; }
done
sleep 2
tmux -S $S send-keys 5; sleep 1; tmux -S $S send-keys "/"; sleep 0.3; tmux -S $S send-keys -l "$Q"; sleep 0.3
a=$(date +%s%N); tmux -S $S send-keys Enter
until tmux -S $S capture-pane -p | tail -1 | grep -q "全文"; do
  sleep 0.05
  [ $(( ($(date +%s%N) - a) / 1000000000 )) -lt 600 ] || { echo "search-latency.sh: no results within 600 s" >&2; exit 1; }
done
echo "results after $(( ($(date +%s%N)-a)/1000000 )) ms"
tmux -S $S capture-pane -p | sed -n 2,3p | cut -c1-120
tmux -S $S kill-server; rm -rf $d
