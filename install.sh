#!/usr/bin/env bash
# Installs ipap once for a whole team: PREFIX/bin/ipap and its data in PREFIX/share/ipap.
#   sudo ./install.sh [PREFIX]        (default PREFIX: /usr/local)
set -euo pipefail
prefix=${1:-/usr/local}
cd "$(dirname "$0")"
swift build -c release --product ipap
install -d "$prefix/bin" "$prefix/share/ipap"
install -m 0755 .build/release/ipap "$prefix/bin/ipap"
for d in taxonomy catalog demo; do
  if [ -d "data/$d" ]; then
    rm -rf "$prefix/share/ipap/$d.new"
    cp -R "data/$d" "$prefix/share/ipap/$d.new"
    rm -rf "$prefix/share/ipap/$d"
    mv "$prefix/share/ipap/$d.new" "$prefix/share/ipap/$d"
  fi
done
chmod -R a+rX "$prefix/share/ipap"
echo "installed $prefix/bin/ipap (data in $prefix/share/ipap)"
