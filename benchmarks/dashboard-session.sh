# Sourced by the latency scripts: starts BIN's dashboard on CORPUS in a private tmux server at 200x60 (Chinese
# interface, a fresh state directory) and waits until its analysis has loaded. Defines `t` (tmux on that
# server), `stop_dashboard` (also run at exit), `ms START` (milliseconds since a `date +%s%N`) and
# `wait_for PATTERN START` (polls the screen until PATTERN is on it, 600 s at most); needs BIN and CORPUS set.
S=/tmp/ipap-dash-$$.sock; state_dir=$(mktemp -d)
t() { tmux -S "$S" "$@"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
wait_for() {
  until t capture-pane -p | grep -q "$1"; do
    sleep 0.02
    [ $(( ($(date +%s%N) - $2) / 1000000000 )) -lt 600 ] || { echo "$(basename "$0"): no \"$1\" within 600 s" >&2; exit 1; }
  done
}
stop_dashboard() { t kill-server 2>/dev/null; rm -rf "$state_dir" "$S"; }
trap stop_dashboard EXIT
t -f /dev/null new-session -d -x 200 -y 60 "env LANG=C.UTF-8 TERM=xterm-256color IPAP_LANG=zh XDG_STATE_HOME=$state_dir IPAP_DATA=${IPAP_DATA:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/data} $BIN browse --corpus $CORPUS; sleep 100"
t set -g status off
start=$(date +%s)
until t capture-pane -p | grep -q "文本分析已就绪"; do
  sleep 0.2
  [ $(( $(date +%s) - start )) -lt 600 ] || { echo "the analysis did not load within 600 s" >&2; exit 1; }
done
sleep 2
