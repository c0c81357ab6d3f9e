#!/usr/bin/env bash
# Opening the dashboard, binaries side by side: for ROUNDS rounds, each binary in turn (interleaved, so that a
# slow spell of a shared machine falls on all of them) opens CORPUS in a private tmux server at 200x60
# (IPAP_LANG=zh, fresh XDG_STATE_HOME); prints the time from releasing ipap to its first frame (a status row
# with "· n/m") and until the Indicators tab (key 6) shows a value on its "照搬中央比例" row (the stored
# analysis is loaded), one line per run, then each binary's medians. tmux's own latency (a few ms) included.
#
#   benchmarks/dashboard-open-ab.sh CORPUS ROUNDS BIN...
#
# CORPUS must hold a stored analysis (`ipap analyze --write`). IPAP_DATA is passed on (default: data/ here).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 3 ] || { echo "usage: $0 CORPUS ROUNDS BIN..." >&2; exit 2; }
corpus=$1 rounds=$2
shift 2
command -v tmux >/dev/null || { echo "dashboard-open-ab.sh: tmux is required" >&2; exit 2; }
data=${IPAP_DATA:-$PWD/data}
work=$(mktemp -d /tmp/ipap-open-ab.XXXXXX)
sock=$work/tmux.sock
t() { tmux -S "$sock" -f /dev/null "$@"; }
trap 't kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
now() { date +%s%N; }
wait_for() {  # $1 pattern, $2 seconds
  local deadline=$(( $(now) + $2 * 1000000000 ))
  until t capture-pane -p | grep -qE "$1"; do
    [ "$(now)" -lt "$deadline" ] || { echo "timeout waiting for /$1/" >&2; t capture-pane -p >&2; return 1; }
    sleep 0.01
  done
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for round in $(seq "$rounds"); do
  n=0
  for bin in "$@"; do
    n=$((n + 1))
    run=$work/run-$round-$n
    mkdir -p "$run/state"; mkfifo "$run/go"
    t new-session -d -x 200 -y 60 "read _ < '$run/go'; env IPAP_DATA='$data' LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME='$run/state' '$bin' browse --corpus '$corpus'; sleep 600"
    t set-option -g status off > /dev/null
    sleep 0.2
    a=$(now); echo > "$run/go"
    wait_for '· [0-9]+/[0-9]+' 60; first=$(( ($(now) - a) / 1000000 ))
    t send-keys 6
    wait_for '照搬中央比例 .*[0-9]+%' 300; ready=$(( ($(now) - a) / 1000000 ))
    echo "$bin first $first ms, indicators $ready ms"
    echo "$first" >> "$work/first-$n"; echo "$ready" >> "$work/ready-$n"
    t kill-server; sleep 0.5
  done
done
n=0
for bin in "$@"; do
  n=$((n + 1))
  echo "$bin: median first frame $(median < "$work/first-$n") ms, median indicators shown $(median < "$work/ready-$n") ms ($rounds runs)"
done
