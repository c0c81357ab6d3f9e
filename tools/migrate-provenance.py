#!/usr/bin/env python3
"""Rewrite document records from the former `source.verified` / `source.verifiedURL` to `source.seen`.

    python3 tools/migrate-provenance.py CORPUS_DIR [CORPUS_DIR ...]

Each documents/<id>.json still in the former form is rewritten (temporary file, fsync, rename): `source`
becomes {"url", "seen", "origin"} with `seen` from tools/provenance.py; the rest of the record is written
back unchanged, in the catalogue's layout (build-catalog.py's `dumps`). Records already migrated are left alone, so an interrupted run is completed by running it
again. Python 3 standard library only.
"""
import importlib.util
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import provenance  # noqa: E402


def load_build_catalog():
    """build-catalog.py, for its `dumps`: a migrated record keeps the catalogue's layout byte for byte."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-catalog.py")
    spec = importlib.util.spec_from_file_location("build_catalog", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def migrate(path, dumps):
    with open(path, encoding="utf-8") as f:
        record = json.load(f)
    source = record.get("source")
    if not isinstance(source, dict) or "seen" in source or "verified" not in source:
        return False
    has_date = bool(record.get("dateWritten") or record.get("datePublished"))
    seen = provenance.seen(source.get("verified") is True, source.get("verifiedURL") or source.get("url"),
                           record.get("number"), has_date, record.get("note"))
    record["source"] = {"url": source.get("url"), "seen": seen, "origin": source.get("origin")}
    tmp = path + ".migrate.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(record) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return True


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    changed = 0
    dumps = load_build_catalog().dumps
    for corpus in argv:
        docs = os.path.join(corpus, "documents")
        if not os.path.isdir(docs):
            print(f"{corpus}: no documents/ directory", file=sys.stderr)
            return 1
        for name in sorted(os.listdir(docs)):
            if name.endswith(".json") and migrate(os.path.join(docs, name), dumps):
                changed += 1
    print(f"migrated {changed} record(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
