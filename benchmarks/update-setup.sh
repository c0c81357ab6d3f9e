# Sourced by update-10.sh and reach-late-10.sh: their arguments (SOURCE_CORPUS STYLE WORK_DIR), the binary
# (IPAP, default the release build in .build-perf), IPAP_DATA, and a fresh copy of the corpus without its
# stored analysis in WORK_DIR/corpus.
set -euo pipefail
source_corpus=${1:?source corpus}; style=${2:?standard or formula}; work=${3:?work directory}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ipap=${IPAP:-$here/.build-perf/release/ipap}
export IPAP_DATA=${IPAP_DATA:-$here/data}
rm -rf "$work" && mkdir -p "$work"
cp -r "$source_corpus" "$work/corpus"
rm -rf "$work/corpus/analysis"
