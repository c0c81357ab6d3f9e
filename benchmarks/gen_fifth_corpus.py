#!/usr/bin/env python3
"""A fifth generator of SYNTHETIC Chinese policy corpora with planted copying, for ipap's text-reuse analysis.

Written without reading the analysis (Sources/PolicyAnalysis), its tests or the project's other corpus
generators and scorers (benchmarks/gen_*.py, check_guarantee.py, evaluate_reuse.py); only README.md,
docs/data-format.md and the "Text reuse" section of docs/indicators.md up to "The guarantee" were read.
Every text it writes is generated (not a real policy document) and marked synthetic.

Usage:
    python3 benchmarks/gen_fifth_corpus.py --seed 1 --documents 60 --out DIR

writes
    DIR/corpus/          a corpus directory ipap reads (corpus.json, documents/<id>.json,
                         taxonomy/divisions.json with the cities used), every document synthetic
    DIR/truth.json       the ground truth: documents (id, level, region, date, negative flavour), the planted
                         copies (category, relation, source and target ids, segments with Unicode scalar offsets
                         [start, end) into the stored texts, edits, the texts), and per document the "origin" of
                         every character (run-length encoded; "originIds": the ids made while the document was
                         written) so that a scorer can tell text two documents share by construction (both
                         copied it from a third, or one quotes the other's title) from text equal by chance, and
                         "kinds": [start, end, kind] of every piece (content, target, heading, stock, stockheavy,
                         formula, row, quote, other = frame text, plant), to break false positives down.

Planted categories (the source passage is always original text of an earlier document):
    verbatim_long      80-400 content characters word for word (whole sentences of one paragraph)
    verbatim_short     one sentence of 25-40 content characters (often an item's heading sentence)
    substituted        80-250 characters with 1-3 places, numbers or units replaced inside
    clause_inserted    80-250 characters with a clause of at most 30 characters inserted
    clause_dropped     80-250 characters with an inner clause of at most 30 characters left out
    sentence_swap      2-3 sentences of one paragraph copied in another order (each >= 30 characters)
    stock_heavy        a run of stock formulae carrying only two or three specific nouns, word for word
    table_renumbered   3-6 rows of a table of targets, the labels copied and the figures changed
    punctuation_changed 80-250 characters with 2-4 punctuation marks changed (，->； 、->，); content identical
    digits_fullwidth   a target sentence or more with its digits and % written full width (２０２０年，８０％)
    items_renumbered   two consecutive items of a task list copied whole, numbered the target's way ((三) -> (五))
    horizontal         province -> another province, 80-300 characters, verbatim or with the places swapped
    mass_vertical      a passage of an early State Council document taken by many provinces and cities
                       (8-20 copies in small corpora, 10-30 in large ones; a third with 全国 -> 全省 etc. or,
                       where the passage names no place, half of those with a clause dropped)
    ministry_ministry  ministry -> a ministry of another issuer, verbatim or with a figure changed
    prov_to_city       a province's own text taken by one of its cities
About 8% of the local documents are hard-wrapped at 30-40 characters a line (as a PDF's text comes out); they
receive plants like any other but are never sources.
Negatives: documents marked negative take part in no plant; flavour "long" strings many long stock formulae
together, flavour "short" has only the short formulae every document has. Any copy passage reported with a
negative document is a false positive.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

# --------------------------------------------------------------------------------------------------------------
# Places and issuers

PROVINCES = [
    # code, full name, short name, kind of self-reference (省 / 区 / 市), cities [(name, code)]
    ("110000", "北京市", "北京", "市", []),
    ("120000", "天津市", "天津", "市", []),
    ("130000", "河北省", "河北", "省", [("石家庄市", "130100"), ("唐山市", "130200"), ("保定市", "130600")]),
    ("140000", "山西省", "山西", "省", [("太原市", "140100"), ("大同市", "140200")]),
    ("150000", "内蒙古自治区", "内蒙古", "区", [("呼和浩特市", "150100"), ("包头市", "150200")]),
    ("210000", "辽宁省", "辽宁", "省", [("沈阳市", "210100"), ("大连市", "210200")]),
    ("220000", "吉林省", "吉林", "省", [("长春市", "220100"), ("吉林市", "220200")]),
    ("230000", "黑龙江省", "黑龙江", "省", [("哈尔滨市", "230100"), ("大庆市", "230600")]),
    ("310000", "上海市", "上海", "市", []),
    ("320000", "江苏省", "江苏", "省", [("南京市", "320100"), ("无锡市", "320200"), ("苏州市", "320500")]),
    ("330000", "浙江省", "浙江", "省", [("杭州市", "330100"), ("宁波市", "330200"), ("温州市", "330300")]),
    ("340000", "安徽省", "安徽", "省", [("合肥市", "340100"), ("芜湖市", "340200")]),
    ("350000", "福建省", "福建", "省", [("福州市", "350100"), ("厦门市", "350200"), ("泉州市", "350500")]),
    ("360000", "江西省", "江西", "省", [("南昌市", "360100"), ("赣州市", "360700")]),
    ("370000", "山东省", "山东", "省", [("济南市", "370100"), ("青岛市", "370200"), ("烟台市", "370600")]),
    ("410000", "河南省", "河南", "省", [("郑州市", "410100"), ("洛阳市", "410300")]),
    ("420000", "湖北省", "湖北", "省", [("武汉市", "420100"), ("宜昌市", "420500")]),
    ("430000", "湖南省", "湖南", "省", [("长沙市", "430100"), ("株洲市", "430200")]),
    ("440000", "广东省", "广东", "省", [("广州市", "440100"), ("深圳市", "440300"), ("佛山市", "440600")]),
    ("450000", "广西壮族自治区", "广西", "区", [("南宁市", "450100"), ("柳州市", "450200")]),
    ("460000", "海南省", "海南", "省", [("海口市", "460100"), ("三亚市", "460200")]),
    ("500000", "重庆市", "重庆", "市", []),
    ("510000", "四川省", "四川", "省", [("成都市", "510100"), ("绵阳市", "510700")]),
    ("520000", "贵州省", "贵州", "省", [("贵阳市", "520100"), ("遵义市", "520300")]),
    ("530000", "云南省", "云南", "省", [("昆明市", "530100"), ("曲靖市", "530300")]),
    ("540000", "西藏自治区", "西藏", "区", [("拉萨市", "540100")]),
    ("610000", "陕西省", "陕西", "省", [("西安市", "610100"), ("宝鸡市", "610300")]),
    ("620000", "甘肃省", "甘肃", "省", [("兰州市", "620100"), ("天水市", "620500")]),
    ("630000", "青海省", "青海", "省", [("西宁市", "630100")]),
    ("640000", "宁夏回族自治区", "宁夏", "区", [("银川市", "640100")]),
    ("650000", "新疆维吾尔自治区", "新疆", "区", [("乌鲁木齐市", "650100"), ("克拉玛依市", "650200")]),
]

# Central issuers: id, name, number prefix, fields they write about
NATIONAL = [("state-council", "国务院", "国发"), ("general-office", "国务院办公厅", "国办发")]
MINISTRIES = [
    ("miit", "工业和信息化部", "工信部信软", ["制造业", "信息基础设施", "中小企业"]),
    ("ndrc", "国家发展和改革委员会", "发改高技", ["数字经济", "新型基础设施", "分享经济"]),
    ("mofcom", "商务部", "商电发", ["电子商务", "商贸流通", "服务贸易"]),
    ("mot", "交通运输部", "交规划发", ["交通运输", "现代物流", "城市公共交通"]),
    ("moe", "教育部", "教技", ["教育", "职业教育", "在线教育"]),
    ("most", "科学技术部", "国科发", ["科技创新", "创业创新", "技术转移"]),
    ("mof", "财政部", "财建", ["财政支持", "政府采购", "普惠金融"]),
    ("pboc", "中国人民银行", "银发", ["普惠金融", "移动支付", "征信服务"]),
    ("nea", "国家能源局", "国能发", ["能源", "智能电网", "分布式能源"]),
    ("mca", "民政部", "民发", ["养老服务", "社区服务", "社会救助"]),
    ("mohrss", "人力资源和社会保障部", "人社部发", ["就业创业", "社会保障", "技能培训"]),
]

# --------------------------------------------------------------------------------------------------------------
# The phrase bank (written for this generator)

FIELDS = ["制造业", "现代农业", "能源", "普惠金融", "现代物流", "电子商务", "交通运输", "医疗健康", "教育",
          "养老服务", "文化旅游", "政务服务", "生态环境", "商贸流通", "社区服务", "水利", "林业", "就业创业",
          "食品安全", "安全生产", "社会保障", "住房城乡建设", "广播电视", "体育", "农村电子商务", "跨境电子商务",
          "智能制造", "工业互联网", "智慧城市", "公共资源交易"]
TECH = ["互联网", "大数据", "云计算", "物联网", "人工智能", "移动互联网", "工业互联网", "区块链", "北斗导航",
        "新一代信息技术", "智能传感", "下一代互联网", "虚拟现实", "卫星遥感"]
PUSH = ["加快推进", "大力推动", "积极促进", "深入推进", "稳步推进", "全面推动", "着力推进", "有序推进", "统筹推进",
        "加速推进"]
BUILD = ["建设", "打造", "培育", "布局", "建成", "组建"]
ACTORS = ["骨干企业", "高等院校", "科研院所", "行业协会", "基础电信企业", "金融机构", "龙头企业", "中小微企业",
          "社会资本", "第三方服务机构", "互联网企业", "快递物流企业", "公立医院", "新型农业经营主体",
          "大型商贸企业", "产业联盟", "广播电视网络运营机构", "供销合作社"]
SERVICES = ["在线服务", "远程监测", "精准营销", "协同研发", "数据分析", "供应链管理", "个性化定制", "智能调度",
            "网上办理", "质量追溯", "信用评价", "预约诊疗", "在线培训", "远程运维", "移动支付", "智能巡检"]
ADJ = ["具有示范带动作用的", "国内领先的", "开放共享的", "特色鲜明的", "功能完善的", "辐射带动能力强的",
       "规模化", "专业化", "区域性", "综合性", "高水平"]
OBJECTS = ["公共服务平台", "示范基地", "产业园区", "创新中心", "数据中心", "应用示范工程", "标准体系", "监测网络",
           "交易平台", "服务体系", "孵化载体", "重点实验室", "云服务平台", "大数据中心", "众创空间", "双创示范基地",
           "体验中心", "运营中心"]
ENTERPRISES = ["骨干企业", "平台型企业", "高新技术企业", "领军企业", "示范企业", "创新型企业", "“专精特新”企业",
               "电子商务示范企业", "服务型制造企业"]
CAPABILITY = ["数字化", "网络化", "智能化", "精细化管理", "公共服务", "综合监管", "应急保障", "资源配置",
              "协同创新", "风险防控"]
MODES = ["线上线下融合", "“互联网+订单农业”", "众包众筹", "分享经济", "平台化运营", "网络化协同制造", "农超对接",
         "智慧社区", "共享出行", "远程会诊", "在线教育", "按需定制", "云上办公", "无人零售"]
PILOTS = ["综合示范", "创新应用", "融合发展", "改革", "服务创新", "先行先试", "集成应用"]
MECHANISMS = ["监管机制", "统计监测制度", "信用评价体系", "考核评价机制", "标准规范", "价格形成机制",
              "协调推进机制", "风险防控机制", "数据开放制度", "准入退出机制", "利益分配机制"]
INFRA = ["信息基础设施", "宽带网络", "物联网感知设施", "数据中心", "公共服务网络", "冷链物流设施", "充电基础设施",
         "网络安全基础设施", "光纤入户设施", "应急通信设施"]
DIRECTIONS = ["数字化、网络化、智能化", "服务化", "高端化", "绿色化", "个性化定制", "集约化", "品牌化"]
NEWBIZ = ["平台经济", "共享经济", "网络众包", "在线定制", "远程运维", "智慧服务", "直播电商", "数字创意"]
CHAINS = ["研发设计、品牌营销等环节", "产业链上下游", "价值链高端", "服务型制造", "全产业链", "生产性服务业"]
COVERAGE = ["服务全覆盖", "网络全覆盖", "信息互联互通", "数据实时共享", "一网通办", "业务协同办理",
            "监管全过程留痕"]
PLATFORMS = ["政务数据共享交换平台", "电子政务外网", "一体化在线政务服务平台", "公共信用信息平台",
             "工业互联网标识解析节点", "大数据中心", "农村电子商务公共服务中心", "公共资源交易平台",
             "企业信用信息公示系统", "远程医疗服务网络"]
DATA = ["数据资源", "信用信息", "业务数据", "电子证照", "监测数据", "统计数据", "地理信息", "交易数据"]
EFFECTS = ["显著增强", "明显提升", "大幅提高", "持续提升", "不断提高", "稳步提升"]
PURPOSES = ["降低企业运营成本", "提高资源配置效率", "方便群众办事创业", "带动农民增收致富", "增强产业核心竞争力",
            "促进消费升级", "释放发展新动能", "提升公共服务均等化水平", "推动产业转型升级", "保障数据安全"]

METRICS = [  # name, unit, low, high
    ("固定宽带家庭普及率", "%", 40, 95), ("4G网络人口覆盖率", "%", 70, 99), ("电子商务交易额", "亿元", 800, 30000),
    ("网络零售额", "亿元", 300, 12000), ("工业互联网平台", "个", 5, 80),
    ("规模以上工业企业数字化研发设计工具普及率", "%", 50, 90), ("关键工序数控化率", "%", 30, 65),
    ("农产品网络零售额", "亿元", 50, 900), ("政务服务事项网上可办率", "%", 60, 100),
    ("居民电子健康档案建档率", "%", 60, 95), ("二级以上医院预约诊疗率", "%", 30, 80), ("行政村光纤通达率", "%", 70, 100),
    ("快递业务量", "亿件", 5, 150), ("重点物流企业信息化率", "%", 50, 95), ("智慧旅游景区", "家", 10, 200),
    ("省级以上“互联网+”示范基地", "个", 5, 60), ("众创空间", "家", 20, 600), ("数字经济规模", "亿元", 1000, 40000),
    ("城市公共区域免费无线局域网热点", "个", 500, 20000), ("跨境电子商务进出口额", "亿元", 20, 3000),
    ("中小学互联网接入率", "%", 80, 100), ("电子商务进农村综合示范县", "个", 5, 60),
]
FULLWIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")
UNIT_SWAP = {"亿元": "万元", "万元": "亿元", "家": "个", "个": "家", "亿件": "万件", "万件": "亿件"}

# Fixed stock formulae: many documents hold them word for word (formulae, never copies)
FIXED_FORMULAE = [
    "各地区、各有关部门要充分认识推进“互联网+”工作的重要意义，切实加强组织领导，明确责任分工，确保各项任务落到实处。",
    "充分发挥市场在资源配置中的决定性作用，更好发挥政府作用，激发市场主体活力和社会创造力。",
    "加大财政资金统筹力度，创新财政资金支持方式，引导社会资本加大投入。",
    "落实网络安全等级保护制度，加强关键信息基础设施安全防护，提升网络安全保障能力。",
    "加强宣传引导，及时总结推广典型经验和做法，营造全社会共同参与的良好氛围。",
    "建立健全统计监测和评估考核制度，定期对各项任务落实情况进行督促检查。",
    "加快培养既懂产业又懂互联网的复合型人才，完善人才引进、培养和激励机制。",
    "深化简政放权、放管结合、优化服务改革，营造宽松便捷的市场准入环境。",
    "按照包容审慎的原则，创新对新产业、新业态、新模式的监管方式。",
    "坚持以人民为中心的发展思想，不断增强人民群众的获得感和幸福感。",
    "各有关部门要按照职责分工，抓紧制定配套政策措施，加强协调配合，形成工作合力。",
    "鼓励金融机构创新金融产品和服务，拓宽企业融资渠道，降低融资成本。",
    "加强知识产权保护，依法打击侵权假冒行为，维护公平竞争的市场秩序。",
    "推动政府数据资源有序开放，提高数据资源开发利用水平。",
]
IDEOLOGY_EARLY = ("全面贯彻党的十八大和十八届三中、四中、五中全会精神，按照“四个全面”战略布局和党中央、国务院决策部署，"
                  "牢固树立创新、协调、绿色、开放、共享的发展理念")
IDEOLOGY_LATE = ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，"
                 "坚持稳中求进工作总基调，坚持新发展理念")
SHORT_FORMULAE = ["加强组织领导", "强化政策支持", "加大资金投入", "强化人才支撑", "加强安全保障", "营造良好环境",
                  "强化督查考核", "加强宣传推广", "深化开放合作", "完善法规标准", "优化发展环境", "健全工作机制"]
PRINCIPLES = ["坚持市场主导", "坚持融合创新", "坚持开放共享", "坚持安全有序", "坚持统筹协调", "坚持问题导向",
              "坚持改革引领", "坚持需求牵引", "坚持重点突破"]
STOCK_FIXED_CLAUSES = ["坚持问题导向", "强化统筹协调", "完善政策体系", "加强组织实施", "注重示范引领", "坚持稳中求进",
                       "突出重点领域", "补齐短板弱项", "激发市场活力", "优化营商环境", "强化要素保障", "深化改革创新",
                       "加强督促检查", "形成工作合力", "营造良好氛围", "推动高质量发展", "提升治理能力", "增强发展动能",
                       "强化责任落实", "注重统筹兼顾"]
STOCK_SLOT_CLAUSES = ["着力解决{f}发展中的突出问题", "进一步加大对{f}的支持力度", "形成{f}协同发展的良好格局",
                      "不断提升{f}的质量和效益", "加快构建{f}现代化体系", "为{f}高质量发展提供有力支撑",
                      "统筹推进{f}重大项目建设", "推动{f}提质增效", "切实抓好{f}各项工作", "引导社会力量参与{f}",
                      "认真总结{f}试点经验", "把{f}摆在更加突出的位置"]
COMMON_FIELDS = ["电子商务", "政务服务", "制造业", "现代农业", "现代物流"]  # the nouns stock sentences favour
INSERT_CLAUSES = ["重点支持贫困地区和革命老区", "鼓励有条件的地方先行先试", "并纳入年度绩效考核", "力争三年内取得明显成效",
                  "优先支持民营企业和小微企业", "同步推进配套制度建设", "加强与周边地区的衔接", "每年开展一次评估",
                  "对成效突出的给予奖励", "推动形成可复制的经验做法", "确保资金使用安全高效",
                  "注重保护个人信息和商业秘密", "具体办法另行制定", "在试点基础上逐步推开"]
RESPONSIBLE_CENTRAL = ["国家发展改革委", "工业和信息化部", "商务部", "科技部", "财政部", "交通运输部", "农业部",
                       "人力资源社会保障部", "中央网信办", "人民银行"]
RESPONSIBLE_PROV = ["发展改革委", "经济和信息化委", "商务厅", "科技厅", "财政厅", "交通运输厅", "农业厅", "通信管理局",
                    "人力资源社会保障厅", "网信办", "教育厅", "卫生计生委"]

CN_NUM = "零一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def content_len(s):
    return sum(1 for c in s if c.isalnum())


# --------------------------------------------------------------------------------------------------------------
# Text with origins: every character carries an origin id; original text gets new ids, copied text keeps the
# source's ids, so two documents share a character "by construction" exactly when their ids are equal.

class Origins:
    def __init__(self):
        self.next = 1

    def fresh(self, n):
        first = self.next
        self.next += n
        return list(range(first, first + n))


ORIG = Origins()


class Piece:
    __slots__ = ("text", "orig", "kind", "plant", "seg", "start", "end")

    def __init__(self, text, kind, orig=None, plant=None, seg=None):
        self.text = text
        self.kind = kind          # sentence kinds: content target heading stock stockheavy formula row other
        self.orig = orig if orig is not None else ORIG.fresh(len(text))
        self.plant = plant        # plant id when this piece is a planted copy
        self.seg = seg
        self.start = self.end = None


class Line:
    __slots__ = ("marker", "pieces", "section", "title", "start", "glued")

    def __init__(self, pieces, marker=None, section="body", title=None):
        self.marker = marker      # None, "top" (一、), "paren" (（一）), "num" (1.), "article" (第一条), "chapter"
        self.pieces = pieces
        self.section = section    # frame, intro, goal, task, guard, table, sign
        self.title = title        # chapter title
        self.start = None
        self.glued = False        # the next line belongs to the same plant


class Doc:
    def __init__(self, idx):
        self.idx = idx
        self.lines = []
        self.text = None
        self.orig = None
        self.plants_in = []
        self.negative = ""

    @property
    def central(self):
        return self.level in ("national", "ministerial")


# --------------------------------------------------------------------------------------------------------------
# Content

class Writer:
    """Writes the original text of one document."""

    def __init__(self, rng, doc):
        self.rng = rng
        self.doc = doc

    def pick(self, xs):
        return self.rng.choice(xs)

    def place_phrase(self):
        d = self.doc
        r = self.rng
        if d.central:
            return self.pick(["有条件的地区", "东中西部地区", "京津冀、长三角、珠三角等区域", "中西部地区",
                              "国家级新区和自由贸易试验区", "全国"])
        if d.level == "municipal":
            return self.pick([d.city_name[:-1] + "高新区", d.city_name[:-1] + "经开区", "各县（市、区）", "中心城区",
                              d.city_name])
        cities = [c[0] for c in d.prov[4]]
        if len(cities) >= 2 and r.random() < 0.7:
            a, b = r.sample(cities, 2)
            return f"{a[:-1]}、{b[:-1]}等地"
        return self.pick([d.prov[1], "各市（州）", "有条件的市县", "重点园区"])

    def scope(self):
        d = self.doc
        if d.central:
            return self.pick(["全国", "各地区", "城乡", "重点城市", "县级以上"])
        return self.pick([d.whole, d.whole, "城乡", "行政村", "乡镇", "县级以上", "重点区域"])

    def clause(self):
        p = self.pick
        f = p(FIELDS)
        forms = [
            lambda: f"{p(PUSH)}{p(TECH)}与{f}深度融合",
            lambda: f"支持{p(ACTORS)}开展{f}{p(SERVICES)}",
            lambda: f"{p(BUILD)}一批{p(ADJ)}{f}{p(OBJECTS)}",
            lambda: f"培育{self.rng.randint(3, 60)}家以上{f}{p(ENTERPRISES)}",
            lambda: f"提升{f}{p(CAPABILITY)}水平",
            lambda: f"推广{p(MODES)}模式",
            lambda: f"在{self.place_phrase()}开展{f}{p(PILOTS)}试点",
            lambda: f"完善{f}{p(MECHANISMS)}",
            lambda: "鼓励{}与{}共建{}{}".format(*self.rng.sample(ACTORS, 2), f, p(OBJECTS)),
            lambda: f"加快{f}{p(INFRA)}建设",
            lambda: f"推动{f}向{p(DIRECTIONS)}转型",
            lambda: f"探索{f}{p(NEWBIZ)}等新业态",
            lambda: f"引导{f}企业向{p(CHAINS)}延伸",
            lambda: f"实现{self.scope()}{f}{p(COVERAGE)}",
            lambda: f"依托{self.platform()}推进{f}{p(DATA)}共享",
            lambda: f"{p(BUILD)}{self.rng.randint(2, 30)}个以上{f}{p(OBJECTS)}",
            lambda: f"{p(PURPOSES)}",
            lambda: f"{f}{p(CAPABILITY)}水平{p(EFFECTS)}",
            lambda: f"运用{p(TECH)}改造提升{f}{p(SERVICES)}",
        ]
        return self.pick(forms)()

    def platform(self):
        d = self.doc
        pl = self.pick(PLATFORMS)
        if d.central:
            return "国家" + pl
        if d.level == "municipal":
            return self.pick(["市级", d.city_name]) + pl
        return self.pick(["省级", d.prov[2] + "省" if d.prov[3] == "省" else d.prov[1]]) + pl

    def content_sentence(self, nmin=2, nmax=4):
        n = self.rng.randint(nmin, nmax)
        cl = [self.clause() for _ in range(n)]
        out = cl[0]
        for c in cl[1:]:
            out += self.pick(["，", "，", "，", "；"]) + c
        return out + "。"

    def target_sentence(self):
        d = self.doc
        y = self.pick(d.target_years)
        m1, m2 = self.rng.sample(METRICS, 2)
        s = f"到{y}年，{self.scope()}{m1[0]}{self.pick(['达到', '超过', '突破'])}{self.value(m1)}"
        if self.rng.random() < 0.8:
            s += f"，{m2[0]}{self.pick(['达到', '提高到', '力争达到'])}{self.value(m2)}"
        if self.rng.random() < 0.4:
            s += f"，{self.pick(FIELDS)}{self.pick(CAPABILITY)}水平{self.pick(EFFECTS)}"
        return s + "。"

    def value(self, m):
        lo, hi = m[2], m[3]
        v = self.rng.randint(lo, hi)
        if m[1] == "%":
            return f"{v}%" + self.pick(["", "以上", ""])
        return f"{v}{m[1]}" + self.pick(["", "以上", "左右"])

    def heading(self, long=None):
        p = self.pick
        f = p(FIELDS)
        if long is None:
            long = self.rng.random() < 0.45
        if not long:
            return self.pick([f"{p(PUSH)}{f}发展", f"发展{f}{p(NEWBIZ)}", f"{p(BUILD)}{f}{p(OBJECTS)}",
                              f"提升{f}{p(CAPABILITY)}水平", f"“互联网+”{f}"]) + "。"
        forms = [
            lambda: f"{p(PUSH)}{self.scope()}{f}{p(OBJECTS)}建设，{p(['全面', '着力', '持续'])}提升{p(FIELDS)}{p(CAPABILITY)}水平",
            lambda: f"{p(BUILD)}覆盖{self.scope()}的{f}{p(OBJECTS)}，推动{p(FIELDS)}{p(NEWBIZ)}发展",
            lambda: f"以{p(TECH)}为支撑{p(PUSH)}{f}{p(SERVICES)}和{p(SERVICES)}",
            lambda: f"依托{self.platform()}{p(PUSH)}{f}{p(COVERAGE)}",
            lambda: f"支持{p(ACTORS)}{p(BUILD)}{f}{p(OBJECTS)}，培育{p(NEWBIZ)}新动能",
        ]
        return p(forms)() + "。"

    def stock_sentence(self):
        f = self.pick(COMMON_FIELDS)
        return self.pick(STOCK_SLOT_CLAUSES).format(f=f) + "，" + self.pick(STOCK_FIXED_CLAUSES) + "。"

    def stockheavy_sentence(self, nmin=6, nmax=10):
        """A run of stock clauses carrying two or three specific nouns (the kind boilerplate filters drop)."""
        n = self.rng.randint(nmin, nmax)
        nouns = self.rng.randint(2, 3)
        slots = set(self.rng.sample(range(n), min(nouns, n)))
        cl = []
        fixed = self.rng.sample(STOCK_FIXED_CLAUSES, len(STOCK_FIXED_CLAUSES))
        for i in range(n):
            if i in slots:
                cl.append(self.pick(STOCK_SLOT_CLAUSES).format(f=self.pick(FIELDS)))
            else:
                cl.append(fixed.pop())
        return "，".join(cl) + "。"

    def responsible(self):
        d = self.doc
        n = self.rng.randint(1, 3)
        if d.central:
            units = self.rng.sample(RESPONSIBLE_CENTRAL, n)
        else:
            pre = "市" if d.level == "municipal" or d.prov[3] == "市" else "省"
            units = [pre + u for u in self.rng.sample(RESPONSIBLE_PROV, n)]
            if d.level == "provincial" and self.rng.random() < 0.5:
                units.append("各市人民政府")
        return "（责任单位：" + "、".join(units) + "）"


def P(text, kind, **kw):
    return Piece(text, kind, **kw)


# --------------------------------------------------------------------------------------------------------------
# Documents

KIND_IDS = {"指导意见": "guiding-opinion", "实施意见": "implementation-opinion", "行动计划": "action-plan",
            "实施方案": "implementation-plan", "管理办法": "other", "意见": "opinion"}


def build_original(rng, doc, goal_len):
    """The document's own text: lines of pieces, about goal_len characters."""
    w = Writer(rng, doc)
    L = doc.lines
    neg = doc.negative
    L.append(Line([P(doc.text_title, "other")], section="frame"))
    if doc.number and rng.random() < 0.6:
        L.append(Line([P(doc.number, "other")], section="frame"))
    if doc.level == "national":
        addr = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    elif doc.level == "ministerial":
        addr = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团有关主管部门："
    elif doc.level == "provincial":
        addr = ("各市、县人民政府，省政府各部门、各直属机构：" if doc.prov[3] == "省" else
                ("各区、县人民政府，市政府各委、办、局：" if doc.prov[3] == "市" else "各市人民政府，自治区政府各组成部门、各直属机构："))
    else:
        addr = "各县（市、区）人民政府，市政府各部门："
    L.append(Line([P(addr, "other")], section="frame"))
    # opening
    cite = doc.cites
    opening = []
    if cite is not None:
        # the cited document's title (and number, when its text shows it) are quoted: their characters descend
        # from the cited document's, so a scorer counts them as shared by construction (a quotation, not chance)
        title = cite.lines[0].pieces[0]
        numline = cite.lines[1].pieces[0] if cite.lines[1].pieces[0].text == cite.number else None
        opening.append(P("为贯彻落实《", "other"))
        opening.append(Piece(title.text, "quote", orig=list(title.orig)))
        opening.append(P("》（", "other"))
        opening.append(Piece(cite.number, "quote", orig=list(numline.orig)) if numline else P(cite.number, "other"))
        opening.append(P("）精神，", "other"))
    else:
        opening.append(P(f"为{rng.choice(PUSH)}{doc.topic_field}与互联网深度融合，", "other"))
    opening.append(P(w.content_sentence(2, 3), "content"))
    opening.append(P(f"结合{doc.self_ref}实际，现提出如下{doc.kind_zh}。" if doc.kind_zh != "管理办法"
                     else "制定本办法。", "other"))
    L.append(Line(opening, section="intro"))

    formulae = rng.sample(FIXED_FORMULAE, len(FIXED_FORMULAE))

    def formula():
        """A fixed stock formula, each at most once in a document (then stock clauses instead)."""
        if formulae:
            return P(formulae.pop(), "formula")
        return P(w.stockheavy_sentence(4, 6), "stockheavy")

    def length():
        return sum(len(p.text) for ln in L for p in ln.pieces) + 6 * len(L)

    def body_sentences(n, section):
        out = []
        for _ in range(n):
            r = rng.random()
            if neg == "long":
                if r < 0.35:
                    out.append(formula())
                elif r < 0.6:
                    out.append(P(w.stockheavy_sentence(4, 8), "stockheavy"))
                elif r < 0.75:
                    out.append(P(w.stock_sentence(), "stock"))
                else:
                    out.append(P(w.content_sentence(), "content"))
                continue
            if r < 0.62 or neg == "short":
                out.append(P(w.content_sentence(), "content"))
            elif r < 0.74:
                out.append(P(w.target_sentence() if section != "guard" else w.content_sentence(), "target"
                             if section != "guard" else "content"))
            elif r < 0.86:
                out.append(P(w.stock_sentence(), "stock"))
            else:
                out.append(P(w.stockheavy_sentence(), "stockheavy"))
        return out

    if doc.kind_zh == "管理办法":
        chapters = ["总则", "主要任务", "支持措施", "监督管理", "附则"]
        for ci, ch in enumerate(chapters):
            L.append(Line([], marker="chapter", section="top", title=ch))
            if ch == "总则":
                where = doc.prov[1] if doc.level == "provincial" else (doc.city_name or "")
                L.append(Line([P(f"为{rng.choice(['规范和促进', '加快', '推动', '支持'])}{where}{doc.topic_field}与互联网融合发展，"
                                 f"根据{rng.choice(['国家有关规定', '有关法律法规', '《中华人民共和国网络安全法》等法律法规'])}，"
                                 f"结合{doc.self_ref}实际，制定本办法。", "other")], marker="article", section="frame"))
                L.append(Line([P(f"本办法适用于{where or '全国'}{rng.choice(['范围内', '行政区域内'])}{doc.topic_field}领域"
                                 f"“互联网+”{rng.choice(['项目', '示范工程', '试点'])}的{rng.choice(['组织实施和管理', '申报、评审和管理', '实施和监督'])}。", "other")],
                              marker="article", section="frame"))
                L.append(Line(body_sentences(rng.randint(1, 3), "goal"), marker="article", section="goal"))
            elif ch == "附则":
                L.append(Line([P("本办法由" + doc.issuer_text + "负责解释。", "other")], marker="article", section="frame"))
                L.append(Line([P("本办法自印发之日起施行，有效期五年。", "other")], marker="article", section="frame"))
            else:
                n_articles = rng.randint(4, 9)
                for _ in range(n_articles):
                    L.append(Line(body_sentences(rng.randint(1, 4), "task" if ch != "监督管理" else "guard"),
                                  marker="article", section="task" if ch != "监督管理" else "guard"))
                    if length() > goal_len and ch != "主要任务":
                        break
                if ch == "主要任务":
                    while length() < goal_len * 0.8:
                        L.append(Line(body_sentences(rng.randint(2, 4), "task"), marker="article", section="task"))
        sign(rng, doc)
        return

    # 一、总体要求
    L.append(Line([P("总体要求" if doc.kind_zh != "行动计划" else "总体目标", "other")], marker="top", section="top"))
    ideo = IDEOLOGY_EARLY if doc.date < date(2017, 10, 25) else IDEOLOGY_LATE
    guide = [P("指导思想。", "other")]
    if neg != "short":
        guide.append(P(ideo + "，", "formula"))
    guide.append(P(w.content_sentence(3, 4), "content"))
    if neg == "long":
        guide.append(formula())
    L.append(Line(guide, marker="paren", section="goal"))
    pr = [P("基本原则。", "other")]
    for pname in rng.sample(PRINCIPLES, rng.randint(3, 4)):
        pr.append(P(pname + "。", "other"))
        pr.append(P(w.content_sentence(2, 3), "content"))
    L.append(Line(pr, marker="paren", section="goal"))
    goals = [P("发展目标。", "other")]
    for _ in range(rng.randint(2, 4)):
        goals.append(P(w.target_sentence(), "target"))
    L.append(Line(goals, marker="paren", section="goal"))
    # a table of targets (tab-separated cells, as a docx table pasted as text)
    if rng.random() < 0.55:
        L.append(Line([P(f"专栏{rng.randint(1, 3)}　{doc.self_ref if not doc.central else ''}“互联网+”主要发展指标", "other")],
                      section="table"))
        y0, y1 = doc.base_year, doc.target_years[-1]
        L.append(Line([P(f"序号\t指标名称\t单位\t{y0}年\t{y1}年\t属性", "other")], section="table"))
        for i, m in enumerate(rng.sample(METRICS, rng.randint(4, 8))):
            a = rng.randint(m[2], m[3])
            b = a + rng.randint(1, max(2, (m[3] - m[2]) // 2))
            if m[1] == "%":
                b = min(b, 100)
            L.append(Line([P(f"{i + 1}\t{m[0]}\t{m[1]}\t{a}\t{b}\t{rng.choice(['预期性', '约束性'])}", "row")],
                          section="table"))
    # 二、重点任务
    L.append(Line([P(rng.choice(["重点任务", "重点行动", "主要任务"]), "other")], marker="top", section="top"))
    action_plan = doc.kind_zh in ("行动计划", "实施方案")
    while length() < goal_len * 0.82:
        item = [P(w.heading(), "heading")]
        item += body_sentences(rng.randint(2, 6), "task")
        if action_plan and rng.random() < 0.6:
            item.append(P(w.responsible(), "other"))
        L.append(Line(item, marker="num" if action_plan and rng.random() < 0.3 else "paren", section="task"))
    # 三、保障措施
    L.append(Line([P("保障措施", "other")], marker="top", section="top"))
    for name in rng.sample(SHORT_FORMULAE, rng.randint(3, 5)):
        g = [P(name + "。", "other")]
        if neg != "short":
            g.append(formula())
        g += body_sentences(rng.randint(1, 2), "guard")
        if neg == "long":
            g.append(formula())
        L.append(Line(g, marker="paren", section="guard"))
    sign(rng, doc)


def sign(rng, doc):
    d = doc.date
    doc.lines.append(Line([P(doc.issuer_text, "other")], section="sign"))
    doc.lines.append(Line([P(f"{d.year}年{d.month}月{d.day}日", "other")], section="sign"))


def finalize(doc):
    """Numbers the markers, joins the lines and records every piece's offsets and the origins."""
    counters = {"top": 0, "paren": 0, "num": 0, "article": 0, "chapter": 0}
    texts, origs = [], []
    pos = 0
    for li, ln in enumerate(doc.lines):
        if li:
            texts.append("\n")
            origs.extend(ORIG.fresh(1))
            pos += 1
        mk = ""
        if ln.marker == "top":
            counters["top"] += 1
            counters["paren"] = counters["num"] = 0
            mk = cn_number(counters["top"]) + "、"
        elif ln.marker == "paren":
            counters["paren"] += 1
            mk = "（" + cn_number(counters["paren"]) + "）"
        elif ln.marker == "num":
            counters["num"] += 1
            mk = f"{counters['num']}. "
        elif ln.marker == "article":
            counters["article"] += 1
            mk = "第" + cn_number(counters["article"]) + "条　"
        elif ln.marker == "chapter":
            counters["chapter"] += 1
            mk = "第" + cn_number(counters["chapter"]) + "章　" + ln.title
        ln.start = pos
        texts.append(mk)
        origs.extend(ORIG.fresh(len(mk)))
        pos += len(mk)
        for p in ln.pieces:
            p.start = pos
            texts.append(p.text)
            origs.extend(p.orig)
            pos += len(p.text)
            p.end = pos
    doc.text = "".join(texts)
    doc.orig = origs
    assert len(doc.text) == len(doc.orig)
    if getattr(doc, "wrap", 0):
        wrap(doc)


def wrap(doc):
    """Hard-wraps every line at doc.wrap characters, as text extracted from a PDF keeps the page's lines."""
    w = doc.wrap
    text, orig, where = [], [], []
    col = 0
    for i, c in enumerate(doc.text):
        if c == "\n":
            col = 0
        elif col == w:
            text.append("\n")
            orig.extend(ORIG.fresh(1))
            col = 0
        if c != "\n":
            col += 1
        where.append(len(text))
        text.append(c)
        orig.append(doc.orig[i])
    where.append(len(text))

    def moved(x):
        return where[x]

    for ln in doc.lines:
        ln.start = moved(ln.start)
        for p in ln.pieces:
            # a piece's end: just after its last character (a wrap after it belongs to what follows)
            p.start, p.end = moved(p.start), (where[p.end - 1] + 1 if p.end > p.start else moved(p.start))
    doc.text = "".join(text)
    doc.orig = orig


SENTENCE_KINDS = {"content", "target", "heading", "stock", "stockheavy"}


def own_runs(doc, allow_heading=True):
    """Runs of consecutive original sentence pieces within one line: [(line, [pieces])]."""
    out = []
    for ln in doc.lines:
        if ln.section not in ("goal", "task", "guard", "intro"):
            continue
        run = []
        for p in ln.pieces:
            if p.plant is None and p.kind in SENTENCE_KINDS and (allow_heading or p.kind != "heading"):
                run.append(p)
            else:
                if run:
                    out.append((ln, run))
                run = []
        if run:
            out.append((ln, run))
    return out


def pick_run(rng, doc, lo, hi, want=None, kinds=None, tries=40):
    """A span of whole sentences, lo..hi content characters, from one paragraph of doc's own text."""
    runs = own_runs(doc)
    if not runs:
        return None
    for _ in range(tries):
        ln, run = rng.choice(runs)
        i = rng.randrange(len(run))
        if kinds and run[i].kind not in kinds:
            continue
        goal = want if want else rng.randint(lo, hi)
        j = i
        n = content_len(run[i].text)
        while n < goal and j + 1 < len(run):
            j += 1
            n += content_len(run[j].text)
        if lo <= n <= hi:
            return run[i].start, run[j].end, run[i:j + 1]
        if n > hi and j > i:
            n2 = n - content_len(run[j].text)
            if lo <= n2 <= hi:
                return run[i].start, run[j - 1].end, run[i:j]
    return None


# --------------------------------------------------------------------------------------------------------------
# Edits

NUM_RE = re.compile(r"\d+(?:\.\d+)?")


def self_words(doc):
    if doc.central:
        return {"全国": None, "各地区": None}
    return {doc.whole: None, doc.self_ref: None}


def place_tokens(doc, text):
    """(start, end, kind) of the places and self-references of doc in text."""
    toks = []
    names = []
    if doc.central:
        names = [("全国", "self"), ("各地区", "self")]
    else:
        names = [(doc.whole, "self"), (doc.self_ref, "self"), (doc.prov[1], "prov")]
        if doc.prov[3] == "省":
            names.append((doc.prov[2] + "省", "prov"))
        for c, _ in doc.prov[4]:
            names.append((c, "city"))
            names.append((c[:-1], "city"))
    taken = [False] * len(text)
    for name, kind in sorted(names, key=lambda x: -len(x[0])):
        for m in re.finditer(re.escape(name), text):
            if not any(taken[m.start():m.end()]):
                toks.append((m.start(), m.end(), kind, name))
                for k in range(m.start(), m.end()):
                    taken[k] = True
    return sorted(toks)


def place_replacement(src, tgt, kind, name, rng):
    if kind == "self":
        if name in ("全国", "全省", "全区", "全市"):
            return tgt.whole if not tgt.central else "全国"
        if name == "各地区":
            return "各市县" if not tgt.central else name
        return tgt.self_ref if not tgt.central else "各地区"
    if kind == "prov":
        return tgt.prov[1] if not tgt.central else "全国"
    if kind == "city":
        if tgt.central:
            return "有关地区"
        cities = [c[0] for c in tgt.prov[4]] or [tgt.prov[1]]
        c = rng.choice(cities)
        return c if name.endswith("市") else (c[:-1] if c.endswith("市") else c)
    return name


def new_number(rng, s):
    if "." in s:
        v = float(s)
        out = f"{v * rng.uniform(0.6, 1.6):.1f}"
    else:
        v = int(s)
        if 1990 <= v <= 2035:
            out = str(v + rng.choice([-1, 1, 2]))
        else:
            out = str(max(1, int(v * rng.uniform(0.5, 1.8)) + rng.randint(1, 9)))
    return out if out != s else str(int(float(s)) + 3)


def apply_edits(src_text, edits):
    """edits: sorted non-overlapping (start, end, replacement). Returns parts [('same', s) | ('edit', a, b)]."""
    parts = []
    pos = 0
    for s, e, rep in edits:
        if s > pos:
            parts.append(("same", src_text[pos:s]))
        parts.append(("edit", src_text[s:e], rep))
        pos = e
    if pos < len(src_text):
        parts.append(("same", src_text[pos:]))
    # merge
    out = []
    for p in parts:
        if p[0] == "edit" and p[1] == p[2]:
            p = ("same", p[1])
        if out and out[-1][0] == p[0] == "same":
            out[-1] = ("same", out[-1][1] + p[1])
        elif out and out[-1][0] == p[0] == "edit":
            out[-1] = ("edit", out[-1][1] + p[1], out[-1][2] + p[2])
        else:
            out.append(p)
    return out


def in_guarantee(parts):
    """The guarantee's conditions: an identical stretch of 30+ content characters; every edit at most 30,
    the stretch before it at least as long, the one after at least half as long."""
    same = [content_len(p[1]) if p[0] == "same" else None for p in parts]
    if max([x for x in same if x is not None] or [0]) < 30:
        return False
    for i, p in enumerate(parts):
        if p[0] != "edit":
            continue
        n = max(content_len(p[1]), content_len(p[2]))
        if n == 0:
            continue
        before = same[i - 1] if i > 0 else 0
        after = same[i + 1] if i + 1 < len(parts) else 0
        if n > 30 or before < n or after < n / 2:
            return False
    return True


# --------------------------------------------------------------------------------------------------------------
# Plants

def relation(s, t):
    if s.central and not t.central:
        return "vertical"
    if s.central and t.central:
        return "central"
    if t.central:
        return "other"
    if s.region != t.region:
        return "horizontal"
    if s.level == "provincial" and t.level == "municipal":
        return "prov_city"
    return "other"


class Planter:
    def __init__(self, rng, docs):
        self.rng = rng
        self.docs = docs
        self.plants = []

    def new_plant(self, cat, s, t, segs, parts=None, edited=False, guarantee=True):
        pid = len(self.plants)
        pl = {"id": pid, "category": cat, "relation": relation(s, t), "source": s.id, "target": t.id,
              "segments": segs, "edited": edited, "inGuarantee": guarantee}
        if parts is not None:
            pl["edits"] = [[p[1], p[2]] for p in parts if p[0] == "edit"]
        self.plants.append(pl)
        return pid

    def copy_piece(self, s, start, end, parts, pid, seg):
        """The target's piece for source span [start, end) edited as parts."""
        text, orig = [], []
        pos = start
        for p in parts:
            if p[0] == "same":
                n = len(p[1])
                text.append(p[1])
                orig.extend(s.orig[pos:pos + n])
                pos += n
            else:
                text.append(p[2])
                orig.extend(ORIG.fresh(len(p[2])))
                pos += len(p[1])
        assert pos == end, (pos, end)
        return Piece("".join(text), "plant", orig=orig, plant=pid, seg=seg)

    # -- choosing source spans -----------------------------------------------------------------------------

    def span(self, cat, s):
        r = self.rng
        if cat in ("verbatim_long",):
            return pick_run(r, s, 80, 400)
        if cat in ("horizontal", "ministry_ministry", "prov_to_city", "mass_vertical"):
            return pick_run(r, s, 80, 300)
        if cat == "verbatim_short":
            return pick_run(r, s, 25, 40, want=1, kinds={"heading", "target", "content"})
        if cat in ("substituted", "clause_inserted", "clause_dropped", "punctuation_changed"):
            return pick_run(r, s, 80, 250)
        if cat == "digits_fullwidth":
            for _ in range(6):
                sp = pick_run(r, s, 60, 250, kinds={"target"})
                if sp and NUM_RE.search(s.text[sp[0]:sp[1]]):
                    return sp
            return None
        if cat == "stock_heavy":
            return pick_run(r, s, 60, 220, want=1, kinds={"stockheavy"})
        return None

    def make(self, cat, s, t):
        """Makes a plant of cat from s into t: returns (pid, [pieces], insert-mode) or None."""
        r = self.rng
        if cat == "sentence_swap":
            return self.make_swap(s, t)
        if cat == "table_renumbered":
            return self.make_table(s, t)
        if cat == "items_renumbered":
            return self.make_items(s, t)
        sp = self.span(cat, s)
        if sp is None:
            return None
        start, end, pieces = sp
        src = s.text[start:end]
        edits = []
        if cat == "substituted":
            toks = [(a, b, "place", k, nm) for a, b, k, nm in place_tokens(s, src)]
            for m in NUM_RE.finditer(src):
                toks.append((m.start(), m.end(), "num", None, m.group()))
                after = src[m.end():m.end() + 2]
                for u in sorted(UNIT_SWAP, key=len, reverse=True):
                    if after.startswith(u):
                        toks.append((m.end(), m.end() + len(u), "unit", None, u))
                        break
            toks.sort()
            # keep tokens that do not overlap, away from the span's ends (an edit needs copied text around it)
            n_src = len(src)
            toks = [x for x in toks if x[0] >= 12 and x[1] <= n_src - 8
                    and (x[2] != "place" or place_replacement(s, t, x[3], x[4], random.Random(0)) != x[4])]
            if not toks:
                return None
            chosen = []
            for x in r.sample(toks, len(toks)):
                if len(chosen) >= r.randint(1, 3):
                    break
                if all(x[1] + 10 <= y[0] or y[1] + 10 <= x[0] for y in chosen):
                    chosen.append(x)
            for a, b, kind, k, nm in sorted(chosen):
                if kind == "place":
                    rep = place_replacement(s, t, k, nm, r)
                elif kind == "num":
                    rep = new_number(r, nm)
                else:
                    rep = UNIT_SWAP[nm]
                edits.append((a, b, rep))
        elif cat == "clause_inserted":
            cuts = [m.end() for m in re.finditer("[，；]", src) if 15 <= m.end() <= len(src) - 10]
            if not cuts:
                return None
            at = r.choice(cuts)
            clause = r.choice(INSERT_CLAUSES)
            if r.random() < 0.3:
                clause = w_responsible(r, t)[1:-1].replace("责任单位：", "由") + "负责"
            edits.append((at, at, clause + "，"))
        elif cat == "clause_dropped":
            # inner clauses between two separators, 4..30 content characters, not the first or last clause
            seps = [m.start() for m in re.finditer("[，；。]", src)]
            cands = []
            for a, b in zip(seps, seps[1:]):
                n = content_len(src[a + 1:b + 1])
                if 4 <= n <= 30 and a >= 12 and b + 1 <= len(src) - 10:
                    cands.append((a + 1, b + 1))
            if not cands:
                return None
            a, b = r.choice(cands)
            if src[b - 1] == "。":   # dropping a sentence's last clause: keep the full stop
                a, b = a - 1, b - 1
            edits.append((a, b, ""))
        elif cat == "punctuation_changed":
            marks = [m.start() for m in re.finditer("[，；、。]", src) if 0 < m.start() < len(src) - 1]
            swap = {"，": "；", "；": "，", "、": "，", "。": "；"}
            for at in sorted(r.sample(marks, min(len(marks), r.randint(2, 4)))):
                edits.append((at, at + 1, swap[src[at]]))
        elif cat == "digits_fullwidth":
            for m in re.finditer(r"[0-9%]+", src):
                edits.append((m.start(), m.end(), m.group().translate(FULLWIDTH)))
        elif cat in ("horizontal", "prov_to_city", "mass_vertical"):
            if r.random() < (0.35 if cat != "prov_to_city" else 0.3):
                for a, b, k, nm in place_tokens(s, src):
                    rep = place_replacement(s, t, k, nm, r)
                    edits.append((a, b, rep))
        elif cat == "ministry_ministry":
            if r.random() < 0.3:
                nums = [m for m in NUM_RE.finditer(src) if 10 <= m.start() and m.end() <= len(src) - 8]
                if nums:
                    m = r.choice(nums)
                    edits.append((m.start(), m.end(), new_number(r, m.group())))
        parts = apply_edits(src, edits)
        edited = any(p[0] == "edit" for p in parts)
        if cat in ("substituted", "clause_inserted", "clause_dropped", "punctuation_changed", "digits_fullwidth") \
                and not edited:
            return None
        g = in_guarantee(parts)
        if cat == "punctuation_changed":   # the guarantee counts content characters only
            g = content_len(src) >= 30
        if cat == "digits_fullwidth":      # whether full-width digits are normalised is not claimed there
            g = False
        seg = {"source": [start, end], "target": None, "sourceText": src}
        pid = self.new_plant(cat, s, t, [seg], parts=parts, edited=edited, guarantee=g)
        piece = self.copy_piece(s, start, end, parts, pid, 0)
        mode = "item" if cat == "verbatim_short" and pieces[0].kind == "heading" else "inline"
        return pid, [piece], mode

    def make_swap(self, s, t):
        r = self.rng
        runs = [(ln, run) for ln, run in own_runs(s) if len(run) >= 2]
        r.shuffle(runs)
        for ln, run in runs:
            for i in range(len(run) - 1):
                k = r.choice([2, 3]) if i + 2 < len(run) else 2
                group = run[i:i + k]
                lens = [content_len(p.text) for p in group]
                if min(lens) >= 30 and sum(lens) <= 400:
                    order = list(range(len(group)))
                    while order == sorted(order):
                        r.shuffle(order)
                    segs = [{"source": [p.start, p.end], "target": None, "sourceText": p.text} for p in group]
                    segs = [segs[j] for j in order]
                    pid = self.new_plant("sentence_swap", s, t, segs, guarantee=True)
                    pieces = [Piece(group[j].text, "plant", orig=s.orig[group[j].start:group[j].end], plant=pid,
                                    seg=n) for n, j in enumerate(order)]
                    return pid, pieces, "para"
        return None

    def make_items(self, s, t):
        """Two consecutive items of a task list, copied whole; the target numbers them its own way."""
        r = self.rng
        idx = []
        for i in range(len(s.lines) - 1):
            a, b = s.lines[i], s.lines[i + 1]
            if all(x.section == "task" and x.marker == "paren" and x.pieces and
                   all(p.plant is None for p in x.pieces) for x in (a, b)):
                n = content_len(s.text[a.pieces[0].start:b.pieces[-1].end])
                if 80 <= n <= 500:
                    idx.append(i)
        if not idx:
            return None
        i = r.choice(idx)
        a, b = s.lines[i], s.lines[i + 1]
        start, end = a.pieces[0].start, b.pieces[-1].end
        src = s.text[start:end]
        cut = b.pieces[0].start - start          # where the second item's text starts (after its marker)
        mk = b.start - start                     # where the second item's line starts
        seg = {"source": [start, end], "target": None, "sourceText": src}
        pid = self.new_plant("items_renumbered", s, t, [seg], guarantee=True)
        first = Piece(src[:mk - 1], "plant", orig=s.orig[start:start + mk - 1], plant=pid, seg=0)
        second = Piece(src[cut:], "plant", orig=s.orig[start + cut:end], plant=pid, seg=0)
        return pid, [first, second], "items"

    def make_table(self, s, t):
        r = self.rng
        rows = [ln for ln in s.lines if ln.section == "table" and ln.pieces and ln.pieces[0].kind == "row"
                and ln.pieces[0].plant is None]
        if len(rows) < 3:
            return None
        k = r.randint(3, min(6, len(rows)))
        i = r.randint(0, len(rows) - k)
        group = rows[i:i + k]
        start, end = group[0].pieces[0].start, group[-1].pieces[0].end
        if end - start != sum(len(g.pieces[0].text) for g in group) + k - 1:
            return None   # not consecutive lines
        src = s.text[start:end]
        edits = []
        pos = 0
        for li, ln in enumerate(group):
            cells = ln.pieces[0].text.split("\t")
            off = pos + len(cells[0]) + len(cells[1]) + len(cells[2]) + 3
            for c in (3, 4):
                v = cells[c]
                nv = new_number(r, v)
                if cells[2] == "%" and int(nv) > 100:
                    nv = str(r.randint(40, 100)) if v != "100" else "98"
                edits.append((off, off + len(v), nv))
                off += len(v) + 1
            pos += len(ln.pieces[0].text) + 1
        parts = apply_edits(src, edits)
        g = in_guarantee(parts)
        seg = {"source": [start, end], "target": None, "sourceText": src}
        pid = self.new_plant("table_renumbered", s, t, [seg], parts=parts, edited=True, guarantee=g)
        piece = self.copy_piece(s, start, end, parts, pid, 0)
        return pid, [piece], "table"

    # -- putting plants into the target ----------------------------------------------------------------------

    def insert(self, t, pieces, mode):
        r = self.rng
        w = Writer(r, t)
        if mode == "table":
            lines = pieces[0].text.split("\n")
            split, pos = [], 0
            for txt in lines:
                split.append(Piece(txt, "plant", orig=pieces[0].orig[pos:pos + len(txt)], plant=pieces[0].plant,
                                   seg=0))
                pos += len(txt) + 1
            at = self.line_slot(t, ("goal",)) or self.line_slot(t, ("task",))
            y0, y1 = t.base_year, t.target_years[-1]
            new = [Line([P(f"专栏{r.randint(1, 4)}　主要指标", "other")], section="tableplant"),
                   Line([P(f"序号\t指标名称\t单位\t{y0}年\t{y1}年\t属性", "other")], section="tableplant")]
            new += [Line([p], section="tableplant") for p in split]
            t.lines[at:at] = new
            return
        if mode == "items":
            at = self.line_slot(t, ("task",))
            first = Line([pieces[0]], marker="paren", section="task")
            first.glued = True   # nothing may be inserted between the two copied items
            t.lines[at:at] = [first, Line([pieces[1]], marker="paren", section="task")]
            return
        if mode in ("item", "para"):
            at = self.line_slot(t, ("task",))
            own = [P(w.content_sentence(), "content") for _ in range(r.randint(1, 2))]
            t.lines.insert(at, Line(list(pieces) + own, marker="paren", section="task"))
            return
        # inline: between two original sentences of a task or goal paragraph (never next to another plant)
        slots = []
        for ln in t.lines:
            if ln.section not in ("task", "goal", "guard"):
                continue
            ps = ln.pieces
            for i in range(1, len(ps) + 1):
                left = ps[i - 1]
                right = ps[i] if i < len(ps) else None
                if left.plant is None and left.kind in SENTENCE_KINDS | {"other"} and left.text.endswith("。") \
                        and (right is None or (right.plant is None and right.kind != "other")):
                    slots.append((ln, i))
        if not slots or r.random() < 0.2:
            at = self.line_slot(t, ("task",))
            t.lines.insert(at, Line(list(pieces) + [P(w.content_sentence(), "content")], marker="paren",
                                    section="task"))
            return
        ln, i = r.choice(slots)
        ln.pieces[i:i] = list(pieces)

    def line_slot(self, t, sections):
        idx = [i for i, ln in enumerate(t.lines) if ln.section in sections and not ln.glued]
        if not idx:
            return None
        return self.rng.choice(idx) + 1


def w_responsible(r, t):
    return Writer(r, t).responsible()


# --------------------------------------------------------------------------------------------------------------
# The corpus

def make_docs(rng, n):
    """Metadata of n documents, sorted by date, with distinct dates."""
    n_nat = max(2, round(n * 0.05))
    n_min = max(4, round(n * 0.15))
    n_mun = max(4, round(n * 0.15))
    n_prov = n - n_nat - n_min - n_mun
    specs = ["national"] * n_nat + ["ministerial"] * n_min + ["provincial"] * n_prov + ["municipal"] * n_mun
    ranges = {"national": (date(2015, 6, 1), date(2017, 12, 31)), "ministerial": (date(2015, 8, 1), date(2019, 6, 30)),
              "provincial": (date(2015, 9, 1), date(2019, 12, 31)), "municipal": (date(2016, 1, 1), date(2020, 6, 30))}
    docs = []
    for i, lv in enumerate(specs):
        d = Doc(i)
        d.level = lv
        a, b = ranges[lv]
        d.date = a + timedelta(days=rng.randint(0, (b - a).days))
        docs.append(d)
    # the first national document is the early guiding opinion every local document may copy from
    docs[0].date = date(2015, 7, 1)
    if n_nat > 1:
        docs[1].date = date(2015, 7, 1) + timedelta(days=rng.randint(20, 200))
    docs.sort(key=lambda d: d.date)
    seen = set()
    for d in docs:
        while d.date in seen:
            d.date += timedelta(days=1)
        seen.add(d.date)
    docs.sort(key=lambda d: d.date)
    serial = {}
    prov_cycle = list(range(len(PROVINCES)))
    rng.shuffle(prov_cycle)
    with_cities = [i for i, p in enumerate(PROVINCES) if p[4]]
    pc = 0
    for k, d in enumerate(docs):
        d.idx = k
        d.id = f"g5-{k + 1:05d}"
        d.prov = None
        d.city_name = None
        d.region = None
        d.locality = None
        if d.level == "national":
            iss = NATIONAL[0] if rng.random() < 0.6 or k == 0 else NATIONAL[1]
            if k == 0:
                iss = NATIONAL[0]
            d.issuers = [iss[0]]
            d.issuer_text = iss[1]
            prefix = iss[2]
            d.topic_field = rng.choice(FIELDS)
            d.self_ref, d.whole = "我国", "全国"
        elif d.level == "ministerial":
            ms = rng.sample(MINISTRIES, 1 if rng.random() < 0.7 else 2)
            d.issuers = [m[0] for m in ms]
            d.issuer_text = "、".join(m[1] for m in ms)
            prefix = ms[0][2]
            d.topic_field = rng.choice(ms[0][3])
            d.self_ref, d.whole = "我国", "全国"
        else:
            if d.level == "municipal":
                pi = rng.choice(with_cities)
            else:
                pi = prov_cycle[pc % len(prov_cycle)]
                pc += 1
            p = PROVINCES[pi]
            d.prov = p
            d.region = p[0]
            d.topic_field = rng.choice(FIELDS)
            if d.level == "provincial":
                gov = p[1] + "人民政府"
                office = rng.random() < 0.35
                d.issuers = ["provincial-general-office" if office else "provincial-government"]
                d.issuer_text = p[1] + "人民政府办公厅" if office else gov
                prefix = SHORT[p[0]] + ("政办发" if office else "政发")
                d.self_ref = {"省": "我省", "区": "我区", "市": "我市"}[p[3]]
                d.whole = {"省": "全省", "区": "全区", "市": "全市"}[p[3]]
            else:
                cn, cc = rng.choice(p[4])
                d.city_name = cn
                d.locality = {"zh": cn, "code": cc}
                d.issuers = ["municipal-government"]
                d.issuer_text = cn + "人民政府"
                prefix = cn[:1] + "政发"
                d.self_ref, d.whole = "我市", "全市"
        yr = d.date.year
        serial[prefix] = serial.get(prefix, 0) + rng.randint(1, 9)
        d.number = f"{prefix}〔{yr}〕{serial[prefix]}号"
        d.base_year = 2015 if yr <= 2017 else yr - 1
        d.target_years = sorted({max(2018, yr + 2), 2020 if yr < 2019 else 2022})
        if d.level == "national":
            kind = "指导意见" if k == 0 else rng.choice(["指导意见", "意见", "行动计划"])
        elif d.level == "ministerial":
            kind = rng.choice(["指导意见", "行动计划", "实施方案", "管理办法", "意见"])
        elif d.level == "provincial":
            kind = rng.choice(["实施意见", "实施意见", "行动计划", "实施方案", "管理办法"])
        else:
            kind = rng.choice(["实施意见", "实施方案", "行动计划"])
        d.kind_zh = kind
        topic = "" if (k == 0 or rng.random() < 0.3) else d.topic_field
        verb = rng.choice(["积极推进", "加快推进", "深入推进", "大力发展", "促进"])
        d.text_title = f"{d.issuer_text}关于{verb}“互联网+{topic}”{'行动' if not topic else '发展'}的{kind}"
        d.title = d.text_title + "（合成）"
    return docs


SHORT = {p[0]: s for p, s in zip(PROVINCES, "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新")}


def generate(seed, n):
    global ORIG
    ORIG = Origins()
    rng = random.Random(seed * 7919 + 17)
    docs = make_docs(rng, n)
    planter = Planter(rng, docs)
    # negatives: ~15% of the non-national documents, half of each flavour
    cand = [d for d in docs if d.level != "national"]
    negs = rng.sample(cand, max(4, round(n * 0.15)))
    for i, d in enumerate(negs):
        d.negative = "long" if i % 2 == 0 else "short"
    # hard-wrapped texts (as a PDF's text comes out): ~8% of the local documents, targets only, never sources
    for d in docs:
        d.wrap = 0
    local = [d for d in docs if not d.central and not d.negative]
    for d in rng.sample(local, max(2, round(len(local) * 0.08))):
        d.wrap = rng.randint(30, 40)
    large = n >= 300
    for d in docs:
        d.orig_lo = ORIG.next
        nat_before = [x for x in docs if x.level == "national" and x.date < d.date]
        d.cites = None
        if d.level != "national" and nat_before and rng.random() < 0.7:
            d.cites = nat_before[0] if rng.random() < 0.7 else rng.choice(nat_before)
        build_original(rng, d, rng.randint(2600, 7800))
        if not d.negative:
            plan_plants(rng, planter, docs, d, large)
        finalize(d)
        d.orig_hi = ORIG.next
        # mass passages of national documents, taken by many later local documents
        if d.level == "national" and (d.idx == 0 or (large and rng.random() < 0.8) or rng.random() < 0.3):
            later = [x for x in docs if x.date > d.date and not x.central and not x.negative]
            n_pass = rng.randint(2, 3) if d.idx == 0 else rng.randint(1, 2)
            for _ in range(n_pass):
                lo, hi = (10, 30) if large else (8, 20)
                k = min(len(later), rng.randint(lo, hi))
                if k < 3:
                    break
                sp = pick_run(rng, d, 80, 300)
                if sp is None:
                    continue
                for x in rng.sample(later, k):
                    x.plants_in.append(("mass_vertical", d, sp))
    # final texts -> plant offsets
    byid = {d.id: d for d in docs}
    for pl in planter.plants:
        t = byid[pl["target"]]
        segs = {}
        for ln in t.lines:
            for p in ln.pieces:
                if p.plant == pl["id"]:
                    a = segs.setdefault(p.seg, [p.start, p.end])
                    a[0], a[1] = min(a[0], p.start), max(a[1], p.end)
        for si, seg in enumerate(pl["segments"]):
            seg["target"] = segs[si]
            seg["targetText"] = t.text[segs[si][0]:segs[si][1]]
            s = byid[pl["source"]]
            assert s.text[seg["source"][0]:seg["source"][1]] == seg["sourceText"]
        pieces_text = "".join(p.text for ln in t.lines for p in ln.pieces if p.plant == pl["id"])
        spans_text = "".join(sg["targetText"] for sg in pl["segments"])
        if pl["category"] == "items_renumbered":
            assert len(spans_text) - len(pieces_text) <= 8 + (len(spans_text) // max(1, t.wrap) + 2 if t.wrap else 0), \
                (pl["id"], spans_text)
        elif pl["category"] != "table_renumbered":
            assert content_len(spans_text) == content_len(pieces_text), (pl["id"], spans_text, pieces_text)
        if pl["category"] == "items_renumbered":
            sg = pl["segments"][0]
            a = re.search(r"\n（[一二三四五六七八九十]+）", sg["sourceText"]).group()
            b = re.search(r"\n（[一二三四五六七八九十]+）", sg["targetText"]).group()
            pl["edited"] = a != b
            pl["edits"] = [[a, b]] if a != b else []
        pl["wrappedTarget"] = bool(t.wrap)
    return docs, planter.plants


CATS_EDIT = ["verbatim_long", "verbatim_short", "substituted", "clause_inserted", "clause_dropped", "sentence_swap",
             "stock_heavy", "table_renumbered", "punctuation_changed", "digits_fullwidth", "items_renumbered"]
CATS_LOCAL = CATS_EDIT + ["horizontal"]


def plan_plants(rng, planter, docs, t, large):
    earlier = [x for x in docs if x.date < t.date and not x.negative and not x.wrap and x.text is not None]
    if not earlier:
        return
    todo = []
    # mass copies scheduled by national documents
    for cat, s, sp in t.plants_in:
        todo.append((cat, s, sp))
    if t.level == "national":
        cats = [rng.choice(CATS_EDIT)] if rng.random() < 0.5 else []
    elif t.level == "ministerial":
        cats = ["ministry_ministry"] * rng.randint(1, 2) + [rng.choice(CATS_EDIT) for _ in range(rng.randint(0, 2))]
    else:
        cats = [rng.choice(CATS_LOCAL) for _ in range(rng.randint(2, 4))]
        if t.level == "municipal" and rng.random() < 0.7:
            cats.append("prov_to_city")
    for cat in cats:
        todo.append((cat, None, None))
    used = set()
    for cat, s, sp in todo:
        if cat == "mass_vertical":
            res = make_mass(rng, planter, s, t, sp)
            if res:
                planter.insert(t, *res[1:])
            continue
        srcs = eligible_sources(cat, t, earlier)
        rng.shuffle(srcs)
        for s in srcs[:8]:
            res = planter.make(cat, s, t)
            if res is None:
                continue
            pid = res[0]
            key = (s.id, tuple(planter.plants[pid]["segments"][0]["source"]))
            if key in used:
                planter.plants.pop()
                continue
            used.add(key)
            planter.insert(t, res[1], res[2])
            break


def make_mass(rng, planter, s, t, sp):
    start, end, pieces = sp
    src = s.text[start:end]
    edits = []
    if rng.random() < 0.33:
        for a, b, k, nm in place_tokens(s, src):
            edits.append((a, b, place_replacement(s, t, k, nm, rng)))
        if not edits and rng.random() < 0.5:
            # a province drops a clause of the central text
            seps = [m.start() for m in re.finditer("[，；]", src)]
            cands = [(a + 1, b + 1) for a, b in zip(seps, seps[1:])
                     if 4 <= content_len(src[a + 1:b + 1]) <= 30 and a >= 12 and b <= len(src) - 10]
            if cands:
                a, b = rng.choice(cands)
                edits.append((a, b, ""))
    parts = apply_edits(src, edits)
    edited = any(p[0] == "edit" for p in parts)
    seg = {"source": [start, end], "target": None, "sourceText": src}
    pid = planter.new_plant("mass_vertical", s, t, [seg], parts=parts, edited=edited, guarantee=in_guarantee(parts))
    return pid, [planter.copy_piece(s, start, end, parts, pid, 0)], "inline"


def eligible_sources(cat, t, earlier):
    def ok(s):
        if cat == "horizontal":
            return s.level == "provincial" and t.level == "provincial" and s.region != t.region
        if cat == "ministry_ministry":
            return s.level == "ministerial" and t.level == "ministerial" and not set(s.issuers) & set(t.issuers)
        if cat == "prov_to_city":
            return s.level == "provincial" and t.level == "municipal" and s.region == t.region
        if t.central:
            return s.central and not set(s.issuers) & set(t.issuers)
        if t.level == "provincial":
            return s.central or (s.level == "provincial" and s.region != t.region)
        return s.central or s.level == "provincial" or (s.level == "municipal" and s.locality != t.locality)
    return [s for s in earlier if ok(s)]


# --------------------------------------------------------------------------------------------------------------
# Output

def runs_of(orig):
    """Run-length encoding of origin ids: [start, length, first id] for runs of consecutive ids."""
    out = []
    i = 0
    n = len(orig)
    while i < n:
        j = i + 1
        while j < n and orig[j] == orig[j - 1] + 1:
            j += 1
        out.append([i, j - i, orig[i]])
        i = j
    return out


def write(out, seed, docs, plants):
    corpus = os.path.join(out, "corpus")
    if os.path.exists(corpus):
        shutil.rmtree(corpus)
    os.makedirs(os.path.join(corpus, "documents"))
    os.makedirs(os.path.join(corpus, "taxonomy"))
    with open(os.path.join(corpus, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump({"schema": 1, "name": f"第五生成器合成语料 seed {seed} / fifth-generator SYNTHETIC corpus, seed {seed}",
                   "description": "SYNTHETIC: generated by benchmarks/gen_fifth_corpus.py with planted copying; "
                                  "no text is a real policy document.",
                   "synthetic": True, "citations": []}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # the cities used, as localities of a divisions override
    data = os.environ.get("IPAP_DATA") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    with open(os.path.join(data, "taxonomy", "divisions.json"), encoding="utf-8") as f:
        div = json.load(f)
    known = {l["code"] for l in div.get("localities", [])}
    for p in PROVINCES:
        for cn, cc in p[4]:
            if cc not in known:
                div.setdefault("localities", []).append({"code": cc, "zh": cn, "en": cn, "province": p[0]})
                known.add(cc)
    with open(os.path.join(corpus, "taxonomy", "divisions.json"), "w", encoding="utf-8") as f:
        json.dump(div, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for d in docs:
        rec = {"schema": 1, "id": d.id, "title": d.title, "number": d.number, "issuers": d.issuers,
               "issuerText": d.issuer_text, "level": d.level, "region": d.region, "locality": d.locality,
               "dateWritten": d.date.isoformat(), "datePublished": d.date.isoformat(),
               "kind": KIND_IDS[d.kind_zh], "basedOn": [d.cites.id] if d.cites else [],
               "actionAreas": {"ids": [], "coding": "machine"},
               "source": {"url": None, "seen": {"where": "not-seen", "fields": [], "url": None},
                          "origin": "synthetic-gen5"},
               "note": "SYNTHETIC (benchmarks/gen_fifth_corpus.py)", "synthetic": True, "text": d.text, "extra": {}}
        with open(os.path.join(corpus, "documents", d.id + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    truth = {"schema": 1, "generator": "gen_fifth_corpus.py", "synthetic": True, "seed": seed,
             "documents": [{"id": d.id, "level": d.level, "region": d.region,
                            "locality": d.locality["code"] if d.locality else None, "issuers": d.issuers,
                            "date": d.date.isoformat(), "negative": d.negative, "wrapped": d.wrap,
                            "length": len(d.text),
                            "sha1": hashlib.sha1(d.text.encode("utf-8")).hexdigest(),
                            "originIds": [d.orig_lo, d.orig_hi], "origins": runs_of(d.orig),
                            "kinds": [[p.start, p.end, p.kind] for ln in d.lines for p in ln.pieces]} for d in docs],
             "plants": plants}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--documents", type=int, default=60)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    docs, plants = generate(a.seed, a.documents)
    os.makedirs(a.out, exist_ok=True)
    write(a.out, a.seed, docs, plants)
    cats = {}
    for p in plants:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    lens = [len(d.text) for d in docs]
    print(f"seed {a.seed}: {len(docs)} documents ({min(lens)}-{max(lens)} characters), {len(plants)} plants "
          + " ".join(f"{k}={v}" for k, v in sorted(cats.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
