#!/bin/bash
# Enter on the Tools tab's matrix cells: the time from Enter to the clause list's heading on screen (the page
# quotes up to 300 clauses, coding each quoted document again), and to its first quote ('「'), then PgDn on the
# page (to the screen changed), N cells along the first row; then N cells of the third row, each opened and left
# with Enter, Escape and h typed together (to the cursor on the next cell; N at most 11). On a corpus's dashboard
# once its analysis is loaded (Chinese interface, 200x60). Where the page is built in the background (session
# 45), the heading comes with a loading line, the quotes when the page is built, and keys typed after Enter are
# read meanwhile; before, all came after the page was built.
#   benchmarks/tools-latency.sh BIN CORPUS [N]     e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-10000-s1 6
set -u
BIN=$1; CORPUS=$2; N=${3:-6}
. "$(dirname "$0")/dashboard-session.sh"
t send-keys 8; sleep 1
for i in $(seq 1 $N); do
  a=$(date +%s%N); t send-keys Enter
  until t capture-pane -p | head -3 | grep -q "份文件中的"; do :; done
  heading=$(ms $a)
  until t capture-pane -p | grep -q "「"; do :; done
  quotes=$(ms $a)
  sleep 0.3; shown=$(t capture-pane -p)
  a=$(date +%s%N); t send-keys NPage
  until [ "$(t capture-pane -p)" != "$shown" ]; do :; done
  echo "cell $i: $heading ms (quotes $quotes ms, PgDn $(ms $a) ms)"
  t send-keys Escape; sleep 0.5; t send-keys l; sleep 0.3
done
# The third row (技术支持, the largest counts), leftwards from where the first row's cells ended.
t send-keys j j; sleep 0.5
for i in $(seq $((N + 1)) $((2 * N))); do
  # Enter, Escape and h typed together: the time to the cursor on the next cell (the status line's column).
  next=$(( $(t capture-pane -p | tail -1 | sed -n 's/.*×\([0-9]*\)\/.*/\1/p') - 1 ))
  a=$(date +%s%N); t send-keys Enter Escape h
  until t capture-pane -p | tail -1 | grep -q "×$next/"; do :; done
  echo "cell $i: Enter Escape h typed together, the next cell after $(ms $a) ms"
  sleep 1
done
stop_dashboard
