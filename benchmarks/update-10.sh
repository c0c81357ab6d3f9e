#!/usr/bin/env bash
# Adding 10 documents to an analysed corpus (issue 16, item 3): the time of `ipap import --analyze` against a
# full `ipap analyze --write`; then the stored result is compared byte for byte with a full analysis of a copy
# of the updated corpus. (On main the update is a full run; branch `incremental-alignments` takes stored
# alignments and prints how many pairs it aligned again: docs/scaling.md.)
#
#   benchmarks/update-10.sh SOURCE_CORPUS STYLE WORK_DIR     (STYLE: standard or formula)
#
# IPAP (default: the release build in .build-perf) is the binary; IPAP_DATA must find data/taxonomy.
source "$(dirname "$0")/update-setup.sh"
timed() {  # label, command...: runs it under /usr/bin/time (its output as the caller redirects it)
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time-$label.txt" "$@"
}
report() {  # label: one line "label: wall, CPU, peak"
    awk -v l="$1" '{ printf "%s: wall %.1f s, CPU %.1f s, peak %.0f MB\n", l, $1, $2 + $3, $4 / 1024 }' "$work/time-$1.txt"
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
timed full-write "$ipap" analyze --corpus "$work/corpus" --write --format csv > /dev/null 2> "$work/full.txt"
report full-write
# Ten documents of the same style under new ids.
"$ipap" demo --style "$style" --out "$work/add10" --documents 10 --seed 77 --length 9000 > /dev/null 2>&1
python3 - "$work/add10/manifest.csv" <<'EOF'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, encoding="utf-8")))
column = rows[0].index("id")
for row in rows[1:]:
    row[column] = "added-" + row[column]
csv.writer(open(path, "w", newline="", encoding="utf-8")).writerows(rows)
EOF
IPAP_LANG=en timed update "$ipap" import "$work/add10" --into "$work/corpus" --synthetic --analyze 2> "$work/update.txt"
report update
grep -o "aligned again .*" "$work/update.txt" || true
"$ipap" analyze --corpus "$work/corpus" --format json > "$work/stored.json" 2> /dev/null
cp -r "$work/corpus" "$work/copy" && rm -rf "$work/copy/analysis"
timed full-after "$ipap" analyze --corpus "$work/copy" --format json > "$work/full.json" 2> /dev/null
report full-after
if cmp -s "$work/stored.json" "$work/full.json"; then
    echo "stored after the update = full analysis of the updated corpus: byte-identical ($(wc -c < "$work/full.json") bytes)"
else
    echo "DIFFERENT: $work/stored.json and $work/full.json"; exit 1
fi
