#!/bin/bash
# A report written from a corpus's dashboard (`e` then `json FILE`) once its analysis is loaded: the time
# from Enter to the first frame that says it is being written, a key answered meanwhile (`?` opens help, Esc
# comes back), the time from Enter to the frame that says it was written, and the dashboard's resident
# memory before and after. Each time holds a tmux send-keys call and capture-pane polls.
#   benchmarks/export-latency.sh BIN CORPUS [FORMAT]     e.g. .build-perf/release/ipap /tmp/ipap-benchmarks/corpus-standard-10000-s1 json
set -u
BIN=$1; CORPUS=$2; FORMAT=${3:-json}
OUT=$(mktemp -d)/report.$FORMAT
. "$(dirname "$0")/dashboard-session.sh"
pid=$(pgrep -P "$(t list-panes -F '#{pane_pid}')" -x ipap)
rss() { awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status"; }
echo "resident before: $(rss)"
t send-keys e; sleep 0.3; t send-keys -l "$FORMAT $OUT"; sleep 0.3
a=$(date +%s%N); t send-keys Enter
wait_for "正在导出\|已导出\|未导出" "$a"
echo "first frame after Enter: $(ms "$a") ms"
if t capture-pane -p | grep -q "正在导出"; then
  h=$(date +%s%N); t send-keys "?"
  wait_for "所有按键" "$h"
  echo "help opened while exporting: $(ms "$h") ms"
  t send-keys Escape
fi
wait_for "已导出\|未导出" "$a"
echo "written after $(ms "$a") ms"
sleep 1
echo "resident after: $(rss) (peak $(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status"))"
t capture-pane -p | tail -1 | cut -c1-120
ls -la "$(dirname "$OUT")" | tail -n +4 | head -3
rm -rf "$(dirname "$OUT")"
stop_dashboard
