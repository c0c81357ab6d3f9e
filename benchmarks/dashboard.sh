#!/usr/bin/env bash
# Dashboard benchmarks: time to first frame, peak memory, keystroke-to-frame latency.
#
#   benchmarks/dashboard.sh            build release ipap, measure, print, update docs/benchmarks.md (## Dashboard)
#   benchmarks/dashboard.sh --no-docs  measure and print only
#
# Environment: RUNS (first-frame runs, default 10), KEYS (j presses, default 50),
# SCRATCH (SwiftPM scratch path, default .build-bench so as not to fight over .build's lock),
# IPAP (use this binary instead of building), NOTE (a sentence added to the docs section),
# CORPUS (a corpus directory instead of the bundled catalogue), SECTION (the docs heading, default "Dashboard"),
# SETUP_KEYS (keys pressed on tab 5 before the j presses, one tmux key name each, e.g. "s" to sort the list).
#
# Everything runs in a private tmux server (tmux -S <socket> -f /dev/null) at 200x60 with
# LANG/LC_ALL=C.UTF-8, TERM=xterm-256color, IPAP_LANG=zh, on the bundled corpus. A frame counts as
# drawn when `tmux capture-pane` shows it, so every figure includes tmux's own latency (pty read,
# its screen update) plus one capture-pane round trip; that overhead is measured and printed too.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
write_docs=1
[ "${1:-}" = "--no-docs" ] && write_docs=0
runs=${RUNS:-10}
heading=${SECTION:-Dashboard}
corpus_args=""
corpus_note="bundled corpus"
if [ -n "${CORPUS:-}" ]; then
  corpus_args="browse --corpus $CORPUS"
  corpus_note="corpus \`$CORPUS\` ($(ls "$CORPUS/documents" | wc -l) documents)"
fi
keys=${KEYS:-50}
cols=200 rows=60
last=$((rows - 1))

command -v tmux >/dev/null || { echo "dashboard.sh: tmux is required (apt-get install tmux)" >&2; exit 2; }
timebin=/usr/bin/time
if [ ! -x "$timebin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq time >/dev/null 2>&1 || true
fi

build_note="release build, \`swift build -c release --product ipap\`"
if [ -n "${IPAP:-}" ]; then
  ipap=$IPAP
  build_note="binary given as IPAP=$IPAP"
else
  scratch=${SCRATCH:-.build-bench}
  echo "building: swift build -c release --product ipap --scratch-path $scratch" >&2
  swift build -c release --product ipap --scratch-path "$scratch" >&2
  ipap=$root/$scratch/release/ipap
fi
[ -x "$ipap" ] || { echo "dashboard.sh: no ipap at $ipap" >&2; exit 2; }

work=$(mktemp -d /tmp/ipap-bench.XXXXXX)
sock=$work/tmux.sock
cleanup() { tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

now() { date +%s%N; }   # nanoseconds
t() { tmux -S "$sock" -f /dev/null "$@"; }
status_row() { t capture-pane -p -t bench -S "$last" -E "$last"; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e6 }'; }
# median and p95 (nearest rank) of nanosecond values on stdin, in ms
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  i = int(0.95 * NR + 0.999); if (i < 1) i = 1; printf "%.1f %.1f %.1f %.1f\n", m / 1e6, v[i] / 1e6, v[1] / 1e6, v[NR] / 1e6 }'; }

# Starts a pane that waits on a FIFO, then execs ipap (optionally under a prefix command), so the
# clock can start at the moment ipap is released rather than include tmux's server start.
start_pane() {  # $1: prefix command (may be empty)
  rm -f "$work/go" "$work/done"; mkfifo "$work/go"
  cat >"$work/run.sh" <<EOF
#!/bin/sh
read _ < "$work/go"
$1 env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME="$work/state" "$ipap" $corpus_args
echo \$? > "$work/done"
exec sleep 600
EOF
  chmod +x "$work/run.sh"
  t set-option -g status off \; new-session -d -s bench -x $cols -y $rows "$work/run.sh"
}
stop_pane() { t kill-server 2>/dev/null || true; }

wait_status() {  # [$1: breadcrumb prefix] polls until the status row shows a position counter; prints it
  local deadline=$(( $(now) + 10000000000 )) line
  while :; do
    line=$(status_row)
    case "$line" in " ${1:-}"*"· "[0-9]*/[0-9]*) printf '%s\n' "$line"; return 0 ;; esac
    [ "$(now)" -lt "$deadline" ] || { echo "dashboard.sh: no frame within 10 s" >&2; t capture-pane -p -t bench >&2; return 1; }
  done
}

# --- overhead of one poll (capture-pane of the status row) -------------------------------------
start_pane ""
echo > "$work/go"
wait_status >/dev/null
poll=$(for i in $(seq 20); do a=$(now); status_row >/dev/null; echo $(( $(now) - a )); done | stats)
sendk=$(for i in $(seq 20); do a=$(now); t send-keys -t bench ""; echo $(( $(now) - a )); done | stats)   # an empty key: no input
stop_pane

# --- time to first frame ----------------------------------------------------------------------
ttff=$(for i in $(seq "$runs"); do
  start_pane ""
  sleep 0.05                       # let the pane's shell reach the FIFO
  a=$(now); echo > "$work/go"
  wait_status >/dev/null
  echo $(( $(now) - a ))
  stop_pane
done | stats)

