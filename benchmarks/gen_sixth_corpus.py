#!/usr/bin/env python3
"""Sixth independent test-corpus generator for ipap's text-reuse analysis.

Written from README.md, docs/data-format.md and docs/indicators.md (up to "The guarantee") only,
without reading the analysis code or the other generators. Every sentence of the phrase bank below
was written for this file.

Style: city and county implementation plans (实施方案) transmitted by a notice, provincial implementation
opinions and central guiding opinions / action plans; 一是…二是… enumerations inside long run-on
paragraphs; 主要任务分工 tables (牵头单位 / 配合单位 / 完成时限); dates and counts in Chinese numerals
(二〇一六年, 三年内); quotations of a central document's title in 《》 with its number; English
abbreviations (O2O, B2B, IPv6, 5G); a third of the documents hard-wrapped as pdftotext gives a PDF
(page numbers and a running header between pages); some with full-width digits and letters.

Usage: gen_sixth_corpus.py --seed S --documents N --out DIR
Writes DIR/corpus.json, DIR/documents/<id>.json (the corpus layout of docs/data-format.md) and
DIR/truth.json (the planted copies, with exact ranges in the stored texts, and the origin of every
character, so that text two documents share by construction can be told from chance).
"""
import argparse
import json
import os
import random
import shutil
import sys
import unicodedata

# ---------------------------------------------------------------------------------------------
# Phrase bank (all written for this generator)
# ---------------------------------------------------------------------------------------------

FIELDS = ["农村电子商务", "工业互联网", "跨境电子商务", "智慧物流", "远程医疗", "在线教育", "智能制造",
          "分享经济", "普惠金融", "智慧交通", "全域旅游", "城市大脑", "政务服务", "车联网", "冷链物流",
          "智慧养老", "数字乡村", "农产品溯源", "智慧能源", "网络货运", "社区团购", "智慧水务", "数字文化",
          "智慧园区", "移动支付", "在线办税", "工业设计", "信用监管", "智慧环保", "互联网医院"]
OBJECTS = ["公共服务平台", "示范基地", "产业集群", "数据中心", "应用场景", "标准体系", "服务网络",
           "创新中心", "监测体系", "协同机制", "孵化载体", "运营中心", "试点园区", "共享平台", "骨干企业",
           "服务站点", "资源目录", "支撑体系", "交易市场", "人才梯队"]
SCOPES = ["覆盖城乡的", "面向中小企业的", "统一规范的", "跨区域", "线上线下融合的", "开放共享的",
          "安全可控的", "布局合理的", "功能完备的", "特色鲜明的", "集约高效的", "上下联动的", ""]
VERBS = ["推进", "推动", "加快", "加强", "完善", "健全", "培育", "打造", "构建", "布局", "实施", "开展",
         "引导", "鼓励", "探索", "建立", "强化", "提升", "拓展", "优化", "统筹", "深化", "促进", "支持"]
BUILD = ["建设", "发展", "建成", "培育", "打造", "认定", "改造", "升级"]
ACTORS = ["龙头企业", "电信运营商", "高等院校", "科研院所", "行业协会", "金融机构", "物流企业",
          "平台企业", "农民专业合作社", "小微企业", "医疗机构", "供销合作社", "邮政企业", "社会资本"]
ACTIVITIES = ["联合攻关", "模式创新", "数据共享", "场景开放", "标准研制", "人才培训", "品牌推广",
              "产销对接", "应用推广", "业务协同", "技术改造", "能力建设"]
TECHS = ["5G", "IPv6", "NB-IoT", "O2O", "B2B", "B2C", "C2M", "APP", "VR/AR", "IDC", "CDN", "AI", "GIS",
         "RFID", "ETC", "SaaS"]
MODES = ["线上下单、线下配送", "定制化生产", "网络化协同", "个性化服务", "共享化运营", "平台化采购",
         "智能化调度", "远程化诊疗", "全程化追溯", "一站式办理"]
PURPOSES = ["打通农产品上行最初一公里", "切实提高公共服务均等化水平", "着力破解融资难融资贵问题",
            "为实体经济转型升级提供有力支撑", "形成政府引导、市场主导的良好格局",
            "让数据多跑路、群众少跑腿", "加快补齐基础设施短板", "不断增强人民群众获得感",
            "推动产业向价值链中高端迈进", "促进城乡要素双向流动", "有效降低企业物流成本",
            "进一步激发市场主体活力", "提升行业整体运行效率", "筑牢数据安全防线",
            "带动相关产业协同发展", "拓宽农民增收渠道", "实现服务事项全程网上办理",
            "营造公平竞争的市场环境", "全面提升应急保障能力", "推动优质资源下沉基层"]
UNITS = [("个", 1), ("家", 1), ("万户", 1), ("亿元", 1), ("条", 1), ("所", 1), ("万人次", 1), ("项", 1)]
HEADINGS = ["夯实信息基础设施", "发展壮大新兴业态", "推动传统产业转型", "提升公共服务水平",
            "深化重点领域应用", "强化创新能力支撑", "优化数字营商环境", "培育融合发展主体",
            "加快数据资源开放", "完善市场流通体系", "拓展对外合作空间", "推进城乡协调发展"]
GOALS = ["互联网与经济社会各领域融合发展取得明显成效", "网络经济与实体经济协同互动的发展格局基本形成",
         "新业态成为经济增长的重要力量", "公共服务更加便捷高效", "信息基础设施支撑能力显著增强"]

