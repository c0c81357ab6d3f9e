#!/bin/sh
# Validate the taxonomy and the bundled catalogue (or the corpora given as arguments) against
# the JSON Schemas in docs/schemas/ with `python3 -m jsonschema` (pip package jsonschema).
#   tools/check-schemas.sh                 # data/taxonomy and data/catalog
#   tools/check-schemas.sh path/to/corpus  # a corpus, with its taxonomy/ overrides if any
# Files are validated in batches; when a batch fails, each of its files is re-checked so that the
# failing file is named.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
schemas="$root/docs/schemas"
status=0
fmt='    {error.instance!r:.80}: {error.message}
'

validate() { # schema-file file...  (quiet on success)
    s=$1; shift
    for f in "$@"; do set -- "$@" -i "$f"; shift; done
    python3 -W ignore -m jsonschema --error-format "$fmt" "$@" "$s" >/dev/null 2>&1
}

check() { # schema-name file...
    name=$1; shift
    [ "$#" -gt 0 ] || return 0
    if validate "$schemas/$name.schema.json" "$@"; then return 0; fi
    status=1
    for f in "$@"; do
        if ! python3 -W ignore -m jsonschema --error-format "$fmt" -i "$f" "$schemas/$name.schema.json" >/dev/null 2>&1; then
            echo "INVALID $f ($name.schema.json):"
            python3 -W ignore -m jsonschema --error-format "$fmt" -i "$f" "$schemas/$name.schema.json" 2>&1 || true
        fi
    done
}

check_taxonomy() { # dir
    for kind in action-areas divisions issuers policy-tools problems; do
        if [ -f "$1/$kind.json" ]; then check "$kind" "$1/$kind.json"; fi
    done
}

check_corpus() { # dir
    corpus_dir=$1
    if [ ! -f "$corpus_dir/corpus.json" ]; then echo "$corpus_dir: no corpus.json"; status=1; return 0; fi
    check corpus "$corpus_dir/corpus.json"
    if [ -f "$corpus_dir/findings.json" ]; then check findings "$corpus_dir/findings.json"; fi
    if [ -d "$corpus_dir/documents" ]; then
        # batches of 200 keep the command line short
        set -- $(find "$corpus_dir/documents" -maxdepth 1 -name '*.json' | LC_ALL=C sort)
        while [ "$#" -gt 0 ]; do
            batch=""
            i=0
            while [ "$#" -gt 0 ] && [ "$i" -lt 200 ]; do batch="$batch $1"; shift; i=$((i + 1)); done
            # shellcheck disable=SC2086
            check document $batch
        done
    fi
    if [ -d "$corpus_dir/taxonomy" ]; then check_taxonomy "$corpus_dir/taxonomy"; fi
}

check_taxonomy "$root/data/taxonomy"
if [ "$#" -eq 0 ]; then set -- "$root/data/catalog"; fi
for c in "$@"; do check_corpus "$c"; done
if [ "$status" -eq 0 ]; then echo "all files valid"; fi
exit "$status"
