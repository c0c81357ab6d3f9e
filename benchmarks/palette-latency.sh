#!/bin/bash
# The time from each character typed after `:` (the palette) to the prompt showing it, on a corpus's dashboard
# once its analysis is loaded; each figure holds a tmux send-keys call and capture-pane polls.
#   benchmarks/palette-latency.sh BIN CORPUS QUERY      e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-50000-s1 川办发2018年无此
set -u
BIN=$1; CORPUS=$2; Q=$3
S=/tmp/pal-$$.sock; d=$(mktemp -d)
tmux -S $S -f /dev/null new-session -d -x 200 -y 60 "env LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME=$d IPAP_DATA=${IPAP_DATA:-$(cd "$(dirname "$0")/.." && pwd)/data} $BIN browse --corpus $CORPUS; sleep 100"
tmux -S $S set -g status off
start=$(date +%s)
until tmux -S $S capture-pane -p | grep -q "文本分析已就绪"; do
  sleep 0.2
  [ $(( $(date +%s) - start )) -lt 600 ] || { echo "palette-latency.sh: the analysis did not load within 600 s" >&2; tmux -S $S kill-server; exit 1; }
done
sleep 2
tmux -S $S send-keys ":"; sleep 0.5
typed=""
for ch in $(echo "$Q" | grep -o .); do
  typed="$typed$ch"
  a=$(date +%s%N); tmux -S $S send-keys -l "$ch"
  until tmux -S $S capture-pane -p | tail -2 | grep -qF ":$typed"; do
    [ $(( ($(date +%s%N) - a) / 1000000000 )) -lt 30 ] || { echo "palette-latency.sh: '$typed' not shown within 30 s" >&2; exit 1; }
  done
  echo "$ch $(( ($(date +%s%N)-a)/1000000 )) ms"
done
tmux -S $S capture-pane -p | tail -12
tmux -S $S kill-server; rm -rf $d