# Stock formulae: many documents hold them (the formula-only pairs are made of these).
STOCK = [
    "深入贯彻落实党中央、国务院决策部署，加快推动互联网与经济社会各领域深度融合",
    "坚持以人民为中心的发展思想，坚持新发展理念，坚持稳中求进工作总基调",
    "各地区、各部门要充分认识推进“互联网+”行动的重要意义，切实加强组织领导，明确责任分工，确保各项任务落到实处",
    "强化督促检查，建立健全工作台账，定期通报工作进展情况",
    "加大宣传力度，及时总结推广典型经验和做法，营造全社会共同参与的良好氛围",
    "充分发挥市场在资源配置中的决定性作用，更好发挥政府作用",
    "加强网络安全保障，落实网络安全等级保护制度，提升关键信息基础设施安全防护能力",
    "统筹利用现有资金渠道，加大对重点项目的支持力度",
    "建立健全跨部门协调推进机制，及时研究解决工作中遇到的重大问题",
    "以改革创新为动力，以融合发展为主线，以提质增效为目标",
    "坚持市场主导、政府引导，坚持开放共享、安全有序，坚持统筹推进、重点突破",
    "完善多元化投融资机制，引导社会资本参与重点项目建设运营",
    "加强人才队伍建设，鼓励高等院校与企业联合培养复合型人才",
    "落实国家支持小微企业发展的各项税收优惠政策",
    "各有关单位要结合实际，认真抓好贯彻落实",
    "建立动态评估机制，适时开展第三方评估，及时调整完善政策措施",
    "加快清理和修订不适应新业态发展的规章和规范性文件",
    "强化数据资源整合共享，推动公共数据有序开放",
]
CLOSERS = ["本方案自印发之日起施行。", "本意见自发布之日起施行。", "请结合实际认真贯彻执行。"]
SHORT_CLAUSES = ["同步完善配套政策", "注重发挥示范带动作用", "按照成熟一批推广一批的原则",
                 "在确保安全的前提下", "由点到面逐步推开", "鼓励有条件的地方先行先试",
                 "注重与现有规划有效衔接", "充分利用现有设施资源", "实行清单化管理",
                 "每年评估一次实施效果", "优先支持革命老区和边远地区"]
SYNONYMS = [("推进", "推动"), ("加快", "加速"), ("提升", "提高"), ("完善", "健全"), ("支持", "扶持"),
            ("鼓励", "引导"), ("建设", "建立"), ("打造", "构建"), ("强化", "加强"), ("促进", "带动"),
            ("探索", "尝试"), ("拓展", "拓宽"), ("优化", "改善"), ("培育", "扶持"), ("开展", "组织")]

PROVINCES = [("130000", "河北省", "冀"), ("140000", "山西省", "晋"), ("210000", "辽宁省", "辽"),
             ("220000", "吉林省", "吉"), ("320000", "江苏省", "苏"), ("330000", "浙江省", "浙"),
             ("340000", "安徽省", "皖"), ("350000", "福建省", "闽"), ("360000", "江西省", "赣"),
             ("370000", "山东省", "鲁"), ("410000", "河南省", "豫"), ("420000", "湖北省", "鄂"),
             ("430000", "湖南省", "湘"), ("440000", "广东省", "粤"), ("450000", "广西壮族自治区", "桂"),
             ("510000", "四川省", "川"), ("520000", "贵州省", "黔"), ("530000", "云南省", "滇"),
             ("610000", "陕西省", "陕"), ("620000", "甘肃省", "甘")]
CITIES = {"130000": ["保定市", "邯郸市", "张家口市", "阜平县"], "140000": ["大同市", "长治市", "平遥县"],
          "210000": ["大连市", "鞍山市", "锦州市"], "220000": ["吉林市", "延边州", "通化市"],
          "320000": ["苏州市", "徐州市", "南通市", "沭阳县"], "330000": ["宁波市", "温州市", "义乌市", "安吉县"],
          "340000": ["芜湖市", "蚌埠市", "宿州市"], "350000": ["泉州市", "莆田市", "龙岩市"],
          "360000": ["赣州市", "九江市", "上饶市"], "370000": ["青岛市", "临沂市", "潍坊市", "寿光市"],
          "410000": ["洛阳市", "南阳市", "兰考县"], "420000": ["宜昌市", "襄阳市", "恩施州"],
          "430000": ["株洲市", "岳阳市", "浏阳市"], "440000": ["佛山市", "东莞市", "汕头市"],
          "450000": ["柳州市", "桂林市", "北海市"], "510000": ["绵阳市", "宜宾市", "南充市"],
          "520000": ["遵义市", "六盘水市", "毕节市"], "530000": ["曲靖市", "大理州", "玉溪市"],
          "610000": ["宝鸡市", "汉中市", "延安市"], "620000": ["天水市", "酒泉市", "陇南市"]}
MINISTRIES = [("miit", "工业和信息化部", "工信部"), ("ndrc", "国家发展和改革委员会", "发改"),
              ("mofcom", "商务部", "商"), ("mara", "农业农村部", "农"), ("nhc", "国家卫生健康委员会", "国卫"),
              ("mot", "交通运输部", "交"), ("moe", "教育部", "教")]
CN_DIGITS = "〇一二三四五六七八九"
AREA_KEYWORDS = {"电子商务": "e-commerce", "电商": "e-commerce", "物流": "logistics", "医疗": "public-services",
                 "教育": "public-services", "制造": "manufacturing", "工业": "manufacturing", "金融": "finance",
                 "交通": "transport", "农": "agriculture", "能源": "energy", "环保": "ecology", "养老": "public-services"}


