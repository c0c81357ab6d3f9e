#!/usr/bin/env bash
# Fuzzes the import and JSON readers (Sources/ImportFuzz) with libFuzzer and AddressSanitizer for a fixed
# budget. Usage: tools/fuzz.sh [SECONDS] (default 60). Exit 0: no crash; otherwise the crashing input is in
# .build/fuzz/crashes/ (replay it with a plain `swift build --product ImportFuzz` and `.build/debug/ImportFuzz FILE`).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scratch=.build/fuzz
mkdir -p "$scratch"
flags=(--scratch-path "$scratch" -c release --product ImportFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
# gold (the default linker) crashes on the sanitized objects; the toolchain's lld links them.
lld="$(dirname "$(command -v swift)")/ld.lld"
if [ -x "$lld" ]; then
  printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$lld" > "$scratch/toolset.json"
  flags+=(--toolset "$PWD/$scratch/toolset.json")
fi
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)/ImportFuzz"

# Seeds: one small input of each kind the readers take (written here, so every run starts the same).
corpus="$scratch/corpus"
mkdir -p "$corpus" "$scratch/crashes"
printf 'id,title,number,issuer,level,region,file\ngf-2015-40,"国务院关于积极推进""互联网+""行动的指导意见",国发〔2015〕40号,国务院,国家,,a.txt\n' > "$corpus/seed-manifest.csv"
printf '<html><head><title>标题_中国政府网</title></head><body><table><tr><td>发文机关：</td><td>国务院</td></tr></table><div id="UCAP-CONTENT"><p>一、总体要求<br>正文&nbsp;&#12288;&ldquo;互联网+&rdquo;</p></div></body></html>\n' > "$corpus/seed-page.html"
printf '{"schema": 1, "id": "a", "title": "标题", "issuers": ["state-council"], "level": "national", "source": {"verified": false}, "text": "一\\n二\\u001b"}\n' > "$corpus/seed-document.json"
printf '{"author":"fuzz","id":"20250301T080910.123Z-fuzz-5f3a9c1e","kind":"note","note":"注\\u202e","schema":1,"target":{"id":"a","kind":"document"},"time":"2025-03-01T08:09:10.123Z"}\n' > "$corpus/seed-journal.jsonl"
# A minimal .docx (a ZIP holding word/document.xml with one deflated paragraph), byte by byte.
printf '\x50\x4b\x03\x04\x14\x00\x00\x00\x08\x00\x31\xb6\x81\x5d\x8a\xb2\x77\x3e\x37\x00\x00\x00\x54\x00\x00\x00\x11\x00\x00\x00\x77\x6f\x72\x64\x2f\x64\x6f\x63\x75\x6d\x65\x6e\x74\x2e\x78\x6d\x6c\xb3\x29\xb7\x4a\xc9\x4f\x2e\xcd\x4d\xcd\x2b\xb1\xb3\x29\xb7\x4a\xca\x4f\xa9\x04\xd1\x05\x20\xa2\x08\x44\x94\xd8\x3d\x5f\xb3\xe6\xc9\x8e\x86\x67\xeb\xb6\xda\xe8\x83\xb8\x20\xb2\x08\x4c\x16\x80\x49\x88\x16\x7d\x24\x73\x00\x50\x4b\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x31\xb6\x81\x5d\x8a\xb2\x77\x3e\x37\x00\x00\x00\x54\x00\x00\x00\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00\x77\x6f\x72\x64\x2f\x64\x6f\x63\x75\x6d\x65\x6e\x74\x2e\x78\x6d\x6c\x50\x4b\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00\x3f\x00\x00\x00\x66\x00\x00\x00\x00\x00' > "$corpus/seed.docx"
printf '<w:document><w:body><w:p><w:r><w:t>第一段</w:t><w:tab/><w:br/></w:r></w:p></w:body></w:document>' > "$corpus/seed-document.xml"

# Leaks are not findings here (neither per input nor at exit): ZIPFoundation leaks its in-memory file on a
# damaged archive, which costs a one-shot command nothing.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
  -artifact_prefix="$scratch/crashes/" "$corpus"