# --- peak memory --------------------------------------------------------------------------------
peak_note=""
if [ -x "$timebin" ]; then
  start_pane "$timebin -v -o $work/time.txt"
  echo > "$work/go"; wait_status >/dev/null
  t send-keys -t bench 5; sleep 0.2; t send-keys -t bench q   # open the documents list too, then quit
  for i in $(seq 250); do [ -s "$work/time.txt" ] && grep -q "Exit status" "$work/time.txt" && break; sleep 0.02; done
  peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  peak_note="/usr/bin/time -v, Maximum resident set size; overview, then tab 5, then q"
  stop_pane
else
  start_pane ""
  echo > "$work/go"; wait_status >/dev/null
  t send-keys -t bench 5; sleep 0.2
  pid=$(pgrep -n -f "^$ipap\$" || true)
  peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
  peak_note="VmHWM from /proc (no /usr/bin/time); overview, then tab 5"
  stop_pane
fi

# --- keystroke to frame -------------------------------------------------------------------------
start_pane ""
echo > "$work/go"; wait_status >/dev/null
t send-keys -t bench 5
wait_status "文件" >/dev/null
for k in ${SETUP_KEYS:-}; do
  before=$(status_row); t send-keys -t bench "$k"; deadline=$(( $(now) + 60000000000 ))
  while [ "$(status_row)" = "$before" ]; do
    [ "$(now)" -lt "$deadline" ] || { echo "dashboard.sh: no frame after setup key $k" >&2; exit 1; }
  done
done
# The position counter, not the whole row: a message (the analysis loaded) also changes the row.
position() { status_row | grep -o '· [0-9]*/[0-9]*' | tail -1; }
key=$(for i in $(seq "$keys"); do
  before=$(position)
  a=$(now); t send-keys -t bench j
  deadline=$(( a + 5000000000 ))
  while [ "$(position)" = "$before" ]; do
    [ "$(now)" -lt "$deadline" ] || { echo "dashboard.sh: no frame after key $i" >&2; exit 1; }
  done
  echo $(( $(now) - a ))
done | stats)
final=$(status_row)
stop_pane
case "$final" in *"· $((keys + 1))/"*) ;; *) echo "dashboard.sh: expected row $((keys + 1)) after $keys j presses, status: $final" >&2; exit 1 ;; esac

read -r ttff_med ttff_p95 ttff_min ttff_max <<<"$ttff"
read -r key_med key_p95 key_min key_max <<<"$key"
read -r poll_med poll_p95 _ _ <<<"$poll"
read -r send_med send_p95 _ _ <<<"$sendk"
peak_mb=$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')
cpu=$(lscpu | awk -F: '/Model name/ { sub(/^ +/, "", $2); print $2; exit }')
mem=$(free -h | awk '/^Mem:/ { print $2 }')
date=$(date -u +%Y-%m-%d)
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git -C "$root" status --porcelain -- Sources 2>/dev/null | grep -q . && echo ", Sources with uncommitted changes" || true)
tmuxv=$(tmux -V)

section=$(cat <<EOF
## ${heading}

Measured ${date} with \`benchmarks/dashboard.sh\` (${build_note}),
commit ${rev}${dirty}, ${corpus_note}, 200x60 pane in a private ${tmuxv} server, \`IPAP_LANG=zh\`.
Machine: ${cpu}, $(nproc) CPUs (nproc), ${mem} memory.${NOTE:+
${NOTE}}

| what | median | p95 | min | max |
| --- | --- | --- | --- | --- |
| time to first frame (${runs} runs) | ${ttff_med} ms | ${ttff_p95} ms | ${ttff_min} ms | ${ttff_max} ms |
| keystroke to frame, \`j\` on tab 5${SETUP_KEYS:+ after \`${SETUP_KEYS}\`} (${keys} keys) | ${key_med} ms | ${key_p95} ms | ${key_min} ms | ${key_max} ms |
| one capture-pane poll (overhead, 20 calls) | ${poll_med} ms | ${poll_p95} ms | | |
| one send-keys call (overhead, 20 calls) | ${send_med} ms | ${send_p95} ms | | |

Peak memory: ${peak_mb} MiB (${peak_kb} kB; ${peak_note}).

How it is measured: each pane waits on a FIFO and then \`exec\`s ipap, so the clock starts when ipap is
released, not at tmux's server start. A frame counts as drawn once \`tmux capture-pane\` shows the status
row's position counter (first frame) or a changed position counter (one \`j\`, sent with \`tmux send-keys\`).
The figures therefore include tmux's own work (send-keys round trip, pty read, its screen update) and
the polling loop, where each poll is a capture-pane process of about ${poll_med} ms and each key a
send-keys process of about ${send_med} ms: they are upper bounds on ipap's own latency, with a
resolution of about one poll.
EOF
)

printf '%s\n' "$section"

if [ "$write_docs" = 1 ]; then
  doc=$root/docs/benchmarks.md
  [ -f "$doc" ] || printf '# Benchmarks\n\n' >"$doc"
  # Replace the "## Dashboard" section (up to the next "## " heading), or append it.
  printf '%s\n' "$section" >"$work/section.md"
  awk -v sec="$work/section.md" -v head="$heading" '
    function emit() { while ((getline l < sec) > 0) print l; close(sec); print ""; done = 1 }
    $0 == "## " head { emit(); skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }
    END { if (!done) { print ""; emit() } }' "$doc" | cat -s >"$work/doc.md"
  cp "$work/doc.md" "$doc"
  echo "updated $doc" >&2
fi