def cn_year(y):
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_num(n):
    """Chinese numeral for 1..999 (三, 十二, 一百二十)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = d[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + d[r]
    return s + d[r // 10] + "十" + (d[r % 10] if r % 10 else "")


def is_content(ch):
    """A content character as docs/indicators.md defines it: letters, digits, ideographs after folding."""
    ch = unicodedata.normalize("NFKC", ch)
    return len(ch) > 0 and all(c.isalnum() for c in ch)


def content_len(s):
    return sum(1 for c in s if is_content(c))


# ---------------------------------------------------------------------------------------------
# Documents as sequences of characters with origins
# ---------------------------------------------------------------------------------------------
# Each character of a document's text (before wrapping) carries an origin: a global id of the character
# it was written as first (its author's own character, or the character of the source it was copied from,
# followed back to the original), or a negative id for stock formulae and template text that many
# documents hold by construction (-1_000_000 - k*1000 - j for stock phrase k, -1 for template text).
# Citations of a central title carry the title's origin and are marked separately.

class Doc:
    def __init__(self, index, meta):
        self.index = index
        self.meta = meta
        self.chars = []      # characters before wrapping
        self.origin = []     # origin id per character
        self.kind = []       # 'own', 'copy', 'stock', 'tmpl', 'cite'
        self.units = []      # own sentences: (start, end, paragraph id) before wrapping, copyable
        self.para = 0
        self.wrapped = False
        self.final = None
        self.map = None      # prewrap index -> final index
        self.furniture = []  # final ranges of page furniture

    def gid(self, i):
        return self.index * 1_000_000 + i

    def add(self, s, kind="own", origins=None):
        start = len(self.chars)
        for j, c in enumerate(s):
            self.chars.append(c)
            if origins is not None:
                self.origin.append(origins[j])
            elif kind == "own":
                self.origin.append(self.gid(start + j))
            else:
                self.origin.append(-1)
            self.kind.append(kind)
        return start, len(self.chars)

    def add_stock(self, k):
        s = STOCK[k]
        return self.add(s, "stock", [-1_000_000 - k * 1000 + j for j in range(len(s))])

    def own_sentence(self, s, end="。"):
        a, b = self.add(s + end)
        self.units.append((a, b, self.para))
        return a, b

    def newline(self):
        self.add("\n", "tmpl")
        self.para += 1

    def text(self):
        return "".join(self.chars)


class Writer:
    def __init__(self, rng):
        self.rng = rng

    def pick(self, xs):
        return self.rng.choice(xs)

    def number_phrase(self, cn):
        n = self.rng.choice([3, 5, 8, 10, 12, 15, 20, 30, 50, 60, 80, 100, 120, 200, 300, 500])
        unit = self.pick(UNITS)[0]
        if cn:
            return cn_num(n) + unit
        return str(n) + unit

    def deadline(self, year, cn):
        r = self.rng.random()
        if r < 0.25:
            return self.pick(["三年内", "两年内", "五年内", "到“十三五”末"])
        y = cn_year(year) if cn else str(year)
        return self.pick(["到", "力争到", "至"]) + y + "年" + self.pick(["", "底"])

    def clause(self, place, year, cn):
        """One clause of a task sentence (no final punctuation)."""
        r = self.rng.randrange(10)
        f, f2 = self.pick(FIELDS), self.pick(FIELDS)
        if r == 0:
            return f"{self.pick(VERBS)}{self.pick(BUILD)}{self.pick(SCOPES)}{f}{self.pick(OBJECTS)}"
        if r == 1:
            return f"{self.deadline(year, cn)}{place}{self.pick(BUILD)}{f}{self.pick(OBJECTS)}{self.number_phrase(cn)}"
        if r == 2:
            return f"支持{self.pick(ACTORS)}围绕{f}{self.pick(OBJECTS)}开展{self.pick(ACTIVITIES)}"
        if r == 3:
            return f"鼓励{self.pick(ACTORS)}利用{self.pick(TECHS)}技术发展{f}{self.pick(MODES)}模式"
        if r == 4:
            return f"依托{f}{self.pick(OBJECTS)}，推动{f2}与{self.pick(FIELDS)}深度融合"
        if r == 5:
            return self.pick(PURPOSES)
        if r == 6:
            return f"在{place}范围内{self.pick(VERBS)}{f}{self.pick(['试点', '示范', '应用', '改革'])}，{self.pick(PURPOSES)}"
        if r == 7:
            return f"{self.pick(VERBS)}{f}领域{self.pick(TECHS)}应用，{self.pick(BUILD)}{self.number_phrase(cn)}{f2}{self.pick(OBJECTS)}"
        if r == 8:
            return f"{self.deadline(year, cn)}，{place}{f}{self.pick(['交易额', '覆盖率', '普及率', '服务人次'])}达到{self.rng.randint(12, 98)}{self.pick(['%', '亿元', '万'])}以上"
        return f"{self.pick(VERBS)}{f}与{f2}{self.pick(['融合发展', '协同联动', '互联互通', '资源共享'])}"

    def sentence(self, place, year, cn, lo=35, hi=110):
        for _ in range(50):
            n = self.rng.choice([2, 2, 3, 3, 4])
            s = "，".join(self.clause(place, year, cn) for _ in range(n))
            if lo <= content_len(s) <= hi:
                return s
        return s


def title_topic(w):
    f = w.pick(FIELDS)
    return f, w.pick([f"积极推进“互联网+{f}”行动", f"加快发展{f}", f"深入推进{f}融合发展",
                      f"促进{f}健康发展", f"推动{f}高质量发展", f"大力发展{f}新业态"])


def areas_of(title):
    ids = []
    for k, v in AREA_KEYWORDS.items():
        if k in title and v not in ids:
            ids.append(v)
    return sorted(ids)


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------

def make_metadata(rng, n):
    """Levels and dates: the centre early, provinces next, cities and counties last."""
    metas = []
    n_centre = max(5, round(n * 0.12))
    n_prov = max(15, round(n * 0.45))
    n_city = n - n_centre - n_prov
    used_numbers = set()

    def date(y0, y1):
        y = rng.randint(y0, y1)
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    for i in range(n_centre):
        if i < 2 or rng.random() < 0.4:
            issuer = rng.choice(["state-council", "general-office"])
            prefix = "国发" if issuer == "state-council" else "国办发"
            itext = "国务院" if issuer == "state-council" else "国务院办公厅"
            level = "national"
        else:
            issuer, itext, prefix = rng.choice(MINISTRIES)
            level = "ministerial"
        d = date(2015, 2016) if i < n_centre * 0.8 else date(2017, 2018)
        while True:
            num = f"{prefix}〔{d[:4]}〕{rng.randint(10, 99)}号"
            if num not in used_numbers:
                used_numbers.add(num)
                break
        metas.append(dict(level=level, issuer=issuer, issuerText=itext, date=d, number=num, region=None,
                          place="全国", placeName="全国"))
    for i in range(n_prov):
        code, name, short = rng.choice(PROVINCES)
        d = date(2016, 2019)
        num = f"{short}政{rng.choice(['发', '办发'])}〔{d[:4]}〕{rng.randint(1, 120)}号"
        issuer = rng.choice(["provincial-government", "provincial-general-office"])
        itext = name + ("人民政府" if issuer == "provincial-government" else "人民政府办公厅")
        metas.append(dict(level="provincial", issuer=issuer, issuerText=itext, date=d, number=num, region=code,
                          place=rng.choice(["全省", "我省", name]), placeName=name))
    for i in range(n_city):
        code, name, short = rng.choice(PROVINCES)
        city = rng.choice(CITIES[code])
        d = date(2017, 2022)
        issuer = rng.choice(["municipal-government", "municipal-general-office"])
        county = city.endswith("县")
        itext = city + ("人民政府" if issuer == "municipal-government" else "人民政府办公室")
        metas.append(dict(level="municipal", issuer=issuer, issuerText=itext, date=d, number=None, region=code,
                          place=rng.choice(["全县" if county else "全市", "我" + ("县" if county else "市"), city]),
                          placeName=city, province=name))
    metas.sort(key=lambda m: (m["date"], ["national", "ministerial", "provincial", "municipal"].index(m["level"])))
    return metas


def copy_into(target, source, s, e, kind="copy"):
    """Copies source characters s..e (before wrapping) into the target, origins carried over. The target's
    own sentences after the copy start a new run of units (a later source passage never spans a copy)."""
    r = target.add("".join(source.chars[s:e]), kind, source.origin[s:e])
    target.para += 1
    return r


def add_edited(target, source, s, e, ops):
    """Writes source[s:e] with edits into the target. ops: list of (a, b, new) on passage offsets, sorted,
    non-overlapping: passage[a:b] is replaced by new (own characters of the target). Returns the target
    range and the identical pieces [(src_a, src_b, tgt_a, tgt_b)] (before wrapping)."""
    pieces = []
    t0 = len(target.chars)
    pos = 0
    for a, b, new in ops:
        if a > pos:
            ta, tb = copy_into(target, source, s + pos, s + a)
            pieces.append((s + pos, s + a, ta, tb))
        if new:
            target.add(new, "own")
        pos = b
    if pos < e - s:
        ta, tb = copy_into(target, source, s + pos, e)
        pieces.append((s + pos, e, ta, tb))
    return (t0, len(target.chars)), pieces


class Generator:
    def __init__(self, seed, n):
        self.rng = random.Random(seed)
        self.w = Writer(self.rng)
        self.n = n
        self.docs = []
        self.plants = []
        self.used_units = {}     # doc index -> set of unit indices already copied (sources copy once per unit)
        self.stock_only = []

    # --- planning ---------------------------------------------------------------------------
    def plan(self):
        rng = self.rng
        metas = make_metadata(rng, self.n)
        self.metas = metas
        for i, m in enumerate(metas):
            m["id"] = f"g6-{i:05d}"
        centre = [i for i, m in enumerate(metas) if m["level"] in ("national", "ministerial")]
        prov = [i for i, m in enumerate(metas) if m["level"] == "provincial"]
        city = [i for i, m in enumerate(metas) if m["level"] == "municipal"]
        # tasks[target] = list of (category, source, extra)
        self.tasks = {i: [] for i in range(len(metas))}
        # documents that take part in no plant at all: the stock-only negatives
        n_free = max(6, len(metas) // 8)
        local = prov + city
        free = set(rng.sample(local, min(n_free, len(local))))
        self.free = free
        cats_simple = ["verbatimLong", "verbatimShort", "synonyms", "localChange", "clauseInserted",
                       "clauseDropped", "merged", "split", "reordered", "wrappedCopy"]
        for t in local:
            if t in free:
                continue
            m = metas[t]
            earlier_centre = [c for c in centre if metas[c]["date"] < m["date"]]
            earlier_prov = [p for p in prov if metas[p]["date"] < m["date"] and p not in free
                            and metas[p]["region"] != m["region"]]
            for _ in range(rng.randint(2, 4)):
                cat = rng.choice(cats_simple + ["provToProv"])
                if cat == "provToProv" or (not earlier_centre):
                    if not earlier_prov:
                        continue
                    self.tasks[t].append(("provToProv", rng.choice(earlier_prov), None))
                else:
                    self.tasks[t].append((cat, rng.choice(earlier_centre), None))
        # chains centre -> province -> city of that province
        n_chain = max(2, len(metas) // 25)
        chained = set()
        for _ in range(n_chain):
            cs = [c for c in city if c not in free and c not in chained]
            rng.shuffle(cs)
            for c in cs:
                ps = [p for p in prov if p not in free and metas[p]["date"] < metas[c]["date"]
                      and any(metas[x]["date"] < metas[p]["date"] for x in centre)]
                if not ps:
                    continue
                same = [p for p in ps if metas[p]["region"] == metas[c]["region"]]
                p = rng.choice(same or ps)
                if not same:
                    # the city moves into the province's region
                    mc, mp = metas[c], metas[p]
                    county = mc["placeName"].endswith("县")
                    cityname = rng.choice(CITIES[mp["region"]])
                    mc["region"], mc["placeName"] = mp["region"], cityname
                    mc["province"] = mp["placeName"]
                    unit = "县" if cityname.endswith("县") else "市"
                    mc["issuerText"] = cityname + ("人民政府" if mc["issuer"] == "municipal-government" else "人民政府办公室")
                    mc["place"] = rng.choice(["全" + unit, "我" + unit, cityname])
                cc = [x for x in centre if metas[x]["date"] < metas[p]["date"]]
                self.tasks[p].append(("chain1", rng.choice(cc), {"city": c}))
                chained.add(c)
                break
        # mass vertical: one early central passage in 10-30 local documents (at most 40% of the corpus)
        n_mass = max(1, len(metas) // 150)
        for _ in range(n_mass):
            src = rng.choice([c for c in centre if metas[c]["date"] < "2016-07-01"] or centre[:1])
            later = [x for x in local if x not in free and metas[x]["date"] > metas[src]["date"]]
            k = min(len(later), rng.randint(10, 30), int(len(metas) * 0.4))
            group = rng.sample(later, k)
            self.tasks.setdefault(("mass", src), group)
        self.mass_groups = [(k[1], v) for k, v in self.tasks.items() if isinstance(k, tuple)]
        for k in [k for k in self.tasks if isinstance(k, tuple)]:
            del self.tasks[k]

    # --- writing ----------------------------------------------------------------------------
    def run(self):
        self.plan()
        self.mass_units = {}
        for i, m in enumerate(self.metas):
            d = Doc(i, m)
            self.docs.append(d)
            self.write_doc(d)
        self.finish()

    def own_para(self, d, n_sent, enum=False, lead=None):
        m = d.meta
        year = int(m["date"][:4]) + self.rng.choice([2, 3, 4, 5])
        cn = m["cn"]
        if lead:
            d.add(lead, "tmpl")
        marks = ["一是", "二是", "三是", "四是", "五是", "六是"]
        for k in range(n_sent):
            if enum:
                d.add(marks[k], "tmpl")
            s = self.w.sentence(m["place"], year, cn)
            d.own_sentence(s, "；" if enum and k < n_sent - 1 else "。")
        d.newline()

    def stock_para(self, d, ks):
        for k in ks:
            d.add_stock(k)
            d.add("。", "tmpl")
        d.newline()

    def write_doc(self, d):
        m, rng, w = d.meta, self.rng, self.w
        m["cn"] = rng.random() < (0.2 if m["level"] in ("national", "ministerial") else 0.6)
        field, topic = title_topic(w)
        if m["level"] == "national":
            kind = rng.choice(["guiding-opinion", "action-plan"])
            title = f"{m['issuerText']}关于{topic}的{'指导意见' if kind == 'guiding-opinion' else '行动计划'}"
            addressee = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        elif m["level"] == "ministerial":
            kind = rng.choice(["guiding-opinion", "action-plan"])
            title = f"{m['issuerText']}关于{topic}的{'指导意见' if kind == 'guiding-opinion' else '行动计划'}"
            addressee = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团有关主管部门："
        elif m["level"] == "provincial":
            kind = "implementation-opinion"
            title = f"{m['issuerText']}关于{topic}的实施意见"
            addressee = "各市、县（市、区）人民政府，省政府各部门、各直属机构："
        else:
            kind = "implementation-plan"
            title = f"{m['issuerText']}关于印发{m['placeName']}{topic}实施方案的通知"
            addressee = "各区、县（市）人民政府，市政府各部门，各有关单位："
        title += "（合成）"
        m["title"], m["kind"] = title, kind
        # the central document cited in the opening
        earlier_centre = [x for x in self.docs[:-1] if x.meta["level"] in ("national", "ministerial")]
        cited = rng.choice(earlier_centre) if earlier_centre and m["level"] in ("provincial", "municipal") else None
        m["cited"] = cited.index if cited else None
        # title block
        d.add(title, "own")
        d.newline()
        if m["number"]:
            d.add(m["number"], "own")
            d.newline()
        d.add(addressee, "tmpl")
        d.newline()
        if m["level"] == "municipal":
            plan_title = f"{m['placeName']}{topic}实施方案"
            d.add(f"《{plan_title}》已经{m['placeName'][-1]}政府同意，现印发给你们，请认真组织实施。", "own")
            d.newline()
            d.add(m["issuerText"], "own")
            d.newline()
            self.add_date(d, m["date"], True)
            d.newline()
            d.add(plan_title, "own")
            d.newline()
        # opening
        if cited:
            d.add("为贯彻落实《", "tmpl")
            ct = cited.meta["title"].replace("（合成）", "")
            d.add(ct, "cite", [cited.gid(j) for j in range(len(ct))])
            d.add(f"》（{cited.meta['number']}）精神，", "tmpl")
        else:
            d.add("为", "tmpl")
        d.add_stock(0)
        d.add(f"，结合{m['placeName'] if m['level'] not in ('national', 'ministerial') else '当前工作'}实际，", "tmpl")
        d.add("制定本方案。" if m["level"] == "municipal" else "现提出以下意见。", "tmpl")
        d.newline()
        # sections
        big = ["一、", "二、", "三、", "四、", "五、", "六、"]
        small = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
        d.add("一、总体要求", "tmpl"); d.newline()
        d.add("（一）指导思想。", "tmpl")
        self.stock_para(d, rng.sample([1, 9, 5], 2))
        self.own_para(d, rng.randint(1, 2))
        d.add("（二）工作目标。", "tmpl")
        tyear = int(m["date"][:4]) + rng.choice([2, 3, 5])
        ylab = cn_year(tyear) if m["cn"] else str(tyear)
        d.add(f"到{ylab}年，", "tmpl")
        d.add(rng.choice(GOALS), "own")
        d.add("。", "tmpl")
        self.own_para(d, rng.randint(2, 3))
        d.add("二、主要任务", "tmpl"); d.newline()
        heads = rng.sample(HEADINGS, rng.randint(4, 6))
        plant_slots = []
        for k, h in enumerate(heads):
            d.add(f"{small[k]}{h}。", "tmpl")
            self.own_para(d, rng.randint(3, 5), enum=rng.random() < 0.6)
            plant_slots.append(k)
            # planted copies go between the task paragraphs
            self.place_plants(d, k, len(heads))
        if m["level"] in ("provincial", "municipal") and rng.random() < 0.6:
            self.task_table(d)
        d.add("三、保障措施", "tmpl"); d.newline()
        # stock formulae: a central document holds most of them, a local one some (as real ones are spread)
        central = m["level"] in ("national", "ministerial")
        sk = rng.sample(range(2, len(STOCK)), rng.randint(9, 13) if central else rng.randint(4, 7))
        for k in range(0, len(sk), 2):
            d.add(f"{small[k // 2]}", "tmpl")
            self.stock_para(d, sk[k:k + 2])
        if rng.random() < 0.5:
            self.own_para(d, 1)
        d.add(rng.choice(CLOSERS), "tmpl"); d.newline()
        d.add(m["issuerText"], "own"); d.newline()
        self.add_date(d, m["date"], m["cn"] or m["level"] == "municipal")

    def add_date(self, d, date, cn):
        y, mo, da = int(date[:4]), int(date[5:7]), int(date[8:10])
        if cn:
            d.add(f"{cn_year(y)}年{cn_num(mo)}月{cn_num(da)}日", "tmpl")
        else:
            d.add(f"{y}年{mo}月{da}日", "tmpl")

    def task_table(self, d):
        m = d.meta
        unit = "市" if m["level"] == "municipal" else "省"
        depts = [f"{unit}发展改革委", f"{unit}工业和信息化局", f"{unit}商务局", f"{unit}农业农村局",
                 f"{unit}交通运输局", f"{unit}卫生健康委", f"{unit}财政局", f"{unit}大数据局", f"{unit}市场监管局"]
        d.add("主要任务分工表", "tmpl"); d.newline()
        sep = self.rng.choice([" | ", "　"])
        d.add(sep.join(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]), "tmpl"); d.newline()
        for r in range(self.rng.randint(3, 6)):
            lead, *help_ = self.rng.sample(depts, 3)
            y = int(m["date"][:4]) + self.rng.randint(1, 3)
            when = (cn_year(y) + "年底前") if m["cn"] else f"{y}年底前"
            if self.rng.random() < 0.2:
                when = "长期坚持"
            task = f"{self.w.pick(VERBS)}{self.w.pick(FIELDS)}{self.w.pick(OBJECTS)}"
            d.add(f"{r + 1}{sep}", "tmpl")
            d.add(task, "own")
            d.add(f"{sep}{lead}{sep}{'、'.join(help_)}{sep}{when}", "tmpl")
            d.newline()

    # --- plants -----------------------------------------------------------------------------
    def source_units(self, s, lo, hi, need=None, min_units=1, max_units=8, same_para=True):
        """A run of consecutive own sentences of document s, lo..hi content characters, not copied before."""
        src = self.docs[s]
        used = self.used_units.setdefault(s, set())
        units = src.units
        cands = []
        for i in range(len(units)):
            for j in range(i + min_units, min(len(units), i + max_units) + 1):
                if same_para and units[j - 1][2] != units[i][2]:
                    break
                if any(u in used for u in range(i, j)):
                    break
                a, b = units[i][0], units[j - 1][1]
                cl = content_len("".join(src.chars[a:b]))
                if cl > hi:
                    break
                if cl >= lo and (need is None or need("".join(src.chars[a:b]))):
                    cands.append((i, j))
        if not cands:
            return None
        i, j = self.rng.choice(cands)
        for u in range(i, j):
            used.add(u)
        return i, j

    def place_plants(self, d, k, nheads):
        """Planted copies of this document's tasks, spread over its task paragraphs."""
        t = d.index
        mine = [x for x in self.tasks.get(t, [])]
        mass = [s for s, group in self.mass_groups if t in group]
        todo = []
        for j, task in enumerate(mine):
            if j % nheads == k:
                todo.append(task)
        if k == 0:
            for s in mass:
                todo.append(("massVertical", s, None))
            if "chainFrom" in d.meta:
                todo.append(("chain2", None, None))
        for cat, s, extra in todo:
            self.plant(d, cat, s, extra)

    def record(self, cat, s, t, srng, trng, pieces, guarantee, reason, **kw):
        p = dict(category=cat, source=s, target=t, s=srng, t=trng, pieces=pieces, guarantee=guarantee,
                 reason=reason)
        p.update(kw)
        self.plants.append(p)
        return p

    def plant(self, d, cat, s, extra):
        rng = self.rng
        t = d.index
        if cat == "chain2":
            s, (ps, pe), cs, (cs0, ce0), pieces_c, g1 = d.meta["chainFrom"]
            # the city copies its province's edited version word for word
            self.own_lead(d)
            trng = copy_into(d, self.docs[s], ps, pe)
            self.own_tail(d)
            self.record("chain2", s, t, (ps, pe), trng, [(ps, pe, trng[0], trng[1])], False,
                        "rule 5: the centre, earlier, holds most of the run and is reported as the source of both")
            # and the centre's text it carries: centre -> city, shared by construction through the province
            off = trng[0] - ps
            cp = [(a, b, ta + off, tb + off) for (a, b, ta, tb) in pieces_c]
            self.record("chainCentreCity", cs, t, (cs0, ce0), trng, cp, g1[0],
                        "the central text in the city through its province: " + g1[1], edited=bool(len(cp) > 1))
            return
        src = self.docs[s]
        if cat == "massVertical":
            if s not in self.mass_units:
                u = self.source_units(s, 100, 220)
                if u is None:
                    return
                self.mass_units[s] = u
            i, j = self.mass_units[s]
            a, b = src.units[i][0], src.units[j - 1][1]
            ptxt = "".join(src.chars[a:b])
            ops = []
            if rng.random() < 0.3 and "全国" in ptxt:
                x = ptxt.index("全国")
                ops = [(x, x + 2, d.meta["place"] if d.meta["place"].startswith("全") else "全省")]
            trng, pieces = add_edited(d, src, a, b, ops)
            d.newline()
            g = self.guarantee_for(src, pieces, ops, a, b)
            self.record("massVertical", s, t, (a, b), trng, pieces, g[0], g[1], edited=bool(ops))
            return
        lengths = {"verbatimLong": (80, 400), "verbatimShort": (30, 45), "synonyms": (80, 200),
                   "localChange": (60, 200), "clauseInserted": (60, 200), "clauseDropped": (60, 200),
                   "merged": (60, 200), "split": (60, 200), "reordered": (90, 260), "wrappedCopy": (200, 400),
                   "provToProv": (80, 300), "chain1": (80, 220)}
        lo, hi = lengths[cat]
        need = None
        if cat in ("localChange", "chain1"):
            need = lambda x: self.local_tokens(x, src.meta) != []
        elif cat == "clauseDropped":
            need = lambda x: any(4 <= content_len(c) <= 28 for c in x.split("，")[1:-1])
        elif cat == "merged":
            need = lambda x: "。" in x[:-1]
        elif cat == "split":
            need = lambda x: any("，" in sent for sent in x.split("。") if content_len(sent) > 40)
        min_units = 2 if cat in ("merged", "reordered") else 1
        if cat == "reordered":
            min_units = 3
        u = self.source_units(s, lo, hi, need, min_units=min_units, max_units=3 if cat == "reordered" else 8)
        if u is None:
            u = self.source_units(s, lo, hi * 2, need, min_units=min_units) if cat != "verbatimShort" else None
            if u is None:
                return
        i, j = u
        a, b = src.units[i][0], src.units[j - 1][1]
        ptxt = "".join(src.chars[a:b])
        if cat == "verbatimShort":
            # a single sentence of 30-45 content characters, set among the target's own sentences
            self.own_lead(d)
            trng, pieces = add_edited(d, src, a, b, [])
            self.own_tail(d)
            self.record(cat, s, t, (a, b), trng, pieces, content_len(ptxt) >= 30, "identical run >= 30")
            return
        if cat == "reordered":
            sents = [(src.units[x][0], src.units[x][1]) for x in range(i, j)]
            order = list(range(len(sents)))
            while order == sorted(order):
                rng.shuffle(order)
            self.own_lead(d)
            got = []
            for o in order:
                sa, sb = sents[o]
                trng = copy_into(d, src, sa, sb)
                got.append((o, (sa, sb), trng))
            self.own_tail(d)
            # sentences that stay side by side in the same order are one block (one passage)
            blocks = []
            for o, (sa, sb), trng in got:
                if blocks and blocks[-1][0] == o - 1:
                    _, (pa, pb), (qa, qb), pcs = blocks[-1]
                    blocks[-1] = (o, (pa, sb), (qa, trng[1]), pcs + [(sa, sb, trng[0], trng[1])])
                else:
                    blocks.append((o, (sa, sb), trng, [(sa, sb, trng[0], trng[1])]))
            for o, srng, trng, pcs in blocks:
                cl = min(content_len("".join(src.chars[a:b])) for a, b, _, _ in pcs)
                self.record(cat, s, t, srng, trng, pcs, cl >= 30,
                            "each sentence an identical run >= 30; sentences in another order stay apart",
                            group=f"{s}-{t}-{i}")
            return
        ops = []
        edit_kind = None
        if cat == "synonyms":
            ops = self.synonym_ops(ptxt)
            edit_kind = "synonym"
        elif cat in ("localChange", "chain1"):
            ops = self.local_ops(ptxt, src.meta, d.meta)
            edit_kind = "local"
        elif cat == "clauseInserted":
            cuts = [x + 1 for x, c in enumerate(ptxt) if c in "，；" and 0 < x < len(ptxt) - 1]
            x = rng.choice(cuts) if cuts else len(ptxt) - 1
            ops = [(x, x, rng.choice(SHORT_CLAUSES) + "，")]
            edit_kind = "clause"
        elif cat == "clauseDropped":
            parts, pos, spans = ptxt.split("，"), 0, []
            for q, c in enumerate(parts):
                if 0 < q < len(parts) - 1 and 4 <= content_len(c) <= 28:
                    spans.append((pos, pos + len(c) + 1))
                pos += len(c) + 1
            x0, x1 = rng.choice(spans)
            ops = [(x0, x1, "")]
            edit_kind = "clause"
        elif cat == "merged":
            ends = [x for x, c in enumerate(ptxt) if c == "。" and x < len(ptxt) - 1]
            x = rng.choice(ends)
            ops = [(x, x + 1, rng.choice(["，同时", "，并", "，进一步"]))]
            edit_kind = "merge"
        elif cat == "split":
            cands = []
            pos = 0
            for sent in ptxt.split("。"):
                if content_len(sent) > 40:
                    for y, c in enumerate(sent):
                        if c == "，" and content_len(sent[:y]) >= 15 and content_len(sent[y:]) >= 15:
                            cands.append(pos + y)
                pos += len(sent) + 1
            x = rng.choice(cands) if cands else None
            if x is None:
                ops = []
            else:
                ops = [(x, x + 1, rng.choice(["。在此基础上，", "。同时，", "。"]))]
            edit_kind = "split"
        if cat == "wrappedCopy":
            d.meta["forceWrap"] = True
        lead = self.own_lead(d) if rng.random() < 0.7 else None
        trng, pieces = add_edited(d, src, a, b, ops)
        self.own_tail(d)
        g = self.guarantee_for(src, pieces, ops, a, b, edit_kind)
        rec = self.record(cat, s, t, (a, b), trng, pieces, g[0], g[1], edited=bool(ops))
        if cat == "chain1":
            city = extra["city"]
            self.metas[city]["chainFrom"] = (t, trng, s, (a, b), pieces, g)

    def own_lead(self, d):
        m = d.meta
        s = self.w.sentence(m["place"], int(m["date"][:4]) + 3, m["cn"], 20, 60)
        return d.own_sentence(s)

    def own_tail(self, d):
        m = d.meta
        s = self.w.sentence(m["place"], int(m["date"][:4]) + 3, m["cn"], 20, 60)
        d.own_sentence(s)
        d.newline()

    def local_tokens(self, x, meta):
        toks = []
        for tok in ["全国", "全省", "全市", "全县", "我省", "我市", "我县", meta.get("placeName", "@")]:
            if tok and tok in x:
                toks.append(tok)
        for y in range(2015, 2031):
            if f"{y}年" in x:
                toks.append(f"{y}年")
            if cn_year(y) + "年" in x:
                toks.append(cn_year(y) + "年")
        return toks

    def local_ops(self, ptxt, smeta, tmeta):
        toks = self.local_tokens(ptxt, smeta)
        rng = self.rng
        ops = []
        taken = []
        for tok in rng.sample(toks, min(len(toks), rng.randint(1, 2))):
            x = ptxt.find(tok)
            while x >= 0 and any(a <= x < b or a < x + len(tok) <= b for a, b in taken):
                x = ptxt.find(tok, x + 1)
            if x < 0:
                continue
            if tok.endswith("年"):
                y = tok[:-1]
                if y.isdigit():
                    new = str(int(y) + rng.choice([2, 3, 5])) + "年"
                else:
                    yy = int("".join(str(CN_DIGITS.index(c)) for c in y)) + rng.choice([2, 3, 5])
                    new = cn_year(yy) + "年"
            else:
                new = tmeta["place"] if tmeta["place"] != tok else tmeta["placeName"]
                if new == tok:
                    continue
            ops.append((x, x + len(tok), new))
            taken.append((x, x + len(tok)))
        return sorted(ops)

    def synonym_ops(self, ptxt):
        """1-2 characters changed every 20-40 characters."""
        ops, x = [], self.rng.randint(20, 40)
        while x < len(ptxt) - 4:
            # the nearest synonym-bearing word from x on, else a one-character change
            best = None
            for a, bword in SYNONYMS:
                y = ptxt.find(a, x)
                if 0 <= y < x + 15 and (best is None or y < best[0]):
                    best = (y, y + len(a), bword)
            if best is None:
                if is_content(ptxt[x]) and ptxt[x] not in "的":
                    best = (x, x + 1, "的" if ptxt[x] != "的" else "之")
                else:
                    x += 1
                    continue
            ops.append(best)
            x = best[1] + self.rng.randint(20, 40)
        return ops

    def guarantee_for(self, src, pieces, ops, a, b, edit_kind=None):
        """Whether the whole plant falls within the guarantee as docs/indicators.md states it."""
        cls = [content_len("".join(src.chars[p[0]:p[1]])) for p in pieces]
        if not cls or max(cls) < 30:
            return False, "no identical run of 30 content characters"
        if edit_kind == "synonym" and ops:
            return False, "words replaced by synonyms: not an edit the guarantee lists (only its runs >= 30 are)"
        for q, (x0, x1, new) in enumerate(ops):
            el = max(content_len(new), content_len("".join(src.chars[a + x0:a + x1])))
            if el > 30:
                return False, "edit longer than 30"
            before, after = cls[q], cls[q + 1] if q + 1 < len(cls) else 0
            if before < el or after < el / 2:
                return False, f"stretch before ({before}) shorter than the edit ({el}) or after ({after}) under half"
        return True, "identical run >= 30 with listed edits only"

    # --- finishing: wrapping, full-width, files -------------------------------------------------
    def finish(self):
        rng = self.rng
        for d in self.docs:
            pre = d.text()
            d.wrapped = d.meta.get("forceWrap") or rng.random() < 0.3
            fullwidth = rng.random() < 0.15
            if fullwidth:
                # digits and Latin letters of the running text in full width (not the title line)
                first_nl = pre.index("\n")
                chars = list(pre)
                for q in range(first_nl, len(chars)):
                    c = chars[q]
                    if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") and rng.random() < 0.8:
                        chars[q] = chr(ord(c) + 0xFEE0)
                pre = "".join(chars)
                d.chars = chars
            if d.wrapped:
                final, mp, furn = self.wrap(pre, d.meta)
            else:
                final, mp, furn = pre, list(range(len(pre) + 1)), []
            d.final, d.map, d.furniture = final, mp, furn
            d.meta["fullwidth"] = fullwidth

    def wrap(self, pre, meta):
        rng = self.rng
        width = rng.randint(28, 36)
        lines_per_page = rng.randint(18, 24)
        header = meta["title"][:rng.randint(10, 16)]
        out, mp, furn = [], [], []
        col = 0
        closing = set("。，；：、）》”！？")

        def emit(s, is_furn=False):
            start = len(out)
            out.extend(s)
            if is_furn:
                furn.append((start, len(out)))

        state = {"lines": 0, "page": 1}

        def line_end():
            emit("\n")
            state["lines"] += 1
            if state["lines"] >= lines_per_page:
                # a page break: page number at the foot, running header at the next page's head
                emit(f"— {state['page']} —", True)
                emit("\n")
                emit(header, True)
                emit("\n")
                state["page"] += 1
                state["lines"] = 0

        for i, c in enumerate(pre):
            if c == "\n":
                mp.append(len(out))
                line_end()
                col = 0
            else:
                if col >= width and c not in closing:
                    line_end()
                    col = 0
                mp.append(len(out))
                emit(c)
                col += 1
        mp.append(len(out))
        return "".join(out), mp, furn


