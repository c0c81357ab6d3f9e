#!/usr/bin/env python3
"""The experiments behind the sixth generator's list of misses (docs/indicators.md): one text changed, the
corpus analysed again, the pair's passages over the plant compared.

Usage: sixth_experiments.py R60 R1000B
  R60:    the directory of `benchmarks/sixth.sh "1 2 3 4 5" 60 R60`
  R1000B: the directory of `benchmarks/sixth.sh "2 3" 1000 R1000B`
IPAP (default: ipap) is the binary; IPAP_DATA as for sixth.sh. Work directories go to a temporary folder.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

IPAP = os.environ.get("IPAP", "ipap")


def analyse(corpus):
    out = subprocess.run([IPAP, "analyze", "--corpus", corpus, "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def passages(analysis, s, t, lo, hi):
    for p in analysis["reuse"]:
        if p["source"] == s and p["target"] == t:
            return [q for q in p["passages"] if q["target"][0] < hi and q["target"][1] > lo]
    return "pair not listed"


def edit(corpus, doc, old, new):
    path = os.path.join(corpus, "documents", doc + ".json")
    d = json.load(open(path, encoding="utf-8"))
    assert d["text"].count(old) == 1, (doc, old)
    d["text"] = d["text"].replace(old, new)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)


def copy_corpus(src, dst, only=None):
    if only is None:
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("analysis"))
        return
    os.makedirs(os.path.join(dst, "documents"))
    shutil.copy(os.path.join(src, "corpus.json"), dst)
    for d in only:
        rec = json.load(open(os.path.join(src, "documents", d + ".json"), encoding="utf-8"))
        rec["basedOn"] = []
        with open(os.path.join(dst, "documents", d + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)


def main():
    r60, r1000b = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="sixth-exp-")
    # 1. a copy starting with a deadline phrase before a changed place, the source's item marker deleted
    src = os.path.join(r60, "s2-n60", "corpus")
    a = analyse(src)
    print("1. s2 x 60, g6-00009 -> g6-00025, plant target [1062,1144):")
    print("   as generated:      ", passages(a, "g6-00009", "g6-00025", 1062, 1144))
    c = os.path.join(tmp, "e1")
    copy_corpus(src, c)
    edit(c, "g6-00009", "一是三年内全国认定分享经济", "三年内全国认定分享经济")
    print("   一是 deleted:       ", passages(analyse(c), "g6-00009", "g6-00025", 1060, 1144))
    # 2. short copies of one sentence, six documents, with and without the source's item marker
    src = os.path.join(r1000b, "s3-n1000", "corpus")
    six = ["g6-00000", "g6-00025", "g6-00089", "g6-00094", "g6-00150", "g6-00275"]
    c = os.path.join(tmp, "e2")
    copy_corpus(src, c, six)
    a = analyse(c)
    cases = [("g6-00089", "g6-00150", 1068, 1113, "；四是至2021年底全国发展", "；至2021年底全国发展"),
             ("g6-00025", "g6-00094", 862, 902, "一是建立打造特色鲜明的跨境", "建立打造特色鲜明的跨境"),
             ("g6-00000", "g6-00275", 1110, 1150, "一是开展智慧环保与社区团购", "开展智慧环保与社区团购")]
    print("2. s3 x 1000, six of its documents alone:")
    for s, t, lo, hi, old, new in cases:
        print(f"   {s} -> {t} as generated: ", passages(a, s, t, lo, hi))
    for s, t, lo, hi, old, new in cases:
        edit(c, s, old, new)
    a = analyse(c)
    for s, t, lo, hi, old, new in cases:
        print(f"   {s} -> {t} marker deleted:", passages(a, s, t, lo, hi))
    # 3. a page break inside an English abbreviation
    c = os.path.join(tmp, "e3")
    copy_corpus(src, c)
    print("3. s3 x 1000, g6-00041 -> g6-00115, plant target [1845,1908):")
    print("   as generated:      ", passages(analyse(src), "g6-00041", "g6-00115", 1845, 1908))
    edit(c, "g6-00115", "RF\n— 3 —\n贵州省人民政府关于大力发展智\nID技术发展", "RFID技\n— 3 —\n贵州省人民政府关于大力发展智\n术发展")
    print("   break moved:       ", passages(analyse(c), "g6-00041", "g6-00115", 1845, 1908))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
