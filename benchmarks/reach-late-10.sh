#!/usr/bin/env bash
# How far ten documents dated after every other one reach into an analysed corpus (issue 16, item 2;
# docs/scaling.md): the corpus analysed and stored, ten documents of the style added (dated 2022-03, after
# the generators' dates) with `ipap import --analyze`, then the two stored analyses compared pair by pair
# among the old documents (benchmarks/compare_stored.py).
#
#   benchmarks/reach-late-10.sh SOURCE_CORPUS STYLE WORK_DIR     (STYLE: standard or formula)
#
# IPAP (default: the release build in .build-perf) is the binary; IPAP_DATA must find data/taxonomy.
source "$(dirname "$0")/update-setup.sh"
"$ipap" analyze --corpus "$work/corpus" --write --format csv > /dev/null 2> "$work/full.txt"
cp -r "$work/corpus/analysis" "$work/before"
"$ipap" demo --style "$style" --out "$work/add10" --documents 10 --seed 77 --length 9000 > /dev/null 2>&1
python3 - "$work/add10/manifest.csv" <<'PY'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, encoding="utf-8")))
header = rows[0]
for i, row in enumerate(rows[1:]):
    row[header.index("id")] = "late-" + row[header.index("id")]
    for column in ("date_written", "date_published"):
        row[header.index(column)] = "2022-03-%02d" % (i + 1)
csv.writer(open(path, "w", newline="", encoding="utf-8")).writerows(rows)
PY
IPAP_LANG=en "$ipap" import "$work/add10" --into "$work/corpus" --synthetic --analyze 2> "$work/update.txt"
generation() { echo "$1/$(tr -d '[:space:]' < "$1/current")"; }   # `current` names the generation folder
python3 "$here/benchmarks/compare_stored.py" "$(generation "$work/before")" "$(generation "$work/corpus/analysis")"
