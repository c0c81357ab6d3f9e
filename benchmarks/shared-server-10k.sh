#!/usr/bin/env bash
# Issue 16: the dashboard on a 10,000-document corpus as analysts on one shared server use it. Analyses the
# corpus once (`ipap analyze --write`), then, each in a private tmux server at 200x60 (IPAP_LANG=zh):
#   1. time from releasing ipap to its first frame, and until the Indicators tab shows a value (a percentage on its
#      "照搬中央比例" row, the real condition: the stored analysis is loaded), and ipap's CPU time then, RUNS times;
#   2. resident memory (VmRSS) and peak (VmHWM) of that session after a tour of every tab (keys 1-9, 0);
#   3. time to open a document with its passages (Enter on the Documents tab until its indicator panel,
#      drawn from its part of the analysis once its text is read, is on screen), OPENS documents in turn;
#   4. SESSIONS dashboards started at once: time until each shows indicators, total resident memory after
#      each toured every tab, and the key latency (`j` to a changed status row) of each, KEYS presses.
# Every figure includes tmux's own latency (send-keys, pty read, capture-pane), a few ms.
#
#   benchmarks/shared-server-10k.sh [DIR]      (default DIR: /tmp/ipap-shared-10k)
#
# Environment: IPAP (a binary; default: release build with --scratch-path .build-perf), SOURCE_CORPUS (a
# corpus directory copied to DIR/corpus instead of generating one; never written), DOCUMENTS (10000),
# STYLE (standard or formula), RUNS (3), OPENS (10), SESSIONS (5), KEYS (20).
# Without SOURCE_CORPUS: `ipap demo --documents N --seed 11 --length 9000 --style STYLE`, then
# `ipap import --synthetic`. Prints the figures as Markdown lines on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=${1:-/tmp/ipap-shared-10k}
documents=${DOCUMENTS:-10000} style=${STYLE:-standard}
runs=${RUNS:-3} opens=${OPENS:-10} sessions=${SESSIONS:-5} keys=${KEYS:-20}
cols=200 rows=60 last=59
command -v tmux >/dev/null || { echo "shared-server-10k.sh: tmux is required" >&2; exit 2; }
if [ -n "${IPAP:-}" ]; then
  ipap=$IPAP
else
  swift build -c release --product ipap --scratch-path .build-perf >&2
  ipap=$root/.build-perf/release/ipap
fi
corpus=$dir/corpus
mkdir -p "$dir"

# --- the corpus and its analysis, once ------------------------------------------------------------
if [ ! -f "$corpus/analysis/current" ]; then
  if [ ! -d "$corpus/documents" ]; then
    if [ -n "${SOURCE_CORPUS:-}" ]; then
      cp -r "$SOURCE_CORPUS" "$corpus"
      rm -rf "$corpus/analysis" "$corpus/reviews"
    else
      "$ipap" demo --out "$dir/src" --documents "$documents" --seed 11 --length 9000 --style "$style" >&2
      "$ipap" import "$dir/src" --into "$corpus" --synthetic --name "$documents synthetic documents" >&2
    fi
  fi
  /usr/bin/time -f "%U %S %e %M" -o "$dir/analyze-time.txt" "$ipap" analyze --corpus "$corpus" --write --format csv > /dev/null
fi
read -r au as ae am < "$dir/analyze-time.txt" || true
echo "- corpus: $corpus, $(ls "$corpus/documents" | wc -l) documents, $(du -sh "$corpus/documents" | cut -f1) of document files"
echo "- analyze --write (once): ${ae:-?} s wall, $(awk -v u="${au:-0}" -v s="${as:-0}" 'BEGIN { print u + s }') s CPU (user+sys), $(( ${am:-0} / 1024 )) MB peak"
gen=$corpus/analysis/$(cat "$corpus/analysis/current")
echo "- stored analysis: summary.json $(du -h "$gen/summary.json" | cut -f1), columns.json $(du -h "$gen/columns.json" | cut -f1), documents.jsonl $(du -h "$gen/documents.jsonl" | cut -f1)"

# --- tmux helpers -----------------------------------------------------------------------------------
work=$(mktemp -d /tmp/ipap-shared.XXXXXX)
sock=$work/tmux.sock
t() { tmux -S "$sock" -f /dev/null "$@"; }
# Each ipap saves its session into $work as it ends: its directory is removed once every one has exited
# (removed while one still wrote, rm failed and the script exited 1).
cleanup() {
  local pids="" pane deadline
  for pane in $(t list-panes -a -F '#{pane_pid}' 2>/dev/null); do pids="$pids $(pgrep -P "$pane" || true)"; done
  t kill-server 2>/dev/null || true
  deadline=$(( $(date +%s) + 10 ))
  for pid in $pids; do
    while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.05; done
  done
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s%N; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.0f", ns / 1e6 }'; }
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  i = int(0.95 * NR + 0.999); if (i < 1) i = 1; printf "median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms", m / 1e6, v[i] / 1e6, v[1] / 1e6, v[NR] / 1e6 }'; }

