#!/bin/bash
# Enter on the Tools tab's matrix cells: the time from Enter to the clause list's heading on screen (the page
# quotes up to 300 clauses, coding each quoted document again), and to its first quote ('「'), N cells along the
# first row, on a corpus's dashboard once its analysis is loaded (Chinese interface, 200x60). Where the page is built
# in the background (session 45), the heading comes with a loading line, the quotes when the page is built; before,
# both came in one frame.
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
  echo "cell $i: $heading ms (quotes $(ms $a) ms)"
  t send-keys Escape; sleep 0.5; t send-keys l; sleep 0.3
done
stop_dashboard
