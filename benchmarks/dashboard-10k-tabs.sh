#!/bin/bash
# After the 10,000-document corpus of dashboard-10k.sh is built: waits until the background analysis is
# loaded, prints peak and resident memory, then the time from a key to a new status line for the first
# visit of every tab and for j presses (each figure includes a tmux send-keys and capture-pane round trip).
#   IPAP=.build-bench/release/ipap CORPUS=/tmp/ipap-10k/corpus benchmarks/dashboard-10k-tabs.sh
cd "$(dirname "$0")/.."
# measure: wait for analysis ready, then time first visits of tabs
S=/tmp/ipap-tabs-$$.sock; tmux -S $S kill-server 2>/dev/null
d=$(mktemp -d)
tmux -S $S -f /dev/null new-session -d -x 200 -y 60 "env LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME=$d ${IPAP:-.build-bench/release/ipap} browse --corpus ${CORPUS:-/tmp/ipap-10k/corpus}; sleep 100"
tmux -S $S set -g status off
start=$(date +%s%N)
until tmux -S $S capture-pane -p | grep -q "文本分析已就绪"; do sleep 0.2; if [ $(( ($(date +%s%N)-start)/1000000000 )) -gt 240 ]; then echo timeout; break; fi; done
sleep 3; echo "analysis ready after $(( ($(date +%s%N)-start)/1000000 )) ms"
pid=$(pgrep -n -f -- "browse --corpus ${CORPUS:-/tmp/ipap-10k/corpus}")
grep -E "VmHWM|VmRSS" /proc/$pid/status
for k in 2 3 4 5 6 7 8 9 0 1 2 6; do
  before=$(tmux -S $S capture-pane -p | tail -1)
  a=$(date +%s%N); tmux -S $S send-keys $k
  while [ "$(tmux -S $S capture-pane -p | tail -1)" = "$before" ]; do :; done
  echo "tab $k: $(( ($(date +%s%N)-a)/1000000 )) ms"
done
for k in j j j j j; do before=$(tmux -S $S capture-pane -p | tail -1); a=$(date +%s%N); tmux -S $S send-keys $k; while [ "$(tmux -S $S capture-pane -p | tail -1)" = "$before" ]; do :; done; echo "j: $(( ($(date +%s%N)-a)/1000000 )) ms"; done
grep -E "VmHWM|VmRSS" /proc/$pid/status
tmux -S $S kill-server; rm -rf $d