# A pane that waits on its FIFO, then runs ipap: the clock starts when ipap is released.
start_session() {  # $1: session name
  rm -f "$work/go-$1"; mkfifo "$work/go-$1"; mkdir -p "$work/state-$1"
  cat > "$work/run-$1.sh" <<EOF
#!/bin/sh
read _ < "$work/go-$1"
env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME="$work/state-$1" "$ipap" browse --corpus "$corpus"
exec sleep 600
EOF
  chmod +x "$work/run-$1.sh"
  if t has-session 2>/dev/null; then t new-session -d -s "$1" -x $cols -y $rows "$work/run-$1.sh"
  else t set-option -g status off \; new-session -d -s "$1" -x $cols -y $rows "$work/run-$1.sh"; fi
}
release() { echo > "$work/go-$1"; }
screen() { t capture-pane -p -t "$1"; }
status_row() { t capture-pane -p -t "$1" -S $last -E $last; }
ipap_pid() { pgrep -P "$(t display-message -p -t "$1" '#{pane_pid}')" | head -1; }
memory() { awk '/VmRSS|VmHWM/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$(ipap_pid "$1")/status"; }
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$(ipap_pid "$1")/status"; }
# CPU time (user + system) the session's ipap has used so far, in ms: steadier than wall time on a shared machine.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$(ipap_pid "$1")/stat"; }
wait_for() {  # $1 session, $2 grep -E pattern on the whole screen, $3 seconds
  local deadline=$(( $(now) + ${3:-120} * 1000000000 ))
  until screen "$1" | grep -qE "$2"; do
    [ "$(now)" -lt "$deadline" ] || { echo "timeout waiting for /$2/ in $1" >&2; screen "$1" >&2; return 1; }
    sleep 0.01
  done
}
# The Indicators tab with a value on its "copied from the centre" row: the analysis is loaded.
indicators_ready='照搬中央比例 .*[0-9]+%'
key_to_new_status() {  # $1 session, $2 key: prints ns from the key to a changed status row
  local before a
  before=$(status_row "$1"); a=$(now)
  t send-keys -t "$1" "$2"
  while [ "$(status_row "$1")" = "$before" ]; do :; done
  echo $(( $(now) - a ))
}
tour() {  # every tab once, each waited for
  for k in 2 3 4 5 6 7 8 9 0 1; do key_to_new_status "$1" "$k" > /dev/null; done
}

# --- 1. time until the indicators show, one session at a time ---------------------------------------
for i in $(seq "$runs"); do
  start_session one; sleep 0.1
  a=$(now); release one
  wait_for one '· [0-9]+/[0-9]+' 60; echo $(( $(now) - a )) >> "$work/first"
  t send-keys -t one 6
  wait_for one "$indicators_ready" 300
  echo $(( $(now) - a )) >> "$work/ready"
  echo $(( $(cpu_ms one) * 1000000 )) >> "$work/ready-cpu"
  [ "$i" = "$runs" ] || t kill-session -t one
done
echo "- first frame (one session, $runs runs): $(stats < "$work/first")"
echo "- indicators shown (one session, $runs runs): $(stats < "$work/ready")"
echo "- CPU time (user + system) of ipap when the indicators were shown ($runs runs): $(stats < "$work/ready-cpu")"
echo "- load average at the end of these runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 2. memory after a tour of every tab ------------------------------------------------------------
sleep 2   # the tabs are prefetched in the background once the analysis is in
tour one
echo "- one session after a tour of every tab: $(memory one)"

# --- 3. opening a document with its passages ---------------------------------------------------------
key_to_new_status one 5 > /dev/null
open=$(for i in $(seq "$opens"); do
  a=$(now); t send-keys -t one Enter
  wait_for one '本文件的指标' 30
  echo $(( $(now) - a ))
  t send-keys -t one Escape; wait_for one '· [0-9]+/[0-9]+' 10; sleep 0.05
  key_to_new_status one j > /dev/null
done | stats)
echo "- open a document with its passages ($opens documents): $open"
echo "- the session after opening them: $(memory one)"
t kill-server 2>/dev/null || true

# --- 4. several dashboards at once -------------------------------------------------------------------
names=$(seq -f "s%g" "$sessions")
for s in $names; do start_session "$s"; done
sleep 0.2
a=$(now)
for s in $names; do release "$s"; done
for s in $names; do wait_for "$s" '· [0-9]+/[0-9]+' 60; t send-keys -t "$s" 6; done
for s in $names; do wait_for "$s" "$indicators_ready" 600; echo "  - $s: indicators shown $(ms $(( $(now) - a ))) ms after all were started"; done
sleep 2
total=0
for s in $names; do tour "$s"; key_to_new_status "$s" 5 > /dev/null; done
for s in $names; do
  latency=$(for i in $(seq "$keys"); do key_to_new_status "$s" j; done | stats)
  echo "  - $s: \`j\` on the Documents tab ($keys presses): $latency; $(memory "$s")"
  total=$(( total + $(rss_kb "$s") ))
done
echo "- $sessions sessions after a tour of every tab each: $(( total / 1024 )) MB resident in total"
