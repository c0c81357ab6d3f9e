#!/usr/bin/env python3
"""Build the bundled real catalogue (data/catalog/) from the reference metadata.

Reads, relative to the repository root (or --reference DIR):
  internet-plus-catalog-scouted.jsonl   the project's scouted list of Internet Plus documents
  state-council-catalog.csv             State Council documents 2008-2023 (metadata only)
and the taxonomy in data/taxonomy/. Writes corpus.json, documents/<id>.json and findings.json into
data/catalog/ (or --out DIR): deterministically (same input, same bytes), into a temporary directory
first, which is then swapped in, so a reader never sees a half-written catalogue.

Python 3 standard library only. Re-run it whenever the references or the taxonomy change:
    python3 tools/build-catalog.py [--reference DIR] [--taxonomy DIR] [--out DIR] [--check]
--check builds into a temporary directory and reports whether it equals the current catalogue.
"""
import argparse
import csv
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import provenance  # noqa: E402  (shared with migrate-provenance.py)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------------------- output format

def dumps(obj, indent=0):
    """JSON with 2-space indent, keys in the order given, arrays of scalars on one line."""
    pad, pad1 = "  " * indent, "  " * (indent + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad1 + json.dumps(k, ensure_ascii=False) + ": " + dumps(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        if all(not isinstance(x, (dict, list)) for x in obj):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in obj) + "]"
        return "[\n" + ",\n".join(pad1 + dumps(x, indent + 1) for x in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def write_file(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(obj) + "\n")
        f.flush()
        os.fsync(f.fileno())


def fsync_dir(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

# ----------------------------------------------------------------------------- rules and tables

GUIDING_OPINION = "国发〔2015〕40号"

# Inclusion rule for state-council-catalog.csv: written (or, when unknown, published) on or after
# 2015-01-01, published on or after 2015-01-01, and a title containing one of these terms.
SC_TERMS = ["互联网", "大数据", "电子商务", "数字经济", "人工智能", "信息消费", "宽带", "云计算", "智能制造",
            "物联网", "平台经济", "数字政府", "政务服务平台", "在线政务服务"]
SC_SINCE = "2015-01-01"

# Ids from document numbers: each character of the number's prefix becomes the initial of its pinyin.
# 国发〔2015〕40号 -> gf-2015-40; 国办发 -> gbf; 工信部信软 -> gxbxr; 发改经贸 -> fgjm.
# Provincial and municipal numbers drop their leading one-character province abbreviation and are
# prefixed by the first two digits of the division code (or the six-digit locality code):
# 川办发〔2015〕55号 -> 51-bf-2015-55; 沪府办发〔2017〕50号 -> 31-fbf-2017-50.
INITIALS = {
    "国": "g", "发": "f", "办": "b", "函": "h", "明": "m", "电": "d", "工": "g", "信": "x", "部": "b",
    "软": "r", "改": "g", "经": "j", "贸": "m", "基": "j", "础": "c", "农": "n", "市": "s", "人": "r",
    "社": "s", "政": "z", "府": "f", "厅": "t", "字": "z", "科": "k", "能": "n", "卫": "w", "交": "j",
    "商": "s", "财": "c", "银": "y", "民": "m", "环": "h", "教": "j", "规": "g", "划": "h", "通": "t",
    "运": "y", "资": "z", "源": "y", "函": "h", "秘": "m", "协": "x", "调": "d", "应": "y", "急": "j",
    "高": "g", "技": "j",
}
# One-character abbreviations used at the start of provincial document numbers (云 and 贵/黔 differ
# from the usual 滇 / 黔 abbreviations in divisions.json).
NUMBER_PROVINCE_CHARS = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "内": "150000", "辽": "210000",
    "吉": "220000", "黑": "230000", "沪": "310000", "苏": "320000", "浙": "330000", "皖": "340000",
    "闽": "350000", "赣": "360000", "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000",
    "粤": "440000", "桂": "450000", "琼": "460000", "渝": "500000", "川": "510000", "黔": "520000",
    "贵": "520000", "云": "530000", "滇": "530000", "藏": "540000", "陕": "610000", "甘": "620000",
    "青": "630000", "宁": "640000", "新": "650000",
}
# Localities below a province that occur in the references: name -> (full name, GB/T 2260 code).
LOCALITIES = {"东营": ("东营市", "370500")}

NUMBER_RE = re.compile(r"^(.+?)[〔\[［（(](\d{4})[〕\]］）)]第?(\d+)号$")
ASCII_NOTE_RE = re.compile(r"\s*\(([^()]*[A-Za-z][^()]*)\)")

KIND_SUFFIXES = [  # longest first: a title (or the document it transmits) ending in these words
    ("指导意见", "guiding-opinion"), ("实施意见", "implementation-opinion"), ("若干意见", "opinion"),
    ("意见", "opinion"), ("行动计划", "action-plan"), ("实施方案", "implementation-plan"),
    ("工作方案", "implementation-plan"), ("方案", "implementation-plan"), ("行动纲要", "plan"),
    ("纲要", "plan"), ("规划", "plan"), ("指南", "guideline"),
]

COMPREHENSIVE_RE = re.compile(r"互联网\+(三年)?行动")   # on a title normalised by norm()


def norm(s):
    """Title normalisation for matching: no quotes, brackets or spaces, one plus sign."""
    s = s.replace("＋", "+")
    return re.sub(r"[“”\"'‘’《》〈〉<>\s　]", "", s)


def initials(prefix):
    out = []
    for ch in prefix:
        if ch not in INITIALS:
            raise SystemExit(f"build-catalog: no initial for {ch!r} in number prefix {prefix!r}; add it to INITIALS")
        out.append(INITIALS[ch])
    return "".join(out)


def parse_number(number):
    if not number:
        return None
    m = NUMBER_RE.match(number.strip())
    if not m:
        return None
    return m.group(1), m.group(2), str(int(m.group(3)))


def short_hash(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def doc_kind(title):
    t = ASCII_NOTE_RE.sub("", title)
    t = re.sub(r"（[^（）]*(印发|通知|省|市|自治区)[^（）]*）$", "", t)   # scouting annotations such as （印发通知）
    t = re.sub(r"[（(][^（）()]*\d{4}[^（）()]*[）)]", "", t)          # year ranges (2016-2018年)
    t = t.strip()
    focus, transmitted = t, False
    m = re.search(r"(印发|转发)(.*)$", t)
    if m:
        focus, transmitted = m.group(2), True
        focus = re.sub(r"(的)?通知$", "", focus)
        whole = re.match(r"^《(.*)》$", focus)          # 《…〈nested〉…》: the outer pair
        inner = whole or re.match(r"^[《〈](.*?)[》〉]", focus)
        if inner:
            focus = inner.group(1)
    focus = focus.strip("《》〈〉 ")
    focus = re.sub(r"[（(][^（）()]*[）)]$", "", focus).strip()
    for word, kind in KIND_SUFFIXES:
        if focus.endswith(word):
            return kind
    if transmitted:  # the transmitted document's name ends otherwise (及配套政策措施, ...): last type word in it
        best = None
        for word, kind in KIND_SUFFIXES:
            i = focus.rfind(word)
            if i >= 0 and (best is None or i + len(word) > best[0]):
                best = (i + len(word), kind)
        if best:
            return best[1]
    if t.endswith("通知"):
        return "notice"
    return "other"


def code_areas(title, areas):
    t = ASCII_NOTE_RE.sub("", title).replace("＋", "+")
    t = re.sub(r"（[^（）]*(印发|通知)[^（）]*）$", "", t)   # scouting annotations such as （关于印发的通知）
    i = t.find("关于")          # code the subject, not the issuer's name (工业和信息化部, 交通运输部 ...)
    if i >= 0:
        t = t[i + 2:]
    return [a["id"] for a in areas if any(k in t for k in a["keywords"])]

# ----------------------------------------------------------------------------- taxonomy

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Taxonomy:
    def __init__(self, tdir):
        self.areas = sorted(load_json(os.path.join(tdir, "action-areas.json"))["areas"], key=lambda a: a["order"])
        self.divisions = load_json(os.path.join(tdir, "divisions.json"))["divisions"]
        self.issuers = load_json(os.path.join(tdir, "issuers.json"))["issuers"]
        self.issuer_by_name = {}
        for s in self.issuers:
            for name in [s["zh"]] + s["aliases"]:
                self.issuer_by_name.setdefault(name, s["id"])
        self.division_by_name = {}
        for d in self.divisions:
            for name in (d["zh"], d["name"], d["en"], d["code"]):
                self.division_by_name[name] = d["code"]

    def division(self, name):
        return self.division_by_name.get(name.strip())


def central_issuers(text, tax, problems):
    clean = ASCII_NOTE_RE.sub("", text).strip()
    ids = []
    for part in re.split(r"[、，,/＋+\s]+", clean):
        if not part:
            continue
        sid = tax.issuer_by_name.get(part)
        if sid is None and part.endswith("办公厅"):
            sid = tax.issuer_by_name.get(part[: -len("办公厅")])
        if sid is None:
            problems.append(f"unmapped issuer {part!r} in {text!r}")
            continue
        if sid not in ids:
            ids.append(sid)
    return ids


def local_issuer(text, level):
    clean = ASCII_NOTE_RE.sub("", text).strip()
    parts = [p for p in re.split(r"[、，,\s]+", clean) if p]
    if level == "municipal":
        return "municipal-general-office" if "办公厅" in clean else "municipal-government"
    if level == "provincial-department":
        return "provincial-department"
    if any(p.endswith("办公厅") for p in parts):
        return "provincial-general-office"
    if parts and all(re.search(r"(人民政府|省政府|市政府)$", p) for p in parts):
        return "provincial-government"
    return "provincial-department"

# ----------------------------------------------------------------------------- building documents

def make_id(doc, issuer_ids, region, locality):
    """The id without collision handling: from the number, else from issuer scope and date."""
    level = doc["level"]
    parsed = parse_number(doc["number"])
    if level in ("national", "ministerial"):
        scope = None
    elif locality:
        scope = locality["code"]
    else:
        scope = region[:2]
    if parsed:
        prefix, year, seq = parsed
        if scope:
            if prefix[0] in NUMBER_PROVINCE_CHARS and NUMBER_PROVINCE_CHARS[prefix[0]] == region:
                prefix = prefix[1:]
            return "-".join(x for x in (scope, initials(prefix), year, seq) if x)
        return f"{initials(prefix)}-{year}-{seq}"
    if scope:
        kind = {"provincial-government": "gov", "provincial-general-office": "go", "provincial-department": "dept",
                "municipal-government": "gov", "municipal-general-office": "go"}[issuer_ids[0]]
        base = f"{scope}-{kind}"
    else:
        base = issuer_ids[0] if issuer_ids else "unknown"
    date = doc["dateWritten"] or doc["datePublished"]
    if date:
        return f"{base}-{date.replace('-', '')}"
    return f"{base}-undated-{short_hash(doc['title'])}"


def cap_note(note, limit=600):
    if not note or len(note) <= limit:
        return note
    cut = note[:limit]
    j = max(cut.rfind(" | "), cut.rfind("; "), cut.rfind(". "))
    if j > limit // 2:
        cut = cut[:j]
    return cut.rstrip(" ;|.") + " […]"


def build_documents(ref, tax, problems, additions):
    docs = []
    # --- scouted list
    def add_record(r, lineno, origin):
        raw_level = r["level"]
        level = "provincial" if raw_level == "provincial-department" else raw_level
        region = locality = None
        if raw_level in ("national", "ministerial"):
            issuers = central_issuers(r["issuer"], tax, problems)
            if level == "national" and issuers and all(s not in ("state-council", "general-office") for s in issuers):
                level = "ministerial"   # the scouted list files ministries under "national"
        else:
            where = r["region_or_ministry"].split("/")
            region = tax.division(where[0])
            if region is None:
                problems.append(f"line {lineno}: unmapped region {r['region_or_ministry']!r}")
                return
            if raw_level == "municipal":
                name = where[1] if len(where) > 1 else ""
                if name not in LOCALITIES:
                    problems.append(f"line {lineno}: unknown locality {name!r}")
                    return
                locality = {"zh": LOCALITIES[name][0], "code": LOCALITIES[name][1]}
            issuers = [local_issuer(r["issuer"], raw_level)]
        title = r["title"]
        extra = {}
        m = ASCII_NOTE_RE.search(title)
        if m:
            extra["titleNote"] = m.group(1)
            title = ASCII_NOTE_RE.sub("", title).strip()
        docs.append({
            "title": title, "number": r["number"] or None, "issuers": issuers, "issuerText": r["issuer"],
            "level": level, "region": region, "locality": locality,
            "dateWritten": r["date_written"] or None, "datePublished": r["date_published"] or None,
            "url": r["url"] or None, "verified": bool(r["verified_by_excerpt"]),
            "verifiedURL": r.get("verified_url") or None, "origin": origin,
            "note": cap_note(r.get("note")), "extra": extra,
        })

    with open(os.path.join(ref, "internet-plus-catalog-scouted.jsonl"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                add_record(json.loads(line), lineno, "catalog-scouted")
    # --- the project's own additions (issue 12): same record shape, seen on stored public pages
    for i, r in enumerate(additions.get("documents", []), 1):
        add_record(r, i, "catalog-additions")
    # --- State Council catalogue
    seen_numbers = {d["number"] for d in docs if d["number"]}
    seen_titles = {norm(d["title"]) for d in docs}
    by_number = {d["number"]: d for d in docs if d["number"]}
    by_title = {norm(d["title"]): d for d in docs}
    sc_added = 0
    related_numbers = set(additions.get("relatedStateCouncil", []))
    with open(os.path.join(ref, "state-council-catalog.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            title, number = r["title"].strip(), (r["number"] or "").strip() or None
            written, published = r["date_written"] or None, r["date_published"] or None
            twin = by_number.get(number) if number else None
            twin = twin or by_title.get(norm(title))
            if twin is not None:
                twin["extra"]["alsoIn"] = "state-council-catalog"
                if (written and twin["dateWritten"] and written != twin["dateWritten"]) or \
                   (published and twin["datePublished"] and published != twin["datePublished"]):
                    problems.append(f"date differs from state-council-catalog: {twin['title']} "
                                    f"({twin['dateWritten']}/{twin['datePublished']} vs {written}/{published})")
                continue
            related = number in related_numbers
            if not related and not any(t in title for t in SC_TERMS):
                continue
            start = written or published
            if not start or start < SC_SINCE or not published or published < SC_SINCE:
                continue
            if (number and number in seen_numbers) or norm(title) in seen_titles:
                continue
            if number and number.startswith(("国办", )):
                issuer = "general-office"
            elif number and number.startswith("国"):
                issuer = "state-council"
            else:
                issuer = "general-office" if title.startswith("国务院办公厅") else "state-council"
            sc_added += 1
            docs.append({
                "title": title, "number": number, "issuers": [issuer], "issuerText": None,
                "level": "national", "region": None, "locality": None,
                "dateWritten": written, "datePublished": published, "url": r["url"] or None,
                "verified": False, "verifiedURL": None, "origin": "state-council-catalog",
                "note": "State Council catalogue record (dataset zongtihuoguoguan/Policy-Transparency-China-2024, "
                        "scraped from gov.cn in 2023); title, number and dates not checked against the document."
                        + (" Related document kept for context (named in issue 12): outside the Internet Plus keyword "
                           "rule, so counts scoped to policies leave it out (extra.scope = related)." if related else ""),
                "extra": {"scope": "related"} if related else {},
            })
            seen_titles.add(norm(title))
            if number:
                seen_numbers.add(number)
    # --- numbers a stored page shows for records without one
    for fill in additions.get("numbers", []):
        hits = [d for d in docs if norm(d["title"]) == norm(fill["title"])]
        if len(hits) != 1:
            raise SystemExit(f"build-catalog: number fill {fill['number']}: {len(hits)} records titled {fill['title']!r}")
        d = hits[0]
        if d["number"] and d["number"] != fill["number"]:
            raise SystemExit(f"build-catalog: {d['title']} already has number {d['number']}")
        d["number"] = fill["number"]
        d["note"] = cap_note(((d["note"] + " ") if d["note"] else "") + "Number added: " + fill["seen"])
    missing = related_numbers - {d["number"] for d in docs}
    if missing:
        raise SystemExit(f"build-catalog: related State Council numbers not in the csv: {sorted(missing)}")
    # --- ids
    bases = []
    for d in docs:
        bases.append(make_id(d, d["issuers"], d["region"], d["locality"]))
    counts = {}
    for b in bases:
        counts[b] = counts.get(b, 0) + 1
    for d, b in zip(docs, bases):
        d["id"] = b if counts[b] == 1 else f"{b}-{short_hash(d['title'])}"
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise SystemExit("build-catalog: duplicate ids after hashing; extend the id scheme")
    return docs, sc_added

# ----------------------------------------------------------------------------- basedOn

def first_date(d):
    dates = [x for x in (d["dateWritten"], d["datePublished"]) if x]
    return min(dates) if dates else None


def infer_based_on(docs):
    """Machine-inferred links from a document to the central document it implements, from titles only."""
    by_number = {d["number"]: d for d in docs if d["number"]}
    def find_title(fragment):
        hits = [d for d in docs if d["level"] == "national" and norm(fragment) == norm(d["title"])]
        return hits[0] if hits else None
    guiding = by_number.get(GUIDING_OPINION)
    industrial = find_title("国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见")
    mofcom_plan = next((d for d in docs if "mofcom" in d["issuers"] and "互联网+流通" in norm(d["title"])), None)
    national = [d for d in docs if d["level"] in ("national", "ministerial")]
    main_by_region = {}
    for d in sorted(docs, key=lambda x: (first_date(x) or "9999", x["id"])):
        if d["level"] == "provincial" and d["issuers"][0] in ("provincial-government", "provincial-general-office") \
                and COMPREHENSIVE_RE.search(norm(d["title"])):
            main_by_region.setdefault(d["region"], d)

    for d in docs:
        links, rules = [], []
        t = norm(d["title"])
        def add(target, rule):
            if target is None or target is d or target["id"] in links:
                return
            a, b = first_date(d), first_date(target)
            if a and b and a < b:          # a document cannot implement a later one
                return
            links.append(target["id"])
            if rule not in rules:
                rules.append(rule)
        # 1. the title quotes the full title of a central document in the corpus
        for n in national:
            nt = norm(n["title"])
            if len(nt) >= 10 and nt != t and nt in t:
                add(n, "title quotes the central document")
        # 2. comprehensive local Internet Plus documents
        if COMPREHENSIVE_RE.search(t):
            if d["level"] == "provincial" and d["issuers"][0] in ("provincial-government", "provincial-general-office"):
                add(guiding, "main provincial Internet Plus document -> guiding opinion")
                d["extra"]["role"] = "main-implementation"
            elif d["level"] == "municipal":
                add(main_by_region.get(d["region"]) or guiding, "municipal Internet Plus document -> its province's main document")
                d["extra"]["role"] = "main-implementation"
        # 3. central plans for one of the 11 actions named in the guiding opinion
        if d["level"] in ("national", "ministerial"):
            for area in ("创业创新", "协同制造", "现代农业", "智慧能源", "普惠金融", "益民服务", "高效物流", "电子商务",
                         "便捷交通", "绿色生态", "人工智能"):
                if "互联网+" + area in t:
                    add(guiding, "central plan for an action area of the guiding opinion")
        # 4. documents that implement a named national initiative
        # (local documents only, and not leading-group notices, which implement nothing)
        if d["level"] in ("provincial", "municipal") and "成立" not in t:
            gov = False
            if "信息惠民试点" in t and "互联网+政务服务" in t:
                add(by_number.get("国办发〔2016〕23号"), "topic: 互联网+政务服务 信息惠民试点 -> 国办发〔2016〕23号"); gov = True
            if "技术体系建设指南" in t:
                add(by_number.get("国办函〔2016〕108号"), "topic: 技术体系建设指南 -> 国办函〔2016〕108号"); gov = True
            if "一网、一门、一次" in t or "一网一门一次" in t:
                add(by_number.get("国办发〔2018〕45号"), "topic: 一网、一门、一次 -> 国办发〔2018〕45号"); gov = True
            if "一体化政务服务平台" in t or "一体化在线政务服务平台" in t:
                add(by_number.get("国发〔2018〕27号"), "topic: 一体化政务服务平台 -> 国发〔2018〕27号"); gov = True
            if not gov and "互联网+政务服务" in t:
                add(by_number.get("国发〔2016〕55号"), "topic: 互联网+政务服务 -> 国发〔2016〕55号")
            if "互联网+医疗健康" in t:
                add(by_number.get("国办发〔2018〕26号"), "topic: 互联网+医疗健康 -> 国办发〔2018〕26号")
            if "互联网+流通" in t:
                add(by_number.get("国办发〔2016〕24号"), "topic: 互联网+流通 -> 国办发〔2016〕24号")
            if "工业互联网" in t or "互联网+先进制造业" in t:
                add(industrial, "topic: 工业互联网 -> the 2017 State Council industrial internet opinion")
        # 5. the General Office opinion that says it carries out the MOFCOM 互联网+流通 action plan
        if d["level"] == "national" and "实施互联网+流通行动计划" in t:
            add(mofcom_plan, "topic: 实施“互联网+流通”行动计划 -> the MOFCOM action plan")
        d["basedOn"] = links
        if rules:
            d["extra"]["basedOnRule"] = "machine-inferred from the title: " + "; ".join(rules)

# ----------------------------------------------------------------------------- corpus and findings

CORPUS = {
    "schema": 1,
    "name": "互联网+ 政策目录（真实文件目录） / Internet Plus policy catalogue (real documents)",
    "description": (
        "Metadata only: titles, document numbers, issuers, dates and official URLs of real Internet Plus "
        "(互联网+) policy documents, with no document text. Two sources: the project's scouted list "
        "(national, ministerial, provincial and one municipal document; source.seen says where a copy of the "
        "document was seen (official site, third-party repost, news report) and which of title, number and "
        "date were seen on it), and State "
        "Council records from the Policy-Transparency-China-2024 dataset that concern Internet Plus: "
        "written and published on or after 2015-01-01 and titled with one of 互联网, 大数据, 电子商务, "
        "数字经济, 人工智能, 信息消费, 宽带, 云计算, 智能制造, 物联网, 平台经济, 数字政府, 政务服务平台, "
        "在线政务服务 (source.seen: not seen), plus five related State Council records kept for context (extra.scope = related). "
        "The project's own additions (origin catalog-additions) say where each was seen. Action areas and basedOn links are machine-inferred from titles "
        "(extra.basedOnRule says which rule). Findings are the project's own summaries of the 2020 review, "
        "each with a section locator. Built by tools/build-catalog.py."),
    "synthetic": False,
    "citations": [
        {"id": "review-2020",
         "text": "陈磊, 王柏村 等. “互联网+”行动计划的政策体系研究. 中国工程科学, 2020, 22(4): 131-138.",
         "doi": "10.15302/J-SSCAE-2020.04.003", "url": None},
        {"id": "catalog-scouted",
         "text": "ipap scouted catalogue of Internet Plus documents (two passes over public copies of the documents; "
                 "records not seen on a copy come from the Policy-Transparency-China-2024 dataset or a citation, "
                 "as each note says). Reference file internet-plus-catalog-scouted.jsonl.",
         "doi": None, "url": None},
        {"id": "catalog-additions",
         "text": "ipap catalogue additions (issue 12): documents, State Council records kept as related, document numbers "
                 "and per-province coverage, each with what was seen on a stored public web page and where "
                 "(data/catalog-sources/additions.json; coverage.json lists the searches tried where nothing was found).",
         "doi": None, "url": None},
        {"id": "state-council-catalog",
         "text": "Policy-Transparency-China-2024 (zongtihuoguoguan): State Council documents 2008-2023, title, "
                 "number, dates written and published, official gov.cn URL; scraped from gov.cn in 2023. "
                 "Reference file state-council-catalog.csv.",
         "doi": None, "url": "https://github.com/zongtihuoguoguan/Policy-Transparency-China-2024"},
        {"id": "guiding-opinion",
         "text": "国务院关于积极推进“互联网+”行动的指导意见, 国发〔2015〕40号, 2015-07-01 (published 2015-07-04).",
         "doi": None, "url": "http://www.gov.cn/zhengce/zhengceku/2015-07/04/content_10002.htm"},
    ],
}

# Findings: facts reported by the 2020 review, in the project's own words. Subjects are written as
# ("province", code), ("issuer", id), ("document", NUMBER or TITLE:<title>), ("area", id), ("corpus", "*");
# documents are resolved to ids at build time and must exist.
P = {"北京": "110000", "天津": "120000", "河北": "130000", "山西": "140000", "辽宁": "210000", "黑龙江": "230000",
     "上海": "310000", "江苏": "320000", "浙江": "330000", "安徽": "340000", "福建": "350000", "山东": "370000",
     "河南": "410000", "湖北": "420000", "重庆": "500000", "云南": "530000", "陕西": "610000", "青海": "630000",
     "宁夏": "640000"}
GO40 = ("document", GUIDING_OPINION)
IIOT = ("document", "TITLE:国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见")
CORP = ("corpus", "*")

def prov(*names):
    return [("province", P[n]) for n in names]

FINDINGS = [
    ("documents-collected", None, [CORP] + prov("北京", "河北", "安徽", "山东", "浙江", "宁夏"),
     "截至2020年6月，作者经政府网站和“白鹿智库”数据库检索，共收集到国家层面“互联网+”政策文件43份、省级层面140余份；点名的省份有北京、河北、安徽、山东、浙江、宁夏等。",
     "By June 2020 the authors had gathered, from government websites and the Bailu policy database, 43 national-level and more than 140 provincial-level Internet Plus policy documents; the provinces named include Beijing, Hebei, Anhui, Shandong, Zhejiang and Ningxia.",
     "section 2 (二), introduction"),
    ("all-provinces-by-2019", None, [CORP],
     "到2019年4月，31个省级行政区都已出台“互联网+”相关政策。",
     "By April 2019 all 31 provincial-level divisions had issued Internet Plus policies.",
     "section 2.1 (二（一）)"),
    ("based-on-guiding-opinion", "homogenization", [CORP, GO40],
     "31个省级行政区中有29个直接以指导意见为依据制定本地“互联网+”政策（实施意见、行动计划等）。",
     "29 of the 31 provincial-level divisions drew up their Internet Plus policies (implementation opinions, action plans and the like) directly on the basis of the guiding opinion.",
     "section 2.1 (二（一）); section 3.2 (三（二）)"),
    ("ministerial-sectors", None, [CORP],
     "部委层面的“互联网+”政策覆盖20多个行业或领域，包括智能制造、能源、农业、环保、医疗、交通、监管、政务服务、养老、公共服务、教育、旅游和物流。",
     "Ministry-level Internet Plus policies span more than 20 sectors, among them smart manufacturing, energy, agriculture, environmental protection, health care, transport, market supervision, government services, elderly care, public services, education, tourism and logistics.",
     "section 2.1 (二（一）)"),
    ("central-orientation", None, [CORP],
     "按政策目标看，中央层面“互联网+”政策以任务导向型居多；按政策工具看，供给型、环境型和需求型工具都有使用。",
     "By goal, central Internet Plus policies are mostly mission-oriented; by instrument, they use supply-side, environmental and demand-side tools alike.",
     "section 2.1 (二（一）)"),
    ("pilots-in-guiding-opinion", None, [GO40],
     "指导意见要求开展“互联网+”试点示范，支持自主创新示范区和现代农业示范区先行先试；部委的领域行动计划也把试点示范列为重点工作。",
     "The guiding opinion calls for Internet Plus pilots and demonstrations and lets innovation demonstration zones and modern-agriculture demonstration zones try policies first; the ministries' sectoral action plans likewise make pilots a core task.",
     "section 2.2 (二（二）)"),
    ("demonstration-pilots", None, prov("安徽", "辽宁", "江苏", "重庆", "福建", "湖北", "河南", "山西", "黑龙江", "青海"),
     "安徽、辽宁、江苏、重庆、福建、湖北、河南、山西、黑龙江、青海十省（市）在“互联网+”实施意见的保障措施中，都提出支持重点区域和城市开展示范试点、培育示范园区、平台和企业，并争取国家政策创新试点。",
     "Ten provinces (Anhui, Liaoning, Jiangsu, Chongqing, Fujian, Hubei, Henan, Shanxi, Heilongjiang, Qinghai) committed in the supporting measures of their implementation opinions to pilot demonstrations in key areas and cities, to demonstration parks, platforms and firms, and to bidding for national policy-innovation pilots.",
     "section 2.2 (二（二）)"),
    ("national-major-projects", None, prov("北京", "浙江", "云南"),
     "北京、浙江、云南等地主动与国家“互联网+”重大工程衔接，储备项目，推动融合创新项目的论证和实施。",
     "Beijing, Zhejiang, Yunnan and others linked up with the national Internet Plus major projects, building project pipelines and moving integration projects through appraisal to implementation.",
     "section 2.2 (二（二）)"),
    ("entrepreneurship-first-action", None, [GO40, ("area", "entrepreneurship")],
     "指导意见把互联网对大众创业、万众创新的支撑作用列为发展目标，并把“互联网+”创业创新列为第一项重点行动。",
     "The guiding opinion makes the internet's support for mass entrepreneurship and innovation one of its goals and lists Internet Plus entrepreneurship and innovation as the first of its key actions.",
     "section 2.3 (二（三）)"),
    ("entrepreneurship-25-provinces", None, [CORP, ("area", "entrepreneurship")] + prov("北京", "天津", "上海"),
     "北京、天津、上海等25个省级行政区把“互联网+”创业创新列为优先或专项行动、重点任务，建设众创空间、孵化器等双创平台和示范基地。",
     "25 provincial-level divisions, Beijing, Tianjin and Shanghai among them, made Internet Plus entrepreneurship and innovation a priority action, special action or key task, building maker spaces, incubators and demonstration bases.",
     "section 2.3 (二（三）)"),
    ("industrial-internet-six-directions", None, [IIOT, ("area", "manufacturing")],
     "2017年国务院工业互联网指导意见从网络基础、平台体系、产业支撑、融合应用、生态体系、安全保障、开放合作六个方向部署，比指导意见更具体、更可操作。",
     "The 2017 State Council opinion on the industrial internet sets out work in six directions (network foundations, platforms, industrial support, integrated applications, the ecosystem with security, and opening up), more concrete and operational than the guiding opinion.",
     "section 2.4 (二（四）)"),
    ("miit-nb-iot", None, [("issuer", "miit")],
     "工业和信息化部办公厅关于全面推进移动物联网（NB-IoT）建设发展的通知，为夯实网络基础提供了细化的配套政策。",
     "The MIIT General Office notice on building out the mobile Internet of Things (NB-IoT) is cited as a detailed supporting policy for strengthening network foundations.",
     "section 2.4 (二（四）)"),
    ("shanxi-enterprise-cloud", None, prov("山西") + [("area", "manufacturing")],
     "山西省“企业上云”行动计划（2018—2020年）先在中小微企业推广云计算初级应用、再向大中型企业深化，用以落实山西省工业互联网实施意见。",
     "Shanxi's 'enterprises to the cloud' action plan (2018-2020) starts with basic cloud use in small firms and deepens it in large ones, as a way of carrying out Shanxi's implementation opinion on the industrial internet.",
     "section 2.4 (二（四）)"),
    ("tianjin-three-networks", None, prov("天津") + [("area", "agriculture"), ("document", "农市发〔2016〕2号")],
     "天津市农村工作委员会以“三网联动”工程（物联网+、电商网+、信息网+农业）落实农业部等部门的《“互联网+”现代农业三年行动实施方案》。",
     "Tianjin's rural work commission carries out the national three-year plan for Internet Plus modern agriculture through a 'three networks' project (Internet of Things, e-commerce and information networks for agriculture).",
     "section 2.4 (二（四）)"),
    ("shaanxi-transport-platforms", None, prov("陕西") + [("area", "transport")],
     "陕西省人民政府办公厅关于综合交通运输体系的意见通过建设五大信息平台推进智慧交通，是“互联网+”在地方落地的例子。",
     "The Shaanxi General Office opinion on an integrated transport system pursues smart transport through five information platforms, an example of Internet Plus made concrete at local level.",
     "section 2.4 (二（四）)"),
    ("central-ministries", "fragmentation", [("issuer", "miit"), ("issuer", "ndrc"), ("issuer", "mof"), ("issuer", "most")],
     "在“互联网+”初期，国家政策以任务导向为主，目标偏重基础设施，相关工作主要涉及工业和信息化部、国家发展和改革委员会、财政部和科学技术部。",
     "In the early phase national Internet Plus policy was mainly mission-oriented and aimed largely at infrastructure; the work mainly concerned MIIT, NDRC, the Ministry of Finance and the Ministry of Science and Technology.",
     "section 3.1 (三（一）)"),
    ("overlapping-infrastructure", "fragmentation", [CORP, IIOT],
     "主管部门先后密集发文，部分内容重叠、延续性和针对性不强；例如包括2017年工业互联网指导意见在内的几份文件都对网络基础设施提出了相近的要求，地方执行时顾此失彼、疲于应付。",
     "The responsible departments issued documents in quick succession, partly overlapping and with weak continuity and focus; several of them, the 2017 industrial-internet opinion among them, set similar requirements for network infrastructure, and local implementers could not keep up.",
     "section 3.1 (三（一）)"),
    ("no-evaluation-standard", "evaluation", [CORP, GO40],
     "指导意见出台后，全国尚未形成统一的“互联网+”政策效果评估标准体系。",
     "Since the guiding opinion, no common national standard for evaluating the effects of Internet Plus policy has been established.",
     "section 3.1 (三（一）), cause 3"),
    ("identical-goals", "homogenization", prov("河北", "山西", "云南", "陕西") + [GO40],
     "河北、山西、云南、陕西四省提出的发展目标与指导意见完全相同。",
     "Hebei, Shanxi, Yunnan and Shaanxi set development goals identical to those of the guiding opinion.",
     "section 3.2 (三（二）)"),
    ("identical-actions", "homogenization", prov("黑龙江", "陕西") + [GO40],
     "黑龙江、陕西两省提出的重点行动与指导意见完全相同。",
     "Heilongjiang and Shaanxi adopted key actions identical to those of the guiding opinion.",
     "section 3.2 (三（二）)"),
    ("vertical-horizontal", "homogenization", [CORP],
     "地方同质化分两类：纵向同质化指地方不顾自身比较优势照搬中央政策；横向同质化指地方机械参照先行地区的政策、复制其做法。",
     "Local homogenization takes two forms: vertical, where a locality copies central policy regardless of its own comparative advantages, and horizontal, where it mechanically follows the policies and practices of localities that moved earlier.",
     "section 3.2 (三（二）)"),
    ("smart-agriculture-stuck", "homogenization", [("area", "agriculture")],
     "偏远农村互联网基础设施滞后、农业生产者对智能产品认知低、农业数据利用率低且分割明显，“互联网+”智慧农业仍停留在示范阶段。",
     "With internet infrastructure lagging in remote rural areas, farmers little acquainted with smart products and agricultural data poorly used and fragmented, Internet Plus smart agriculture has not moved beyond demonstrations.",
     "section 3.2 (三（二）), cause 1"),
    ("parks-and-pilots", "unclear-tasks", [CORP],
     "一些地方受热门概念驱动，以建园区、搞试点为目标，大量建设互联网产业园和创业园，表面成效显著，实际供需失衡。",
     "Driven by fashionable concepts, some localities made building parks and pilots the goal itself, setting up many internet-industry and start-up parks that looked successful but left supply and demand out of balance.",
     "section 3.3 (三（三）)"),
    ("issuance-overload", "unclear-tasks", [CORP],
     "指导意见之后部委又密集印发一系列“互联网+”文件，地方部门人力、精力和认知有限，忙于应对新政策而顾不上老政策。",
     "After the guiding opinion the ministries issued a stream of further Internet Plus documents; local departments, limited in staff, time and expertise, were kept busy with new policies and neglected older ones.",
     "section 3.3 (三（三）), cause 2"),
    ("sme-financing", "unclear-tasks", [CORP, ("area", "finance")],
     "中小企业融资难、续贷依赖高成本社会渠道，削弱了企业投资“互联网+”的意愿。",
     "SMEs' difficulty in borrowing, and their reliance on costly informal channels to roll over loans, hold back their Internet Plus investment.",
     "section 3.3 (三（三）), cause 3"),
    ("no-evaluation-system", "evaluation", [CORP],
     "地方“互联网+”政策普遍缺少评估目标和评价体系；政策迭代快，各地存在不会评、无暇评、无机制评、评估结果无法转化的问题。",
     "Local Internet Plus policies generally lack evaluation goals and an evaluation system; as policies change quickly, localities do not know how to evaluate, lack time or a mechanism for it, or cannot turn results into action.",
     "section 3.4 (三（四）)"),
    ("three-withouts", "evaluation", [CORP],
     "多数地方在保障措施中承诺出台行业专题行动计划，但实际推进中常常缺少监督、评估和奖惩（所谓“三无”）。",
     "Most localities promised sectoral action plans in their supporting measures, yet in practice the work often ran without supervision, evaluation, or rewards and penalties.",
     "section 3.4 (三（四）), cause 2"),
    ("ip-and-data", "governance", [CORP],
     "“互联网+”推进中出现了知识产权和数据归属方面的新问题；数据权属尚未纳入法律保护范围。",
     "Internet Plus brings new questions of intellectual property and data ownership; ownership of data is not yet protected by law.",
     "section 3.5 (三（五）)"),
    ("shared-bikes", "governance", [CORP, ("area", "transport")],
     "共享单车和网约车引发公共服务与安全问题；2017—2018年共享单车市场爆发式增长，伴随乱停乱放等社会问题。",
     "Shared bikes and ride-hailing raise public-service and safety problems; the shared-bike market boomed in 2017-2018, bringing disorderly parking and other social problems.",
     "section 3.5 (三（五）)"),
]


def build_findings(docs):
    by_number = {d["number"]: d["id"] for d in docs if d["number"]}
    by_title = {norm(d["title"]): d["id"] for d in docs}
    out = []
    for fid, family, about, zh, en, locator in FINDINGS:
        subjects = []
        for kind, ref in about:
            if kind == "document":
                did = by_title.get(norm(ref[6:])) if ref.startswith("TITLE:") else by_number.get(ref)
                if did is None:
                    raise SystemExit(f"build-catalog: finding {fid}: no document {ref}")
                ref = did
            subjects.append({"kind": kind, "id": ref})
        out.append({"id": fid, "family": family, "about": subjects, "zh": zh, "en": en,
                    "citation": {"source": "review-2020", "locator": locator}})
    return {"schema": 1, "findings": out}


# ----------------------------------------------------------------------------- coverage

def build_coverage(documents, tax, additions):
    """Per province: its main implementation document, else the placeholder from the additions (not found,
    with the searches tried), so that the findings check can say which province lacks what."""
    main = {}
    for d in sorted(documents, key=lambda x: (first_date(x) or "9999", x["id"])):
        if d["level"] == "provincial" and d["extra"].get("role") == "main-implementation":
            main.setdefault(d["region"], d)
    placeholders = {c["code"]: c for c in additions.get("coverage", [])}
    out = []
    for div in tax.divisions:
        code = div["code"]
        if code in main:
            d = main[code]
            seen = d["source"]["seen"]
            if seen["where"] == "not-seen":
                text = "catalogue record, copy not seen; official URL " + (d["source"]["url"] or "unknown")
            else:
                text = ", ".join(seen["fields"]) + " seen (" + seen["where"] + ") at " + (seen["url"] or "unknown")
            out.append({"code": code, "status": "found", "document": d["id"], "seen": text, "searches": []})
        elif code in placeholders:
            p = placeholders[code]
            out.append({"code": code, "status": "not-found", "document": None, "seen": p.get("seen"), "searches": p["searches"]})
        else:
            out.append({"code": code, "status": "not-found", "document": None, "seen": None, "searches": []})
    return {"schema": 1, "provinces": sorted(out, key=lambda x: x["code"])}

# ----------------------------------------------------------------------------- assembly and checks

def document_json(d, tax):
    areas = code_areas(d["title"], tax.areas)
    coding = "machine"
    if d["number"] == GUIDING_OPINION:       # the source of the 11 areas: all of them, by definition
        areas, coding = [a["id"] for a in tax.areas], "manual"
    return {
        "schema": 1, "id": d["id"], "title": d["title"], "number": d["number"], "issuers": d["issuers"],
        "issuerText": d["issuerText"], "level": d["level"], "region": d["region"], "locality": d["locality"],
        "dateWritten": d["dateWritten"], "datePublished": d["datePublished"], "kind": doc_kind(d["title"]),
        "basedOn": d["basedOn"], "actionAreas": {"ids": areas, "coding": coding},
        "source": {"url": d["url"],
                   "seen": provenance.seen(d["verified"], d["verifiedURL"] or d["url"], d["number"],
                                           bool(d["dateWritten"] or d["datePublished"]), d["note"]),
                   "origin": d["origin"]},
        "note": d["note"], "synthetic": False, "text": None,
        "extra": dict(sorted(d["extra"].items())),
    }


def check(documents, findings, tax):
    ids = {d["id"] for d in documents}
    areas = {a["id"] for a in tax.areas}
    issuers = {s["id"] for s in tax.issuers}
    divisions = {d["code"] for d in tax.divisions}
    errors = []
    if len(ids) != len(documents):
        errors.append("duplicate document ids")
    for d in documents:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", d["id"]):
            errors.append(f"{d['id']}: bad id")
        errors += [f"{d['id']}: unknown issuer {s}" for s in d["issuers"] if s not in issuers]
        errors += [f"{d['id']}: unknown area {a}" for a in d["actionAreas"]["ids"] if a not in areas]
        errors += [f"{d['id']}: dangling basedOn {b}" for b in d["basedOn"] if b not in ids]
        if d["level"] in ("provincial", "municipal") and d["region"] not in divisions:
            errors.append(f"{d['id']}: region {d['region']} not a division")
        if d["level"] in ("national", "ministerial") and d["region"] is not None:
            errors.append(f"{d['id']}: central document with a region")
    for f in findings["findings"]:
        for s in f["about"]:
            ok = {"province": divisions, "issuer": issuers, "document": ids, "area": areas, "corpus": {"*"}}[s["kind"]]
            if s["id"] not in ok:
                errors.append(f"finding {f['id']}: unknown {s['kind']} {s['id']}")
    if errors:
        raise SystemExit("build-catalog: " + "\n  ".join(errors))


def build(ref, tdir, out_parent_tmp, additions_path=None):
    tax = Taxonomy(tdir)
    problems = []
    additions = load_json(additions_path) if additions_path and os.path.exists(additions_path) else {}
    docs, sc_added = build_documents(ref, tax, problems, additions)
    infer_based_on(docs)
    documents = sorted((document_json(d, tax) for d in docs), key=lambda x: x["id"])
    findings = build_findings(docs)
    check(documents, findings, tax)
    os.makedirs(os.path.join(out_parent_tmp, "documents"))
    write_file(os.path.join(out_parent_tmp, "corpus.json"), CORPUS)
    for d in documents:
        write_file(os.path.join(out_parent_tmp, "documents", d["id"] + ".json"), d)
    write_file(os.path.join(out_parent_tmp, "findings.json"), findings)
    write_file(os.path.join(out_parent_tmp, "coverage.json"), build_coverage(documents, tax, additions))
    fsync_dir(os.path.join(out_parent_tmp, "documents"))
    fsync_dir(out_parent_tmp)
    return documents, findings, sc_added, problems


def same_tree(a, b):
    def files(root):
        out = {}
        for dp, _, fs in os.walk(root):
            for f in fs:
                p = os.path.join(dp, f)
                with open(p, "rb") as h:
                    out[os.path.relpath(p, root)] = h.read()
        return out
    return os.path.isdir(b) and files(a) == files(b)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", default=os.path.join(ROOT, "..", "shared", "reference"))
    ap.add_argument("--taxonomy", default=os.path.join(ROOT, "data", "taxonomy"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "catalog"))
    ap.add_argument("--additions", default=os.path.join(ROOT, "data", "catalog-sources", "additions.json"),
                    help="the project's own additions (documents, related State Council numbers, number fills, coverage)")
    ap.add_argument("--check", action="store_true", help="build to a temporary directory and compare, write nothing")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    parent = os.path.dirname(out)
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".catalog-new-", dir=parent)
    try:
        documents, findings, sc_added, problems = build(args.reference, args.taxonomy, tmp, args.additions)
        for p in problems:
            print("note:", p, file=sys.stderr)
        if args.check:
            same = same_tree(tmp, out)
            print("catalogue is up to date" if same else "catalogue differs from a fresh build")
            return 0 if same else 1
        old = None
        if os.path.exists(out):
            old = tempfile.mkdtemp(prefix=".catalog-old-", dir=parent)
            os.rmdir(old)
            os.rename(out, old)
        os.rename(tmp, out)
        tmp = None
        fsync_dir(parent)
        if old:
            shutil.rmtree(old)
    finally:
        if tmp and os.path.exists(tmp):
            shutil.rmtree(tmp)
    by = {}
    for d in documents:
        key = (d["source"]["origin"], d["level"])
        by[key] = by.get(key, 0) + 1
    print(f"wrote {len(documents)} documents and {len(findings['findings'])} findings to {out}")
    for (origin, level), n in sorted(by.items()):
        print(f"  {origin:22} {level:12} {n}")
    print(f"  state-council-catalog records added: {sc_added}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
