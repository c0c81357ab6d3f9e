#!/usr/bin/env bash
# Benchmark of `ipap analyze` against what analysts use instead (Python: jieba + scikit-learn TF-IDF
# cosine, character-bigram TF-IDF cosine, datasketch MinHash LSH on character 8-grams), on the same
# generated corpora of about 9,000 characters per document. Prints wall time, CPU time (user+sys) and
# peak RSS side by side and writes them to the generated block of the "## Analysis" section of
# docs/benchmarks.md (between its markers; notes on earlier runs after the block are kept).
#
#   benchmarks/run.sh [--sizes 100,1000,10000] [--styles standard,formula] [--quick] [--seed 1]
#                     [--peer-timeout 900] [--no-docs]
#
# --styles: the corpus generators (`ipap demo --style`): standard (the demo corpus) and formula (written
# independently: formula-heavy, copy-dense, as provincial documents are); third (benchmarks/gen_third_corpus.py
# --stress, written independently again: articles, target tables; 3,000-9,600 characters a document) on request.
# --quick is --sizes 100,1000. Peers that exceed --peer-timeout seconds are stopped and reported as such.
# IPAP=/path/to/ipap uses that binary instead of building (release) into .build-perf.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="100,1000,10000"
styles="standard,formula"
seed=1
peer_timeout=900
write_docs=1
# Before the options are taken off; a binary given in IPAP is named on the "ipap binary" line.
command="${IPAP:+IPAP=<the binary below> }benchmarks/run.sh $*"
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --styles) styles="$2"; shift 2 ;;
        --quick) sizes="100,1000"; shift ;;
        --seed) seed="$2"; shift 2 ;;
        --peer-timeout) peer_timeout="$2"; shift 2 ;;
        --no-docs) write_docs=0; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
work="${BENCH_WORK:-${TMPDIR:-/tmp}/ipap-benchmarks}"  # corpora and outputs (outside the repository)
mkdir -p "$work"

# GNU time for peak RSS.
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (apt)" >&2
    (apt-get install -y time >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y time >/dev/null)) \
        || { echo "need /usr/bin/time (apt-get install time)" >&2; exit 1; }
fi

# ipap, release build.
if [ -z "${IPAP:-}" ]; then
    echo "building ipap (release)" >&2
    (cd "$root" && swift build -c release --scratch-path .build-perf --product ipap >&2)
    IPAP="$root/.build-perf/release/ipap"
fi

# Python peers in a virtual environment.
venv="$root/benchmarks/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import jieba, sklearn, datasketch" 2>/dev/null; then
    echo "creating $venv (jieba, scikit-learn, datasketch)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip >&2
    "$venv/bin/pip" install -q jieba scikit-learn datasketch >&2
fi
py="$venv/bin/python"
versions="$("$py" -c 'import sys, jieba, sklearn, datasketch, numpy; print(f"Python {sys.version.split()[0]}, jieba {jieba.__version__}, scikit-learn {sklearn.__version__}, datasketch {datasketch.__version__}, numpy {numpy.__version__}")')"

results="$work/results.tsv"
: > "$results"

# measure NAME SIZE TIMEOUT CMD...: one line "name size status wall cpu rss_kb" into results.
measure() {
    local name="$1" size="$2" limit="$3"; shift 3
    local tf="$work/time-$name-$size.txt" log="$work/out-$name-$size.txt" status=ok
    set +e
    if [ "$limit" -gt 0 ]; then
        /usr/bin/time -f "%e %U %S %M" -o "$tf" timeout "$limit" "$@" > "$log" 2>&1
    else
        /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" > "$log" 2>&1
    fi
    local rc=$?
    set -e
    if [ $rc -eq 124 ]; then status="timeout"; elif [ $rc -ne 0 ]; then status="failed($rc)"; fi
    read -r wall user sys rss < <(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$tf" | tail -1)
    local cpu
    cpu="$(python3 -c "print(f'{$user + $sys:.2f}')")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$size" "$status" "$wall" "$cpu" "$rss" >> "$results"
    printf '%-18s %6s docs  %-9s wall %8ss  cpu %8ss  peak %8.0f MB\n' "$name" "$size" "$status" "$wall" "$cpu" \
        "$(python3 -c "print($rss / 1024)")" >&2
}

IFS=',' read -r -a size_list <<< "$sizes"
IFS=',' read -r -a style_list <<< "$styles"
for style in "${style_list[@]}"; do
for n in "${size_list[@]}"; do
    corpus="$work/corpus-$style-$n-s$seed"
    if [ ! -f "$corpus/corpus.json" ]; then
        echo "generating $n documents (style $style, seed $seed)" >&2
        rm -rf "$work/demo-$style-$n-s$seed" "$corpus"
        if [ "$style" = third ]; then
            python3 "$root/benchmarks/gen_third_corpus.py" --out "$work/demo-$style-$n-s$seed" --documents "$n" --seed "$seed" --stress >&2
        else
            "$IPAP" demo --style "$style" --out "$work/demo-$style-$n-s$seed" --documents "$n" --seed "$seed" --length 9000 >&2
        fi
        python3 "$root/benchmarks/make_corpus.py" "$work/demo-$style-$n-s$seed" "$corpus"
    fi
    chars="$(python3 -c "
import json, os, sys
d = sys.argv[1] + '/documents'
print(sum(len(json.load(open(os.path.join(d, f), encoding='utf-8'))['text']) for f in os.listdir(d)))" "$corpus")"
    echo "$n documents ($style), $chars characters" >&2
    key="$style:$n"
    printf 'corpus\t%s\t%s\n' "$key" "$chars" >> "$results"
    # A stored analysis (analysis/, written by `analyze --write` or a dashboard opened on this corpus) would be
    # reused instead of computed: the benchmark times the analysis itself.
    rm -rf "$corpus/analysis" "$corpus/metadata-index.jsonl"
    measure "ipap-analyze-json" "$key" 0 sh -c "'$IPAP' analyze --corpus '$corpus' --format json > '$work/analysis-$style-$n.json'"
    # Recall and precision against the planted copies, beside the time.
    python3 "$root/benchmarks/evaluate_reuse.py" "$corpus" "$work/demo-$style-$n-s$seed/planted.json" \
        "$work/analysis-$style-$n.json" > "$work/recall-$style-$n.txt" 2>&1 || true
    measure "jieba-tfidf" "$key" "$peer_timeout" "$py" "$root/benchmarks/peer_jieba_tfidf.py" "$corpus"
    measure "bigram-tfidf" "$key" "$peer_timeout" "$py" "$root/benchmarks/peer_bigram_tfidf.py" "$corpus"
    measure "minhash-lsh" "$key" "$peer_timeout" "$py" "$root/benchmarks/peer_minhash_lsh.py" "$corpus"
done
done

machine="$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB memory, $(uname -sr)"
swiftv="$(swift --version 2>/dev/null | head -1)"
python3 "$root/benchmarks/report.py" "$results" --command "$command" --machine "$machine" --versions "$versions; $swiftv" \
    --peer-timeout "$peer_timeout" --binary "$IPAP" --note "${BENCH_NOTE:-}" \
    $( [ $write_docs -eq 1 ] && echo --write "$root/docs/benchmarks.md" )
