#!/bin/bash
# How long the dashboard takes to redraw after the terminal is resized, with three screens stacked (the
# Documents tab, a document, its comparison), on a corpus with a stored analysis (`ipap analyze --write`).
# Each figure: from tmux's resize to the first changed screen, and to the last change (the screen then stable
# for 300 ms); both include tmux capture-pane round trips. Then Esc twice: the screens under the comparison,
# resized while not shown, are laid out at the new size when gone back to.
#   IPAP=.build-perf/release/ipap CORPUS=/tmp/dash10k benchmarks/resize-latency.sh
IPAP=${IPAP:-.build-perf/release/ipap}; CORPUS=${CORPUS:?CORPUS=a corpus with a stored analysis}
S=/tmp/ipap-resize-$$.sock; d=$(mktemp -d)
trap 'tmux -S $S kill-server 2>/dev/null; rm -rf $d' EXIT
tmux -S $S -f /dev/null new-session -d -x 200 -y 60 "env LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME=$d $IPAP browse --corpus $CORPUS; sleep 100"
tmux -S $S set -g status off
start=$(date +%s%N)
until tmux -S $S capture-pane -p | grep -q "文本分析已就绪"; do
    sleep 0.2
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 240 ] && { echo "timeout waiting for the analysis"; exit 1; }
done
sleep 2
# A key, then until the status line (the last line) changes.
step() {
    before=$(tmux -S $S capture-pane -p | tail -1); a=$(date +%s%N); tmux -S $S send-keys "$1"
    while [ "$(tmux -S $S capture-pane -p | tail -1)" = "$before" ]; do :; done
    echo "$1: $(( ($(date +%s%N) - a) / 1000000 )) ms"
}
step 5; sleep 1; step Enter; sleep 2; step c; sleep 2
for size in 120x40 200x60 80x24 200x60; do
    before=$(tmux -S $S capture-pane -p | md5sum); a=$(date +%s%N)
    tmux -S $S resize-window -x "${size%x*}" -y "${size#*x}"
    while [ "$(tmux -S $S capture-pane -p | md5sum)" = "$before" ]; do :; done
    first=$(( ($(date +%s%N) - a) / 1000000 ))
    last=$(tmux -S $S capture-pane -p | md5sum); stable=$(date +%s%N)
    while [ $(( ($(date +%s%N) - stable) / 1000000 )) -lt 300 ]; do
        now=$(tmux -S $S capture-pane -p | md5sum)
        if [ "$now" != "$last" ]; then last=$now; stable=$(date +%s%N); fi
    done
    echo "resize to $size: first change $first ms, last change $(( (stable - a) / 1000000 )) ms"
done
step Escape; sleep 1; step Escape
tmux -S $S capture-pane -p | tail -1
