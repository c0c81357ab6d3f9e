#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""g7: synthetic corpus of PDF/Word-converted "Internet Plus" policy documents with planted copies.

usage: gen.py OUTDIR [--seed N]
writes OUTDIR/src/manifest.csv, OUTDIR/src/texts/*.txt, OUTDIR/truth.json
"""
import sys, os, json, random, csv, difflib, unicodedata, datetime, argparse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bank import *

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--per-cat", type=int, default=55)
ap.add_argument("--formula-pairs", type=int, default=50)
ap.add_argument("--pre-picks", type=int, default=2, help="stock preamble formulae per document (2 of 12: each in ~17%% of documents)")
args = ap.parse_args()
R = random.Random(args.seed)

FW = {chr(c): chr(c + 0xFEE0) for c in range(0x30, 0x3A)}


def is_content(ch):
    c = unicodedata.category(ch)
    return c[0] in "LN"


def clen(s):
    return sum(1 for ch in s if is_content(ch))


def to_fw(s):
    return "".join(FW.get(ch, ch) for ch in s)


CN_NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    return CN_NUM[n // 10 - 1] + "十" + (CN_NUM[n % 10 - 1] if n % 10 else "")


# ------------------------------------------------------------------ documents
class Doc:
    pass


docs = []
def add_doc(**kw):
    d = Doc()
    d.__dict__.update(kw)
    d.blocks = []          # list of ("line", text) / ("para", [ [text, tag], ...]) / ("table", [rows])
    d.task_paras = []      # indices of para blocks where plants may be inserted
    docs.append(d)
    return d


def rdate(a, b):
    a = datetime.date.fromisoformat(a); b = datetime.date.fromisoformat(b)
    return a + datetime.timedelta(days=R.randrange((b - a).days + 1))


used_dates = set()
def uniq_date(a, b):
    for _ in range(1000):
        d = rdate(a, b)
        if d not in used_dates:
            used_dates.add(d)
            return d
    return rdate(a, b)


for i, (cid, iss, pre, lvl, title) in enumerate(CENTRAL):
    dt = uniq_date("2015-07-01", "2015-12-31") if i < 4 else uniq_date("2016-01-01", "2016-05-31")
    add_doc(id=cid, issuer=iss, level=lvl, region="", prov=None, city=None, title=title,
            number=f"{pre}〔{dt.year}〕{R.randint(5, 80)}号", date=dt, based_on="" if cid == "gov-guide" else "gov-guide")
for mid, iss, pre, title in MINISTRIES:
    dt = uniq_date("2015-08-15", "2016-06-30")
    add_doc(id="m-" + mid, issuer=iss, level="ministerial", region="", prov=None, city=None, title=title,
            number=f"{pre}〔{dt.year}〕{R.randint(10, 500)}号", date=dt, based_on="gov-guide")

PROV_KIND = ["关于积极推进“互联网+”行动的实施意见", "关于加快推进“互联网+{t}”的实施方案", "“互联网+{t}”行动计划（2016—2018年）",
             "关于深入推进“互联网+{t}”的实施意见", "关于印发“互联网+{t}”三年行动方案的通知"]
prov_docs = {}
pi = 0
for pname, pfull, pre, cities in PROVINCES:
    k = 3 if pname in ("四川", "广东", "江苏", "浙江", "山东", "河南", "湖北", "湖南") else 2
    if pname in ("青海", "宁夏", "海南"):
        k = 1
    prov_docs[pname] = []
    for j in range(k):
        t = R.choice(TOPICS[1:])
        kind = PROV_KIND[0] if j == 0 else R.choice(PROV_KIND[1:])
        iss = pfull + ("人民政府" if j == 0 or R.random() < 0.5 else "人民政府办公厅")
        dt = uniq_date("2015-10-01", "2016-06-30") if j == 0 else uniq_date("2016-04-01", "2017-09-30")
        pi += 1
        d = add_doc(id=f"p{pi:02d}-{j}", issuer=iss, level="provincial", region=pname, prov=(pname, pfull), city=None,
                    title=iss + kind.replace("{t}", t) if not kind.startswith("“") else pfull + kind.replace("{t}", t),
                    number=f"{pre}〔{dt.year}〕{R.randint(2, 120)}号", date=dt, based_on="gov-guide")
        prov_docs[pname].append(d)
    prov_docs[pname].sort(key=lambda d: d.date)

CITY_KIND = ["关于推进“互联网+”行动的实施意见", "关于加快发展“互联网+{t}”的实施方案", "“互联网+{t}”行动计划",
             "关于推进“互联网+{t}”工作的实施意见", "关于印发“互联网+{t}”实施方案的通知", "“互联网+{t}”管理办法"]
COUNTIES = ["高新区", "经开区", "新区", "东区", "西区", "南区", "北区", "城区"]
ci = 0
city_docs = []
n_city_target = 322
all_cities = [(p, c) for p in PROVINCES for c in p[3]]
while len(city_docs) < n_city_target:
    for (pname, pfull, pre, cities), c in all_cities:
        if len(city_docs) >= n_city_target:
            break
        if R.random() < 0.45:
            continue
        t = R.choice(TOPICS[1:])
        kind = R.choice(CITY_KIND)
        cfull = c + "市"
        iss = cfull + ("人民政府" if R.random() < 0.6 else "人民政府办公室")
        first = prov_docs[pname][0].date
        dt = uniq_date(str(first + datetime.timedelta(days=20)), "2018-12-31")
        ci += 1
        d = add_doc(id=f"c{ci:03d}", issuer=iss, level="municipal", region=pname, prov=(pname, pfull), city=(c, cfull),
                    title=(iss + kind if not kind.startswith("“") else cfull + kind).replace("{t}", t),
                    number=f"{c[0]}府{'办' if '办公室' in iss else ''}发〔{dt.year}〕{R.randint(1, 90)}号", date=dt,
                    based_on=prov_docs[pname][0].id)
        d.articles = "管理办法" in kind
        city_docs.append(d)

for d in docs:
    d.articles = getattr(d, "articles", False) or (d.level in ("provincial", "municipal") and R.random() < 0.08)
    d.width = R.randint(30, 40)
    d.page_len = R.randint(22, 30)
    d.footer_style = R.choice(["— {n} —", "-{n}-", "- {n} -", "—{n}—", "－ {n} －", "第{n}页"])
    d.footer_blank = R.random() < 0.4
    d.running_header = (d.issuer + "文件") if R.random() < 0.2 else None
    d.indent = R.choice(["", "　　", "  "])
    d.fw = R.random() < 0.3
    d.halfpunct = R.random() < 0.2
    d.spaces = R.random() < 0.25
    d.target_len = R.randint(4000, 7800)
    d.own_sents = set()

by_id = {d.id: d for d in docs}

import re as _re


def max_fixed(t):
    parts = _re.split(r"\{[A-Za-z0-9]+\}", t)
    return max(len([c for c in p if is_content(c) and not c.isdigit()]) for p in parts)


# templates whose fixed text alone reaches 17 content characters would repeat a 20-character run in every document
# that uses them: left out (kept in bank.py for the count of the phrase bank)
TPL_NAMES_PROV = [t for t in TPL_NAMES_PROV if max_fixed(t) < 24]
TPL_NAMES_CENTRE = [t for t in TPL_NAMES_CENTRE if max_fixed(t) < 24]
print("templates in use:", len(TPL_OWN), len(TPL_NUMBERS), len(TPL_NAMES_CENTRE), len(TPL_NAMES_PROV), file=sys.stderr)

# ------------------------------------------------------------------ slot filling

def place_words(d):
    if d.level in ("national", "ministerial"):
        return ["全国", "", "各地"]
    if d.level == "provincial":
        return ["全省", "我省", d.prov[1], ""]
    return ["全市", "我市", d.city[1], ""]


def dept(d):
    if d.level in ("national", "ministerial"):
        return R.choice(CENTRAL_DEPTS)
    if d.level == "provincial":
        return "省" + R.choice(PROV_DEPTS)
    return "市" + R.choice(CITY_DEPTS)


def a_city(d):
    if d.level in ("national", "ministerial"):
        p = R.choice(PROVINCES)
        return R.choice(p[3]) + "市"
    if d.level == "provincial":
        return R.choice(d.prov and [p for p in PROVINCES if p[0] == d.prov[0]][0][3]) + "市"
    return d.city[1] + R.choice(COUNTIES)


def fill(t, d, extra=None):
    ind, ind2 = R.sample(INDUSTRIES, 2)
    tech, tech2 = R.sample(TECHS, 2)
    dep1 = dept(d); dep2 = dept(d)
    while dep2 == dep1:
        dep2 = dept(d)
    vals = dict(P=R.choice(place_words(d)), ind=ind, ind2=ind2, tech=tech, tech2=tech2, ent=R.choice(ENTITIES),
                park=R.choice(PARKS), dept=dep1, dept2=dep2, n=str(R.choice([R.randint(3, 60), R.randint(100, 900), R.randint(1000, 9000)])),
                n2=str(R.randint(2, 300)), yr=str(R.choice([2017, 2018, 2019, 2020, 2022, 2025])), pct=str(R.randint(30, 98)),
                pct2=str(R.randint(20, 99)), out=R.choice(OUTCOMES), city=a_city(d))
    if d.prov:
        vals.update(PROV=d.prov[1].replace("省", "") if False else ("省" if d.level == "provincial" else d.prov[1]),
                    PROVFULL=d.prov[1])
    if extra:
        vals.update(extra)
    out = t
    for k, v in vals.items():
        out = out.replace("{" + k + "}", v)
    return out


WIN = 24
GRAMS = {}
collisions = [0]


def norm_content(s):
    # digits are left out: two sentences of one template differing only in a figure count as the same
    return "".join(x for x in (unicodedata.normalize("NFKC", ch).lower() for ch in s if is_content(ch)) if not x.isdigit())


def grams_bad(s, did):
    c = norm_content(s)
    n = 0
    for i in range(len(c) - WIN + 1):
        o = GRAMS.get(c[i:i + WIN])
        if o is not None and o != did:
            n += 1
    return n


def grams_ok(s, did):
    return grams_bad(s, did) == 0


def duty(d):
    """a responsible-unit note, as provincial and city plans write after a task"""
    ds = []
    while len(ds) < R.randint(1, 3):
        x = dept(d)
        if x not in ds:
            ds.append(x)
    lead = R.choice(["责任单位：", "牵头单位：", ""])
    return "（" + lead + "、".join(ds) + "）"


def register(s, did):
    c = norm_content(s)
    for i in range(len(c) - WIN + 1):
        GRAMS.setdefault(c[i:i + WIN], did)


def own_sentence(d, tpls=None, tries=300, extra=None):
    """a sentence of the document's own text: no 24 content characters in common with another document's"""
    best = None
    for k in range(tries):
        s = fill(R.choice(tpls or TPL_OWN), d, extra)
        if d.level in ("provincial", "municipal") and R.random() < 0.4:
            s += duty(d)
        s += "。"
        if s in d.own_sents:
            continue
        bad = grams_bad(s, d.id)
        if bad == 0:
            break
        if best is None or bad < best[0]:
            best = (bad, s)
    else:
        collisions[0] += 1
        s = best[1]
    d.own_sents.add(s)
    register(s, d.id)
    return s


def style_own(d, s):
    """surface style of a document's own text: full-width digits, half-width punctuation, stray spaces"""
    if d.fw and R.random() < 0.5:
        s = to_fw(s)
    if d.halfpunct and R.random() < 0.3:
        s = s.replace("，", ",", R.randint(1, 2))
    if d.spaces and R.random() < 0.12 and len(s) > 6:
        k = R.randrange(1, len(s) - 1)
        s = s[:k] + " " + s[k:]
    return s


# ------------------------------------------------------------------ stock choices (formula-only pairs share them)
def stock_choices(d):
    lg = {"national": "“互联网+”行动部际联席会议制度", "ministerial": "部“互联网+”行动工作领导小组",
          "provincial": "省“互联网+”行动联席会议制度", "municipal": "市推进“互联网+”行动工作领导小组"}[d.level]
    return dict(
        pre=R.sample(range(len(STOCK_PREAMBLE)), args.pre_picks),
        ideo=R.sample(range(len(STOCK_IDEOLOGY)), R.randint(5, 9)),
        princ=R.sample(range(len(STOCK_PRINCIPLES)), R.randint(3, 5)),
        goals=R.sample(range(len(STOCK_GOAL_LEAD)), R.randint(2, 4)),
        safe=[(gi, R.sample(range(len(v)), R.randint(1, min(3, len(v))))) for gi, (h, v) in enumerate(STOCK_SAFEGUARDS) if R.random() < 0.75],
        close=R.sample(range(len(STOCK_CLOSING)), 2),
        leadgroup=lg)


# formula-only pairs: chosen before the text is written
formula_pairs = []
cands = []
munis = [d for d in docs if d.level == "municipal"]
provs = [d for d in docs if d.level == "provincial"]
used_fp = set()
while len(formula_pairs) < args.formula_pairs:
    pool = provs if len(formula_pairs) < args.formula_pairs * 0.3 else munis
    a, b = R.sample(pool, 2)
    if a.prov[0] == b.prov[0] or a.date == b.date or a.id in used_fp or b.id in used_fp:
        continue
    if a.date > b.date:
        a, b = b, a
    used_fp.update([a.id, b.id])
    formula_pairs.append((a.id, b.id))
for d in docs:
    d.stock = stock_choices(d)
def reshuffle(xs):
    ys = list(xs)
    for _ in range(20):
        R.shuffle(ys)
        if len(ys) < 2 or ys != list(xs):
            break
    return ys


for a, b in formula_pairs:
    sa = by_id[a].stock
    by_id[b].stock = dict(sa, pre=reshuffle(sa["pre"]), ideo=reshuffle(sa["ideo"]), princ=reshuffle(sa["princ"]),
                          goals=reshuffle(sa["goals"]), safe=[(g, reshuffle(v)) for g, v in sa["safe"]],
                          close=reshuffle(sa["close"]), leadgroup=by_id[b].stock["leadgroup"])


def subst_stock(s, d):
    place = d.prov[1] if d.level == "provincial" else (d.city[1] if d.city else "我国")
    kind = "方案" if "方案" in d.title else ("办法" if "办法" in d.title else ("计划" if "计划" in d.title else "意见"))
    parent = {"national": "国务院关于积极推进“互联网+”行动的指导意见", "ministerial": "国务院关于积极推进“互联网+”行动的指导意见",
              "provincial": "国务院关于积极推进“互联网+”行动的指导意见"}.get(d.level)
    if d.level == "municipal":
        parent = by_id[d.based_on].title
    gov = {"national": "国务院", "ministerial": "国务院", "provincial": "省政府", "municipal": "市政府"}[d.level]
    sub = {"national": "地区", "ministerial": "地区", "provincial": "市（州）", "municipal": "县（市、区）"}[d.level]
    office = {"national": "国家发展改革委", "ministerial": "部办公厅", "provincial": "省发展改革委", "municipal": "市发展改革委"}[d.level]
    for k, v in dict(PARENT=parent, PLACE=place, KIND=kind, GOV=gov, TITLE=d.title, SUB=sub, LEADOFFICE=office,
                     LEADGROUP=d.stock["leadgroup"], PLACE_SHORT=place[:2], ISSUER_SHORT=d.issuer).items():
        s = s.replace("{" + k + "}", v)
    return s


# ------------------------------------------------------------------ body writing

def para(d, items, task=False):
    d.blocks.append(["para", items])
    if task:
        d.task_paras.append(len(d.blocks) - 1)


def line(d, text):
    d.blocks.append(["line", text])


def heading1(d, n, title):
    if d.spaces and R.random() < 0.5 and len(title) <= 4:
        title = " ".join(title)
    line(d, f"{cn(n)}、{title}")


def write_doc(d):
    st = d.stock
    # head
    if d.running_header:
        line(d, d.running_header)
    line(d, d.number)
    t = d.title
    line(d, t)
    addressee = {"national": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                 "ministerial": "各省、自治区、直辖市及计划单列市、新疆生产建设兵团有关主管部门：",
                 "provincial": "各市（州）人民政府，省政府各部门：",
                 "municipal": "各县（市、区）人民政府，市政府各部门，各直属机构："}[d.level]
    line(d, addressee)
    pre = [[style_own(d, subst_stock(STOCK_PREAMBLE[i], d)), ("K", "s")] for i in st["pre"]]
    pre.insert(1, [style_own(d, own_sentence(d)), ("K", "o")])
    para(d, pre)
    art = [0]
    def art_para(items, task=False):
        if d.articles:
            art[0] += 1
            items = [[f"第{cn(art[0])}条　", ("K", "h")]] + items
        para(d, items, task)

    sec = 0
    # general requirements
    sec += 1
    if d.articles:
        line(d, "第一章　总　则")
    else:
        heading1(d, sec, "总体要求")
        line(d, "（一）指导思想")
    ideo = "".join(STOCK_IDEOLOGY[i] for i in st["ideo"])
    ideo = ideo.rstrip("，；") + "。"
    art_para([[ideo, ("K", "s")], [style_own(d, own_sentence(d)), ("K", "o")]])
    if not d.articles:
        line(d, "（二）基本原则")
        for k, i in enumerate(st["princ"]):
            h, body = STOCK_PRINCIPLES[i]
            marker = R.choice([f"{k+1}．", f"{k+1}.", f"（{k+1}）", f"({k+1})"]) if R.random() < 0.5 else ""
            para(d, [[marker + h + body, ("K", "s")]])
        line(d, "（三）发展目标")
    gl = [[STOCK_GOAL_LEAD[i], ("K", "s")] for i in st["goals"]]
    gl.insert(1, [style_own(d, own_sentence(d, TPL_NUMBERS)), ("K", "o")])
    gl.append([style_own(d, own_sentence(d, TPL_NUMBERS)), ("K", "o")])
    art_para(gl, task=True)
    # table of targets
    if R.random() < 0.7:
        sep = R.choice([" | ", "    ", "\t", "  "])
        years = R.choice([["2015年", "2018年", "2020年"], ["2016年", "2018年"], ["基期", "2018年", "2020年"]])
        line(d, R.choice(["表1　主要发展指标", "专栏1　主要目标", "主要指标"]))
        line(d, sep.join(["指标"] + years))
        for row in R.sample(TABLE_ROWS, R.randint(4, 8)):
            vals = []
            v = R.randint(5, 60)
            for _ in years:
                vals.append(str(v))
                v += R.randint(3, 30)
            rtxt = sep.join([row] + vals)
            line(d, to_fw(rtxt) if d.fw and R.random() < 0.4 else rtxt)
    # tasks
    sec += 1
    if d.articles:
        line(d, "第二章　主要任务")
    else:
        heading1(d, sec, R.choice(["重点任务", "主要任务", "重点行动"]))
    k = 0
    while True:
        k += 1
        if not d.articles:
            head = R.choice(TASK_HEADINGS_STOCK).replace("“互联网+”", "") if R.random() < 0.5 else fill(R.choice(["推进{ind}转型升级", "发展{tech}应用", "建设{ent}体系", "提升{ind}服务水平", "培育{ind}新业态"]), d)
            runin = R.random() < 0.5
            if runin:
                first = [[f"（{cn(k)}）{head}。", ("K", "h")]]
            else:
                line(d, f"（{cn(k)}）{head}")
                first = []
        else:
            first = []
        n_s = R.randint(3, 7)
        items = first + [([style_own(d, own_sentence(d)), ("K", "o")] if R.random() < 0.85 else [STOCK_TASK[R.randrange(len(STOCK_TASK))], ("K", "s")]) for _ in range(n_s)]
        art_para(items, task=True)
        if R.random() < 0.35 and not d.articles:
            for j in range(R.randint(2, 4)):
                m = R.choice([f"{j+1}.", f"{j+1}．", f"（{j+1}）", f"({j+1})", f"{j+1}、"])
                para(d, [[m, ("K", "h")]] + [[style_own(d, own_sentence(d)), ("K", "o")] for _ in range(R.randint(1, 3))], task=True)
        cur = sum(len(x[0]) for b in d.blocks if b[0] == "para" for x in b[1])
        if cur > d.target_len - 900 or k >= 12:
            break
    # safeguards
    sec += 1
    if d.articles:
        line(d, "第三章　保障措施")
    else:
        heading1(d, sec, R.choice(["保障措施", "保障支撑", "组织实施"]))
    for k2, (gi, vs) in enumerate(st["safe"]):
        h, variants = STOCK_SAFEGUARDS[gi]
        items = [[subst_stock(variants[v], d), ("K", "s")] for v in vs]
        if R.random() < 0.6:
            items.insert(R.randint(0, len(items)), [style_own(d, own_sentence(d)), ("K", "o")])
        if d.articles:
            art_para(items)
        else:
            para(d, [[f"（{cn(k2+1)}）{h}。", ("K", "h")]] + items)
    para(d, [[subst_stock(STOCK_CLOSING[i], d), ("K", "s")] for i in st["close"]])
    # end matter
    line(d, "")
    line(d, d.issuer)
    dt = d.date
    line(d, f"{dt.year}年{dt.month}月{dt.day}日")
    if R.random() < 0.5:
        line(d, "（此件公开发布）")


for d in docs:
    write_doc(d)

# ------------------------------------------------------------------ plants
plants = []
CATS = ["verbatim_long", "verbatim_short", "wrapped_copy", "edited_names", "edited_numbers", "clause_inserted",
        "clause_dropped", "horizontal"]
central = [d for d in docs if d.level in ("national", "ministerial")]
fp_set = set(formula_pairs) | set((b, a) for a, b in formula_pairs)
tload = {}
sload = {}


def vertical_pair(kind=None):
    for _ in range(1000):
        if kind == "cp" or (kind is None and R.random() < 0.3):
            s = R.choice(central if kind != "cp_nat" else [d for d in central if d.level == "national"])
            t = R.choice(provs)
        else:
            t = R.choice(munis)
            s = R.choice(prov_docs[t.prov[0]])
        if s.date >= t.date or (s.id, t.id) in fp_set:
            continue
        if tload.get(t.id, 0) >= (5 if t.level == 'provincial' else 3) or sload.get(s.id, 0) >= (12 if s.level in ('national','ministerial') else 8):
            continue
        return s, t
    raise RuntimeError("no pair")


def horizontal_pair():
    for _ in range(1000):
        s, t = R.sample(provs, 2)
        if s.prov[0] == t.prov[0] or s.date >= t.date or (s.id, t.id) in fp_set:
            continue
        if tload.get(t.id, 0) >= (5 if t.level == 'provincial' else 3) or sload.get(s.id, 0) >= (12 if s.level in ('national','ministerial') else 8):
            continue
        return s, t
    from collections import Counter
    print(len(plants), Counter(p['category'] for p in plants), sorted(tload.get(d.id,0) for d in provs), file=sys.stderr)
    raise RuntimeError


def passage(d, lo, hi, tpls=None, first=None, middle=None):
    """sentences of the source document's own kind with content length in [lo, hi]"""
    for _ in range(500):
        sents = []
        if first:
            sents.append(first)
        while clen("".join(sents)) < lo:
            sents.append(own_sentence(d, tpls, tries=100))
        if middle:
            sents.insert(R.randint(1, max(1, len(sents) - 1)), middle)
        s = "".join(sents)
        if lo <= clen(s) <= hi:
            return s
    raise RuntimeError("passage")


def insert_into(d, text, tag):
    """insert text as its own item inside one of d's task paragraphs, at a sentence boundary"""
    bi = R.choice(d.task_paras)
    items = d.blocks[bi][1]
    # positions after an item that ends a sentence (not before a run-in heading / marker at index 0)
    pos = [i for i in range(1, len(items) + 1) if items[i - 1][0].endswith(("。", "；")) or i == len(items)]
    # avoid placing two plants side by side
    isp = lambda it: it[1] is not None and it[1][0] in ('S', 'T')
    pos = [i for i in pos if not (i - 1 >= 0 and isp(items[i - 1])) and not (i < len(items) and isp(items[i]))]
    if not pos:
        pos = [len(items)]
    i = R.choice(pos)
    items.insert(i, [text, tag])


def edits_info(src, tgt):
    """edit regions in content characters (full-width digits folded) and the guarantee's conditions"""
    def norm(s):
        return [unicodedata.normalize("NFKC", ch).lower() for ch in s if is_content(ch)]
    a, b = norm(src), norm(tgt)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = sm.get_opcodes()
    ok = True
    edits = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        el = max(i2 - i1, j2 - j1)
        before = ops[k - 1][2] - ops[k - 1][1] if k > 0 and ops[k - 1][0] == "equal" else 0
        after = ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) and ops[k + 1][0] == "equal" else 0
        edits.append([tag, i2 - i1, j2 - j1, before, after])
        if el > 30 or before < el or after * 2 < el:
            ok = False
    longest = max([i2 - i1 for tag, i1, i2, j1, j2 in ops if tag == "equal"] or [0])
    return edits, ok and longest >= 30


def make_plant(cat):
    pid = f"P{len(plants):04d}"
    if cat == "horizontal":
        s, t = horizontal_pair()
    elif cat == "verbatim_long":
        s, t = vertical_pair()
    elif cat == "edited_names":
        s, t = vertical_pair("cp_nat" if R.random() < 0.5 else "pc")
    else:
        s, t = vertical_pair()
    extra_t = {}
    if cat in ("verbatim_long",):
        src = passage(s, 80, 300) if R.random() < 0.5 else passage(s, 80, 160)
        tgt = src
    elif cat == "horizontal":
        src = passage(s, 50, 250)
        tgt = src
    elif cat == "verbatim_short":
        for _ in range(1000):
            src = own_sentence(s, TPL_OWN + TPL_NUMBERS)
            if 30 <= clen(src) <= 45:
                break
        tgt = src
    elif cat == "wrapped_copy":
        src = passage(s, 70, 220)
        tgt = src
    elif cat == "edited_names":
        if s.level in ("national", "ministerial"):
            tp, mp = TPL_NAMES_CENTRE, NAME_MAP_CENTRE_TO_PROV
        else:
            tp, mp = TPL_NAMES_PROV, NAME_MAP_PROV_TO_CITY
        cty = R.choice([p for p in PROVINCES if p[0] == s.prov[0]][0][3]) if s.prov else ""
        mid = own_sentence(s, tp, extra=dict(CITY=cty + "市" if cty else ""))
        for _ in range(200):
            src = passage(s, 60, 200, middle=mid)
            if clen(src) >= 60:
                break
        tgt = src
        tv = dict(PROV="省" if s.level == "provincial" else "", PROVFULL=s.prov[1] if s.prov else "",
                  CITY=t.city[0] if t.city else "", CITYFULL=t.city[1] if t.city else "",
                  COUNTY=(t.city[1] + "高新区") if t.city else "")
        for a_, b_ in mp:
            for k, v in tv.items():
                a_ = a_.replace("{" + k + "}", v); b_ = b_.replace("{" + k + "}", v)
            if a_ and a_ in tgt:
                if s.level == "provincial" and a_ == "省有关部门" and "省政府有关部门" in tgt:
                    tgt = tgt.replace("省政府有关部门", "市政府有关部门")
                tgt = tgt.replace(a_, b_)
        if t.level == "provincial":
            tgt = tgt.replace("全国", "全省")
    elif cat == "edited_numbers":
        mid = own_sentence(s, TPL_NUMBERS)
        src = passage(s, 60, 200, middle=mid)
        # change figures: at least one real change, plus width switches
        out = []
        i = 0
        changed = False
        while i < len(src):
            if src[i].isdigit() and src[i] in "0123456789":
                j = i
                while j < len(src) and src[j] in "0123456789":
                    j += 1
                num = src[i:j]
                r = R.random()
                if num in mid and (r < 0.45 or (not changed and j > len(src) // 3)):
                    if len(num) == 4 and num.startswith("20"):
                        new = str(int(num) + R.choice([-2, -1, 1, 2, 3]))
                    else:
                        new = str(max(1, int(int(num) * R.choice([0.5, 0.8, 1.2, 1.5, 2]))))
                        if new == num:
                            new = str(int(num) + 1)
                    changed = True
                elif r < 0.8:
                    new = to_fw(num)
                else:
                    new = num
                out.append(new)
                i = j
            else:
                out.append(src[i]); i += 1
        tgt = "".join(out)
        if not changed:
            return None
    elif cat == "clause_inserted":
        src = passage(s, 70, 220)
        cl = None
        for _ in range(100):
            c = fill(R.choice(CLAUSES_INSERT), t)
            if 8 <= clen(c) <= 30:
                cl = c; break
        # insertion point: after a "，" or before "。" in the middle third
        pts = [i for i, ch in enumerate(src) if ch in "，。" and len(src) * 0.3 < i < len(src) * 0.75]
        if not pts or not cl:
            return None
        p = R.choice(pts)
        if src[p] == "，":
            tgt = src[:p + 1] + cl + "，" + src[p + 1:]
        else:
            tgt = src[:p] + "，" + cl + src[p:]
    elif cat == "clause_dropped":
        for _ in range(200):
            src = passage(s, 80, 240)
            # clauses delimited by ，
            cands = []
            start = 0
            for i, ch in enumerate(src):
                if ch in "，。；":
                    if ch == "，" and src[start - 1:start] == "，" and 8 <= clen(src[start:i]) <= 30 \
                            and clen(src[:start]) >= clen(src[start:i]) + 4 and clen(src[i:]) >= clen(src[start:i]):
                        cands.append((start, i + 1))
                    start = i + 1
            if cands:
                break
        if not cands:
            return None
        a_, b_ = R.choice(cands)
        tgt = src[:a_] + src[b_:]
    ed, guar = edits_info(src, tgt)
    insert_into(s, src, ("S", pid))
    insert_into(t, tgt, ("T", pid))
    tload[t.id] = tload.get(t.id, 0) + 1
    sload[s.id] = sload.get(s.id, 0) + 1
    plants.append(dict(id=pid, category=cat, source=s.id, target=t.id, src_text=src, tgt_text=tgt, edits=ed,
                       guarantee=guar))
    return pid


for cat in CATS:
    n = 0
    while n < args.per_cat:
        if make_plant(cat):
            n += 1

# ------------------------------------------------------------------ rendering
HANG = set("，。；：、！？”）》)")


def render(d):
    out = []
    pos = [0]
    page = [1]
    lines_on_page = [0]
    maps = {}   # tag -> list of output positions of its characters
    kinds = []  # per output character: p planted, o own text, s stock formula, h heading/marker/line, f furniture

    def emit(s, kind="f"):
        out.append(s)
        kinds.append(kind * len(s))
        pos[0] += len(s)

    def footer():
        f = d.footer_style.replace("{n}", str(page[0]))
        if d.footer_blank:
            emit("\n")
        emit(f + "\n")
        if d.footer_blank:
            emit("\n")
        page[0] += 1
        lines_on_page[0] = 0
        if d.running_header and page[0] > 1:
            emit(d.running_header + "\n")

    def emit_line(chars_tags, allow_break=True, force_break=False):
        for ch, tag in chars_tags:
            if tag and tag[0] in "ST":
                maps.setdefault(tag, []).append(pos[0])
                emit(ch, "p")
            elif tag:
                emit(ch, tag[1])
            else:
                emit(ch, "h")
        emit("\n")
        lines_on_page[0] += 1
        if force_break or (allow_break and lines_on_page[0] >= d.page_len):
            footer()

    for kind, content in d.blocks:
        if kind == "line":
            txt = content
            if len(txt) > d.width + 6:
                for i in range(0, len(txt), d.width):
                    emit_line([(c, None) for c in txt[i:i + d.width]])
            else:
                emit_line([(c, None) for c in txt])
            continue
        # paragraph
        ct = [(c, ("K", "f")) for c in d.indent]
        for text, tag in content:
            ct += [(c, tag) for c in text]
        # break into lines of d.width, hanging punctuation kept on the line
        lines = []
        i = 0
        while i < len(ct):
            j = min(len(ct), i + d.width)
            while j < len(ct) and ct[j][0] in HANG:
                j += 1
            lines.append((i, j))
            i = j
        # forced page break inside a wrapped_copy target
        forced = set()
        for text, tag in content:
            if tag and tag[0] == "T" and plant_cat[tag[1]] == "wrapped_copy":
                idx = [k for k, (c, tg) in enumerate(ct) if tg == tag]
                a, b = idx[0], idx[-1] + 1
                inner = [li for li, (x, y) in enumerate(lines) if a + 4 <= y <= b - 4]
                if inner:
                    forced.add(R.choice(inner))
                else:
                    raise RuntimeError("wrapped plant without inner break " + tag[1])
        for li, (x, y) in enumerate(lines):
            last = li == len(lines) - 1
            # no natural page break inside a plant (source or target): only the forced ones
            pt = lambda tg: tg if tg and tg[0] in "ST" else None
            nxt_tag = pt(ct[y][1]) if y < len(ct) else None
            cur_tag = pt(ct[y - 1][1])
            inside = (not last) and ((cur_tag is not None and nxt_tag == cur_tag) or
                                     (cur_tag is not None and nxt_tag is not None))
            emit_line(ct[x:y], allow_break=not inside, force_break=li in forced and not last)
    return "".join(out), maps, "".join(kinds)


plant_cat = {p["id"]: p["category"] for p in plants}
os.makedirs(os.path.join(args.out, "src", "texts"), exist_ok=True)
texts = {}
allmaps = {}
for d in docs:
    txt, maps, kinds = render(d)
    os.makedirs(os.path.join(args.out, "kinds"), exist_ok=True)
    assert len(kinds) == len(txt)
    open(os.path.join(args.out, "kinds", d.id + ".txt"), "w", encoding="utf-8").write(kinds)
    texts[d.id] = txt
    allmaps[d.id] = maps
    with open(os.path.join(args.out, "src", "texts", d.id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def ranges(poslist):
    rs = []
    for p in poslist:
        if rs and rs[-1][1] == p:
            rs[-1][1] = p + 1
        else:
            rs.append([p, p + 1])
    return rs


for p in plants:
    sp = allmaps[p["source"]][("S", p["id"])]
    tp = allmaps[p["target"]][("T", p["id"])]
    p["src_span"] = [sp[0], sp[-1] + 1]
    p["tgt_span"] = [tp[0], tp[-1] + 1]
    p["src_ranges"] = ranges(sp)
    p["tgt_ranges"] = ranges(tp)
    # sanity: planted characters read back
    assert "".join(texts[p["source"]][a:b] for a, b in p["src_ranges"]) == p["src_text"]
    assert "".join(texts[p["target"]][a:b] for a, b in p["tgt_ranges"]) == p["tgt_text"]

with open(os.path.join(args.out, "src", "manifest.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "title", "number", "issuer", "level", "region", "date_written", "date_published", "based_on", "file"])
    for d in sorted(docs, key=lambda d: d.date):
        w.writerow([d.id, d.title, d.number, d.issuer, d.level, d.region, str(d.date), str(d.date), d.based_on,
                    f"texts/{d.id}.txt"])

truth = dict(seed=args.seed, documents={d.id: dict(date=str(d.date), level=d.level, region=d.region, length=len(texts[d.id]))
                                         for d in docs},
             plants=plants, formula_pairs=formula_pairs)
with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
lens = sorted(len(t) for t in texts.values())
print(f"{len(docs)} documents, lengths {lens[0]}..{lens[-1]} (median {lens[len(lens)//2]}), {len(plants)} plants, "
      f"{len(formula_pairs)} formula pairs", file=sys.stderr)
from collections import Counter
print(Counter(p["category"] for p in plants), "own-sentence collisions accepted:", collisions[0], file=sys.stderr)
print("guarantee:", Counter((p["category"], p["guarantee"]) for p in plants), file=sys.stderr)