def fin_range(d, a, b):
    """Final range of prewrap range a..b."""
    if b <= a:
        return (d.map[a], d.map[a])
    return (d.map[a], d.map[b - 1] + 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--documents", type=int, default=60)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    g = Generator(args.seed, args.documents)
    g.run()
    out = args.out
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "documents"))
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump({"schema": 1, "name": f"第六生成器合成语料（seed {args.seed}，{args.documents} 篇；合成，非真实文件）",
                   "description": "SYNTHETIC. benchmarks/gen_sixth_corpus.py: generated policy-like texts with planted copies "
                                  "(truth.json); not real documents.",
                   "synthetic": True, "citations": []}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    docs_out = []
    for d in g.docs:
        m = d.meta
        rec = {"schema": 1, "id": m["id"], "title": m["title"], "number": m["number"],
               "issuers": [m["issuer"]], "issuerText": m["issuerText"], "level": m["level"],
               "region": m["region"], "locality": None, "dateWritten": m["date"], "datePublished": m["date"],
               "kind": m["kind"], "basedOn": [g.docs[m["cited"]].meta["id"]] if m.get("cited") is not None else [],
               "actionAreas": {"ids": areas_of(m["title"]), "coding": "machine"},
               "source": {"seen": {"where": "not-seen", "fields": []}, "origin": "import"},
               "note": "SYNTHETIC: generated by benchmarks/gen_sixth_corpus.py, not a real document",
               "synthetic": True, "text": d.final,
               "extra": {"synthetic": "true", "generator": "sixth", "wrapped": str(d.wrapped).lower(),
                         "fullwidth": str(m["fullwidth"]).lower()}}
        with open(os.path.join(out, "documents", m["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    # truth
    plants = []
    for p in g.plants:
        S, T = g.docs[p["source"]], g.docs[p["target"]]
        q = {"category": p["category"], "sourceId": S.meta["id"], "targetId": T.meta["id"],
             "source": list(fin_range(S, *p["s"])), "target": list(fin_range(T, *p["t"])),
             "pieces": [list(fin_range(S, a, b)) + list(fin_range(T, ta, tb)) for a, b, ta, tb in p["pieces"]],
             "guarantee": p["guarantee"], "reason": p["reason"], "edited": p.get("edited", False)}
        if "group" in p:
            q["group"] = p["group"]
        # does page furniture of the target fall inside the plant?
        ft = q["target"]
        q["furnitureInside"] = any(ft[0] <= a < ft[1] for a, b in T.furniture)
        plants.append(q)
    origins = {}
    kinds = {"own": 0, "copy": 1, "stock": 2, "tmpl": 3, "cite": 4}
    for d in g.docs:
        fo = [None] * len(d.final)
        for i in range(len(d.chars)):
            fo[d.map[i]] = (d.origin[i], kinds[d.kind[i]])
        runs = []   # [finalStart, finalEnd, originStart, kindCode]: consecutive characters, consecutive origins
        i, n = 0, len(fo)
        while i < n:
            if fo[i] is None:
                i += 1
                continue
            j = i + 1
            while j < n and fo[j] is not None and fo[j][1] == fo[i][1] and (
                    fo[j][0] == fo[j - 1][0] + 1 or (fo[i][0] == -1 and fo[j][0] == -1)):
                j += 1
            runs.append([i, j, fo[i][0], fo[i][1]])
            i = j
        origins[d.meta["id"]] = {"runs": runs, "furniture": [list(x) for x in d.furniture],
                                 "index": d.index}
    free_ids = sorted(g.docs[i].meta["id"] for i in g.free)
    truth = {"schema": 1, "generator": "sixth", "synthetic": True, "seed": args.seed, "documents": args.documents,
             "plants": plants, "stockOnly": free_ids, "origins": origins,
             "ids": [d.meta["id"] for d in g.docs]}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False)
    cats = {}
    for p in plants:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    print(f"wrote {len(g.docs)} documents, {len(plants)} plants to {out}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
