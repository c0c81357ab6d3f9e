#!/usr/bin/env python3
"""Third, independently written generator of synthetic Chinese "Internet Plus" (互联网+) policy documents
with planted copies, for testing `ipap analyze` (text reuse) on data its authors did not write.

    benchmarks/gen_third_corpus.py --out DIR [--documents 400] [--seed 1] [--stress] [--chains] [--artefacts]

Writes (the layout `ipap import DIR --into C --synthetic` accepts):

  DIR/manifest.csv   id,title,number,issuer,level,region,date_written,date_published,based_on,file,synthetic
                     (level national, provincial, or municipal for a city's plan; region: the province's code)
  DIR/texts/ID.txt   UTF-8 text, "\n" line ends: title line, document number, addressees, preamble,
                     chapter/article structure (第一章 总则, 第一条 ...) for provincial documents, 一、/（一）/1.
                     sections for municipal action plans, target tables as lines ("指标名称 | 2017年 | 2020年"),
                     responsibility notes in brackets, signature and date.
  DIR/planted.json   {"planted": [{category, edited, sourceId, source:[s,e], targetId, target:[s,e], ...}],
                      "negatives": [{category: formulaOnly|unrelated, sourceId, targetId, ...}]}
                     Offsets are Python str indices (code points) into the .txt texts; the source is always
                     dated earlier than the target.

Categories planted: verbatimLong (centre -> province, 80-300 content characters), horizontal (province ->
province, 60-200), sentence (one sentence of 25-45 content characters held by source and target only),
editedPlace, editedNumber, clauseInserted, clauseDropped (80-200, one edit), articleRenumbered (a whole
article copied under another article number), massCopy (one central passage of 60-150 in 15-30 provincial
documents). Lengths are counted in content characters (letters, digits, CJK), as the detector counts.

--stress adds three harder categories (commonSentence: a sentence only source and target hold whose two
clauses 3-8 other documents also hold; tableCopy: a target table, header and 3-6 indicator rows, copied line
for line, province -> province; crossArticle: the end of one article, the line break and the next article's
marker, heading and first sentence, with that marker renumbered). Without --stress the output does not depend
on that code.

--chains (off by default) adds vertical chains: a central passage (80-200 content characters) copied into a
provincial document, then from that document into 1-3 municipal documents of the same province dated later.
The provincial copy sometimes (30%) puts the province's name for a national region term ("中西部地区"), a
city copy sometimes (40%) the city's name for the province's (or a region term). Each copy is recorded with
its IMMEDIATE source: chainCentreToProvince (centre -> province) and chainProvinceToCity (province -> city,
never centre -> city; the central source is in the record's "centre", the chain's number in "chain"). About
40 city copies in about 20 chains; a document takes part in one chain at most.

--artefacts (off by default) applies text-extraction artefacts AFTER planting to a random ~40% of the
documents: (a) every one of them gets hard line breaks inside its lines every W characters, W = 28-40 drawn
per document (PDF wrapping: source and target of a copy are wrapped differently); of these, a quarter each
(~10% of all documents) also get (b) half-width punctuation (, ; : ( ) for ，；：（）), (c) a letter-spaced
title and headings ("互 联 网 + 行 动"), (d) page furniture lines every 1,300-1,700 characters ("— 3 —" and,
in 70% of them, a running header line with the issuer's name), at a line boundary and so often inside a
copied passage. Every planted offset is moved to point at the same copied characters (the inserted
breaks, spaces and furniture lines inside a span stay inside it; their content characters, page numbers
and header names, then count as planted target characters); the record gets sourceArtefacts /
targetArtefacts naming what was applied (wrap31, halfwidth, spacedHeadings, pageFurniture). "holders" of
sentence plants are counted on the texts before the artefacts.

Both options draw from their own random streams (seeded from --seed), so without them the output is byte
for byte what it was before they existed, and with --artefacts alone the plants are the same as without.

Deterministic from --seed; standard library only. Written without reading ipap's own corpus generators
(Sources/PolicyAnalysis/Demo/, benchmarks/make_corpus.py or any other); only benchmarks/evaluate_reuse.py
and docs/indicators.md ("The guarantee", "Measured recall and precision") were read.
"""
import argparse, csv, json, os, random, re, unicodedata
from datetime import date, timedelta

# ---------------------------------------------------------------- banks

PROVINCES = [  # code, name, abbreviation, cities (or districts)
    ('110000', '北京市', '京', ['海淀区', '朝阳区', '丰台区', '通州区', '顺义区', '大兴区']),
    ('120000', '天津市', '津', ['滨海新区', '和平区', '西青区', '武清区', '宝坻区']),
    ('130000', '河北省', '冀', ['石家庄市', '唐山市', '保定市', '邯郸市', '廊坊市', '沧州市']),
    ('140000', '山西省', '晋', ['太原市', '大同市', '长治市', '晋中市', '运城市']),
    ('150000', '内蒙古自治区', '内蒙古', ['呼和浩特市', '包头市', '鄂尔多斯市', '赤峰市', '通辽市']),
    ('210000', '辽宁省', '辽', ['沈阳市', '大连市', '鞍山市', '锦州市', '营口市']),
    ('220000', '吉林省', '吉', ['长春市', '吉林市', '四平市', '延边朝鲜族自治州', '白山市']),
    ('230000', '黑龙江省', '黑', ['哈尔滨市', '齐齐哈尔市', '大庆市', '牡丹江市', '佳木斯市']),
    ('310000', '上海市', '沪', ['浦东新区', '徐汇区', '闵行区', '嘉定区', '松江区', '杨浦区']),
    ('320000', '江苏省', '苏', ['南京市', '苏州市', '无锡市', '常州市', '南通市', '徐州市']),
    ('330000', '浙江省', '浙', ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '金华市']),
    ('340000', '安徽省', '皖', ['合肥市', '芜湖市', '蚌埠市', '安庆市', '马鞍山市']),
    ('350000', '福建省', '闽', ['福州市', '厦门市', '泉州市', '漳州市', '莆田市']),
    ('360000', '江西省', '赣', ['南昌市', '九江市', '赣州市', '上饶市', '宜春市']),
    ('370000', '山东省', '鲁', ['济南市', '青岛市', '烟台市', '潍坊市', '临沂市', '济宁市']),
    ('410000', '河南省', '豫', ['郑州市', '洛阳市', '开封市', '新乡市', '南阳市']),
    ('420000', '湖北省', '鄂', ['武汉市', '宜昌市', '襄阳市', '荆州市', '黄石市']),
    ('430000', '湖南省', '湘', ['长沙市', '株洲市', '湘潭市', '衡阳市', '岳阳市']),
    ('440000', '广东省', '粤', ['广州市', '深圳市', '佛山市', '东莞市', '珠海市', '中山市']),
    ('450000', '广西壮族自治区', '桂', ['南宁市', '柳州市', '桂林市', '北海市', '玉林市']),
    ('460000', '海南省', '琼', ['海口市', '三亚市', '儋州市', '琼海市']),
    ('500000', '重庆市', '渝', ['渝中区', '江北区', '两江新区', '万州区', '涪陵区']),
    ('510000', '四川省', '川', ['成都市', '绵阳市', '德阳市', '宜宾市', '南充市', '泸州市']),
    ('520000', '贵州省', '黔', ['贵阳市', '遵义市', '六盘水市', '安顺市', '毕节市']),
    ('530000', '云南省', '云', ['昆明市', '曲靖市', '玉溪市', '大理白族自治州', '红河哈尼族彝族自治州']),
    ('540000', '西藏自治区', '藏', ['拉萨市', '日喀则市', '林芝市', '昌都市']),
    ('610000', '陕西省', '陕', ['西安市', '宝鸡市', '咸阳市', '榆林市', '汉中市']),
    ('620000', '甘肃省', '甘', ['兰州市', '天水市', '酒泉市', '张掖市', '白银市']),
    ('630000', '青海省', '青', ['西宁市', '海东市', '海西蒙古族藏族自治州', '格尔木市']),
    ('640000', '宁夏回族自治区', '宁', ['银川市', '石嘴山市', '吴忠市', '固原市', '中卫市']),
    ('650000', '新疆维吾尔自治区', '新', ['乌鲁木齐市', '克拉玛依市', '昌吉回族自治州', '喀什地区', '伊犁哈萨克自治州']),
]

TECH = ('云计算 大数据 物联网 移动互联网 人工智能 区块链 工业互联网 第五代移动通信 北斗导航 虚拟现实 增强现实 边缘计算 '
        '智能传感 量子通信 卫星遥感 数字孪生 视频识别 语音识别 生物识别 电子标签 射频识别 地理信息系统 高性能计算 软件定义网络 '
        'IPv6 窄带物联网 智能终端 可穿戴设备 机器视觉 工业机器人 服务机器人 增材制造 知识图谱 自然语言处理 数据挖掘 分布式存储 '
        '开源软件 嵌入式系统 密码技术 电子认证 可信计算 智能网联 车联网 无人机 智能电网 能源互联网 电子签章 二维码 移动支付 '
        '远程诊断 远程监测 数字影像 智能调度 网络切片 光纤宽带 无线局域网 卫星通信 空间信息 智能算法 机器学习 深度学习 '
        '计算机视觉 数据可视化 数据交换 数据脱敏 云桌面 电子围栏 智能电表 视频监控 传感网络 位置服务 在线支付 电子发票').split()

FIELD = ('现代农业 设施农业 畜牧养殖 水产养殖 林下经济 现代种业 农产品加工 农村电子商务 装备制造 汽车制造 船舶制造 纺织服装 '
         '食品加工 石油化工 钢铁冶金 有色金属 绿色建材 生物医药 医疗器械 电子信息 集成电路 新型显示 软件和信息服务 现代物流 '
         '冷链物流 仓储配送 快递服务 港口航运 通用航空 铁路运输 道路运输 城市公交 网约出租车 共享单车 文化旅游 乡村旅游 会展 '
         '影视制作 数字出版 动漫游戏 体育健身 居家养老 家政服务 托育服务 社区服务 医疗卫生 中医药 公共卫生 健康管理 '
         '职业教育 高等教育 基础教育 学前教育 普惠金融 供应链金融 农业保险 科技金融 商贸流通 跨境电子商务 批发零售 '
         '餐饮住宿 建筑施工 物业管理 水利工程 电力供应 城镇燃气 集中供热 环境监测 生态修复 污水处理 垃圾分类 节能环保 '
         '光伏发电 风力发电 新型储能 矿产开发 安全生产 应急救援 气象服务 地质勘查 海洋渔业 茶叶种植 中药材种植 '
         '民族医药 旅游演艺 人力资源服务 知识产权服务 检验检测 工业设计 创意设计 住房公积金 社会保障 就业服务 '
         '食品药品监管 市场监管 税务服务 公共法律服务 档案管理 不动产登记 户籍管理 交通执法 文物保护 图书馆服务').split()

OBJ = ('公共服务平台 示范基地 公共服务中心 数据中心 创新中心 孵化器 众创空间 产业园区 产业联盟 标准体系 监测网络 服务体系 '
       '信用体系 应用场景 试点项目 重点工程 骨干企业 龙头企业 专业合作社 家庭农场 示范县 示范乡镇 特色小镇 服务站点 交易市场 '
       '追溯体系 调度中心 指挥平台 预警系统 管理信息系统 基础数据库 资源目录 开放接口 技术规范 评价机制 准入制度 协同机制 '
       '人才队伍 实训基地 研发机构 重点实验室 工程技术研究中心 检验检测中心 认证机构 孵化载体 产业投资基金 融资担保机制 '
       '风险补偿资金池 运营中心 体验中心 展示中心 网上商城 电子商务平台 物流园区 配送中心 分拣中心 冷库 服务驿站 '
       '综合服务站 便民服务点 网上办事大厅 政务服务网 统一身份认证系统 电子证照库 数据共享交换平台 信用信息平台 '
       '监管平台 综合执法平台 应急指挥系统 视频会商系统 远程会诊中心 健康档案 电子病历 分级诊疗网络 在线教育平台 '
       '数字图书馆 智慧校园 智慧景区 智慧社区 智慧园区 智慧工地 智能工厂 数字化车间 生产线 供应链平台 订单系统 '
       '质量追溯码 产品标识 企业上云服务商 行业云 私有云 容灾备份中心 网络安全监测中心 通报预警机制 应急响应机制 '
       '统计监测制度 考核评价办法 专家咨询委员会 工作专班 联席会议制度 专项资金 奖补政策 政府采购目录 首台套保险 '
       '人才公寓 创业导师库 项目储备库 典型案例库 知识产权池 专利导航中心 标准化示范区 质量提升工程 品牌培育工程').split()

VERB = ('加快建设 积极培育 大力发展 统筹推进 有序推进 重点支持 着力打造 鼓励建设 探索建立 完善提升 优化布局 规范发展 '
        '稳步扩大 深化拓展 全面推广 加快推广 引导发展 支持建设 推动完善 建立健全 组织实施 谋划布局 培育壮大 集中建设 '
        '分类推进 试点建设 升级改造 整合提升 联合共建 择优认定 布局建设 滚动实施 梯次培育 规划建设 分批认定 持续完善').split()

MOD = ('面向中小企业的 覆盖城乡的 跨区域 跨部门 全流程 全链条 一体化 标准化 智能化 网络化 专业化 集约化 区域性 行业级 '
       '省级 市级 县域 开放共享的 安全可控的 线上线下融合的 多层次 高水平 规模化 绿色化 精细化 便捷高效的 普惠性 公益性 '
       '市场化 国际化 特色化 品牌化 数字化 可视化 低成本 高可靠 分布式 移动化 共建共享的 协同高效的 统一规范的').split()

PROCESS = ('生产流程 经营管理 营销模式 服务方式 研发设计 仓储管理 质量管控 能源管理 采购体系 售后服务 组织方式 '
           '检测手段 调度方式 监管方式 结算方式 排产计划 设备运维 客户服务').split()
ACTOR = ('社会资本 行业协会 科研院所 高等院校 电信运营商 金融机构 平台企业 第三方机构 龙头企业 民营企业 '
         '创业团队 产业基金 行业组织 志愿服务组织 农村集体经济组织 外资企业 国有企业 新型研发机构').split()
USE = '创新应用 集成应用 规模化应用 示范应用 深度应用 融合应用 推广应用 试点应用'.split()
QUAL = ('信息化水平 网络化水平 智能化水平 服务效率 监管能力 安全保障能力 核心竞争力 综合效益 资源利用效率 '
        '协同能力 精准服务能力 风险防控能力 应急处置能力 质量效益 创新能力 管理水平').split()
COST = '物流成本 交易成本 融资成本 运营成本 制度性交易成本 用能成本 用工成本 获客成本'.split()
STATE = '互联互通 信息共享 协同联动 全程可追溯 在线监测 统一管理 一网通办 实时调度 精准监管 动态更新 全程留痕 闭环管理'.split()
UNIT = '个 家 处 项 所 条 套 座'.split()

AREAS = ('创业创新 协同制造 现代农业 智慧能源 普惠金融 益民服务 高效物流 电子商务 便捷交通 绿色生态 人工智能 '
         '政务服务 医疗健康 教育 旅游 文化 社会保障 市场监管 城市管理 对外开放').split()

AGENCY = ('发展改革委 工业和信息化厅 科技厅 财政厅 商务厅 农业农村厅 交通运输厅 卫生健康委 教育厅 人力资源社会保障厅 '
          '自然资源厅 生态环境厅 住房城乡建设厅 水利厅 文化和旅游厅 市场监管局 统计局 大数据局 通信管理局 网信办 '
          '公安厅 民政厅 司法厅 应急管理厅 林业局 地方金融监管局 税务局 能源局 广播电视局 体育局 医保局 '
          '知识产权局 邮政管理局 气象局 人民银行分行 银保监局 供销社 科协 国资委 审计厅').split()
CENTRAL_AGENCY = ('发展改革委 工业和信息化部 科技部 财政部 商务部 农业部 交通运输部 国家卫生计生委 教育部 '
                  '人力资源社会保障部 国土资源部 环境保护部 住房城乡建设部 水利部 文化部 工商总局 质检总局 '
                  '国家统计局 中央网信办 公安部 民政部 人民银行 银监会 国家能源局 国家旅游局').split()

INDICATORS = ('固定宽带家庭普及率（%） 移动宽带用户普及率（%） 行政村光纤通达率（%） 规模以上企业上云数（家） '
              '两化融合发展指数 电子商务交易额（亿元） 网络零售额（亿元） 农村网络零售额（亿元） 政务服务事项网上可办率（%） '
              '电子健康档案建档率（%） 中小学互联网接入率（%） 智能制造示范企业（家） 工业互联网平台（个） '
              '数字经济规模（亿元） 信息服务业收入（亿元） 跨境电子商务进出口额（亿元） 快递业务量（亿件） '
              '远程医疗覆盖县（个） 智慧旅游景区（个） 企业数字化研发工具普及率（%） 关键工序数控化率（%） '
              '城市公交一卡通覆盖率（%） 物联网终端数（万个） 数据开放目录数（项）').split()

FORMULAE = [  # stock formulae, each under 25 content characters
    '为深入贯彻落实党中央、国务院决策部署', '各地区、各部门要高度重视', '现提出如下实施意见', '请结合实际认真贯彻执行',
    '以习近平新时代中国特色社会主义思想为指导', '全面贯彻党的十九大精神', '坚持以人民为中心的发展思想',
    '牢固树立创新、协调、绿色、开放、共享的发展理念', '充分发挥市场在资源配置中的决定性作用', '更好发挥政府作用',
    '确保各项任务落到实处', '统筹推进“五位一体”总体布局', '协调推进“四个全面”战略布局', '按照“放管服”改革要求',
    '坚持问题导向和目标导向', '强化主体责任', '形成工作合力', '加大宣传力度', '营造良好社会氛围',
    '及时总结推广典型经验', '重大事项及时报告', '切实加强组织领导', '把各项工作抓实抓细抓到位',
    '以供给侧结构性改革为主线', '推动经济高质量发展', '着力补齐短板', '坚持政府引导、市场主导',
]

CN_NUM = '零一二三四五六七八九'

def cn_number(n):
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return '十' + (CN_NUM[n % 10] if n % 10 else '')
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')

def is_content(ch):
    c = unicodedata.category(ch)
    return c[0] in 'LN'

def clen(s):
    return sum(1 for ch in s if is_content(ch))

def content(s):
    return ''.join(ch for ch in s if is_content(ch))

# ---------------------------------------------------------------- document model

class Piece:
    __slots__ = ('text', 'tag')
    def __init__(self, text, tag=None):
        self.text, self.tag = text, tag

class Line:
    """A line of the text: a list of pieces (sentences). kind: title/meta/heading/body/article/table."""
    __slots__ = ('pieces', 'kind', 'locked', 'dirty', 'number', 'places')
    def __init__(self, kind, pieces, number=None):
        self.kind, self.pieces, self.number = kind, pieces, number
        self.locked = self.dirty = False

class Doc:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.lines = []
        self.text = None
        self.formulae = set()

class Gen:
    def __init__(self, rng, doc):
        self.r, self.d = rng, doc

    # -- clauses
    def place(self):
        d = self.d
        if d.level == 'national':
            return self.r.choice(['中西部地区', '东部地区', '东北地区', '革命老区', '边境地区', '重点城市群', '国家级新区'])
        if d.city and self.r.random() < 0.6:
            return d.city
        return self.r.choice([d.pname] + d.cities)

    def two_places(self):
        d = self.d
        if d.level == 'national':
            return '、'.join(self.r.sample(['京津冀', '长三角', '珠三角', '成渝', '长江中游', '关中平原', '中原'], 2))
        return '、'.join(self.r.sample(d.cities, 2))

    def number(self):
        r = self.r
        return str(r.choice([r.randint(2, 30), r.randint(10, 300), r.randint(100, 2000)]))

    def clause(self):
        r = self.r
        T, F, O, V, M = (lambda: r.choice(TECH)), (lambda: r.choice(FIELD)), (lambda: r.choice(OBJ)), \
            (lambda: r.choice(VERB)), (lambda: r.choice(MOD))
        k = r.randrange(22)
        if k == 0: return f'{V()}{M()}{F()}{O()}'
        if k == 1: return f'推动{T()}与{F()}深度融合'
        if k == 2: return f'支持{self.two_places()}开展{F()}{T()}应用试点'
        if k == 3: return f'到{r.randint(2017, 2022)}年，{F()}{O()}达到{self.number()}{r.choice(UNIT)}'
        if k == 4: return f'培育{self.number()}家以上{F()}{r.choice(["骨干企业", "龙头企业", "平台企业", "服务机构"])}'
        if k == 5: return f'引导{F()}企业运用{T()}改造{r.choice(PROCESS)}'
        if k == 6: return f'在{self.place()}{V()}{self.number()}{r.choice(UNIT)}{M()}{O()}'
        if k == 7: return f'依托{O()}{V()}{F()}{T()}服务'
        if k == 8: return f'{F()}{O()}覆盖率提高到{r.randint(30, 99)}%'
        if k == 9: return f'每年安排{r.randint(1, 50)}亿元专项资金支持{F()}{T()}应用'
        if k == 10: return f'鼓励{r.choice(ACTOR)}参与{F()}{O()}建设运营'
        if k == 11: return f'探索{T()}在{F()}领域的{r.choice(USE)}'
        if k == 12: q = r.sample(QUAL, 2); return f'提升{F()}{q[0]}和{q[1]}'
        if k == 13: return f'降低{F()}{r.choice(COST)}'
        if k == 14: return f'实现{F()}{O()}{r.choice(STATE)}'
        if k == 15: return f'{self.place()}要{V()}{T()}{F()}{O()}'
        if k == 16: return f'打造{r.randint(3, 60)}个{F()}{T()}{r.choice(["示范工程", "标杆项目", "应用示范点", "创新案例"])}'
        if k == 17: return f'力争{F()}{r.choice(["营业收入", "交易规模", "服务人次", "用户规模"])}年均增长{r.randint(5, 40)}%以上'
        if k == 18: return f'由{self.place()}牵头{V()}{F()}{O()}'
        if k == 19: return f'将{T()}{O()}纳入{F()}{r.choice(["发展规划", "专项资金支持范围", "政府采购目录", "重点项目清单"])}'
        if k == 20: return f'推广{self.place()}{F()}{T()}{r.choice(["经验", "模式", "做法"])}'
        return f'加强{F()}{O()}与{O()}的{r.choice(STATE)}'

    def sentence(self, formula_p=0.08):
        r = self.r
        parts = [self.clause() for _ in range(r.choice([1, 2, 2, 2, 3, 3]))]
        if r.random() < formula_p:
            f = r.choice(self.d.formula_pool)
            self.d.formulae.add(f)
            parts.insert(r.randrange(len(parts) + 1), f)
        return '，'.join(parts) + '。'

    def body(self, nmin, nmax):
        return [Piece(self.sentence()) for _ in range(self.r.randint(nmin, nmax))]

    def duty(self):
        r, d = self.r, self.d
        if d.level == 'national':
            ag = r.sample(CENTRAL_AGENCY, r.randint(1, 3))
            return '（' + '、'.join(ag) + r.choice(['等负责', '等按职责分工负责', '牵头负责']) + '）'
        pre = '市' if d.city else '省'
        ag = r.sample(AGENCY, r.randint(2, 3))
        s = f'（{pre}{ag[0]}牵头，' + '、'.join(pre + a for a in ag[1:]) + '配合'
        if r.random() < 0.3:
            s += f'，{r.randint(2017, 2020)}年{r.randint(1, 12)}月底前完成'
        return s + '）'

# ---------------------------------------------------------------- writing documents

def write_doc(rng, d):
    g = Gen(rng, d)
    r = rng
    L = d.lines
    area = d.area
    L.append(Line('title', [Piece(d.title_text)]))
    L.append(Line('meta', [Piece(d.number)]))
    if d.level == 'national':
        L.append(Line('meta', [Piece('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')]))
    elif d.city:
        L.append(Line('meta', [Piece(f'各{r.choice(["县（市、区）", "区"])}人民政府，市政府各部门，各直属单位：')]))
    else:
        L.append(Line('meta', [Piece('各市、县（市、区）人民政府，省政府直属各单位：')]))
    f1, f2 = r.sample(d.formula_pool, 2)
    d.formulae.update([f1, f2])
    pre = [Piece(f'{f1}，{g.clause()}，{g.clause()}，{f2}，{g.clause()}。')]
    pre += g.body(2, 4)
    pre.append(Piece(f'经{d.issuer_name}同意，{r.choice(["现提出如下实施意见。", "现就有关事项通知如下。", "制定本行动计划。"])}'))
    L.append(Line('body', pre))
    target_len = r.randint(3300, 7900)

    def length():
        return sum(len(p.text) for ln in L for p in ln.pieces) + len(L)

    if d.style == 'articles':
        art = [0]
        def article(head, npieces=(3, 7), duty=False, lst=False):
            art[0] += 1
            marker = f'第{cn_number(art[0])}条　'
            pieces = [Piece(marker), Piece(head + '。')] + g.body(*npieces)
            if duty:
                pieces.append(Piece(g.duty()))
            L.append(Line('article', pieces, number=art[0]))
            if lst:
                for i in range(r.randint(2, 5)):
                    item = [Piece(f'（{cn_number(i + 1)}）'), Piece(f'{r.choice(VERB)}{r.choice(FIELD)}{r.choice(OBJ)}。')]
                    item += g.body(1, 3)
                    if r.random() < 0.6:
                        item.append(Piece(g.duty()))
                    L.append(Line('body', item))
        L.append(Line('heading', [Piece('第一章　总则')]))
        article(r.choice(['目的依据', '制定依据', '总体要求']), (2, 4))
        article(r.choice(['指导思想', '基本思路', '总体思路']), (2, 5))
        article(r.choice(['基本原则', '工作原则']), (1, 2), lst=True)
        article(r.choice(['发展目标', '主要目标', '工作目标']), (2, 4))
        y0, y1 = r.choice([(2015, 2018), (2016, 2020), (2017, 2020), (2018, 2022), (2017, 2025)])
        L.append(Line('table', [Piece(f'指标名称 | {y0}年 | {y1}年')]))
        for ind in r.sample(INDICATORS, r.randint(4, 8)):
            a = r.randint(5, 900)
            L.append(Line('table', [Piece(f'{ind} | {a} | {a + r.randint(3, 400)}')]))
        chap = 2
        chapters = ['重点任务', '主要行动', '重点领域', '重点工程', '支撑体系', '创新发展']
        r.shuffle(chapters)
        ci = 0
        while length() < target_len - 900:
            L.append(Line('heading', [Piece(f'第{cn_number(chap)}章　{chapters[ci % len(chapters)]}')]))
            chap += 1
            ci += 1
            for _ in range(r.randint(2, 4)):
                article(f'{r.choice(VERB)}“互联网+”{r.choice(FIELD)}', (3, 8), duty=r.random() < 0.7,
                        lst=r.random() < 0.4)
                if length() >= target_len - 900:
                    break
        L.append(Line('heading', [Piece(f'第{cn_number(chap)}章　保障措施')]))
        for head in r.sample(['加强组织领导', '加大资金支持', '强化人才支撑', '完善标准规范', '保障网络安全',
                              '优化发展环境', '强化督查考核'], r.randint(2, 4)):
            article(head, (2, 5), duty=r.random() < 0.5)
        L.append(Line('heading', [Piece(f'第{cn_number(chap + 1)}章　附则')]))
        art[0] += 1
        L.append(Line('article', [Piece(f'第{cn_number(art[0])}条　'),
                                  Piece(f'本{d.kind}自{d.pub.year}年{d.pub.month}月{d.pub.day}日起施行。')],
                      number=art[0]))
    else:  # municipal action plan: 一、（一）1.
        si = 0
        def section(title):
            L.append(Line('heading', [Piece(f'{cn_number(si + 1)}、{title}')]))
        section('总体要求')
        L.append(Line('body', g.body(2, 4)))
        y0, y1 = r.choice([(2017, 2020), (2018, 2020), (2018, 2021), (2019, 2022)])
        L.append(Line('table', [Piece(f'指标名称 | {y0}年 | {y1}年')]))
        for ind in r.sample(INDICATORS, r.randint(3, 7)):
            a = r.randint(5, 900)
            L.append(Line('table', [Piece(f'{ind} | {a} | {a + r.randint(3, 400)}')]))
        names = ['主要任务', '重点行动', '重点工程', '专项行动', '支撑体系', '示范工程', '重点项目', '创新应用']
        while length() < target_len - 500 and si < 9:
            si += 1
            section(names[(si - 1) % len(names)])
            for i in range(r.randint(2, 5)):
                L.append(Line('body', [Piece(f'（{cn_number(i + 1)}）'),
                                       Piece(f'{r.choice(VERB)}{r.choice(FIELD)}{r.choice(OBJ)}。')] + g.body(2, 6)
                              + ([Piece(g.duty())] if r.random() < 0.6 else [])))
                if r.random() < 0.4:
                    for j in range(r.randint(2, 4)):
                        L.append(Line('body', [Piece(f'{j + 1}. ')] + g.body(1, 3)))
        si += 1
        section('保障措施')
        for i in range(r.randint(2, 4)):
            L.append(Line('body', [Piece(f'（{cn_number(i + 1)}）'),
                                   Piece(r.choice(['加强组织领导。', '加大资金投入。', '强化人才保障。', '严格督查考核。', '营造良好氛围。']))]
                          + g.body(2, 4)))
    L.append(Line('body', [Piece(f'{d.formula_pool[0]}，{g.clause()}。')]))
    d.formulae.add(d.formula_pool[0])
    L.append(Line('meta', [Piece(d.issuer_name)]))
    L.append(Line('meta', [Piece(f'{d.pub.year}年{d.pub.month}月{d.pub.day}日')]))

# ---------------------------------------------------------------- planting

class Planter:
    def __init__(self, rng, docs):
        self.r, self.docs = rng, docs
        self.plants = []   # dicts with line/piece references, resolved at the end

    def body_lines(self, d, kinds=('body', 'article')):
        return [ln for ln in d.lines if ln.kind in kinds and not ln.locked and not ln.dirty]

    def pick_span(self, d, lo, hi, need=None, min_pieces=1, max_pieces=8):
        """A run of whole sentences inside one unlocked line, lo..hi content characters."""
        r = self.r
        # aim at a length drawn uniformly from lo..hi, so that long copies are as frequent as short ones
        want = r.randint(lo, hi)
        lo, hi = max(lo, want - max(3, (hi - lo) // 8)), min(hi, want + max(3, (hi - lo) // 8))
        lines = self.body_lines(d)
        r.shuffle(lines)
        for ln in lines:
            ps = ln.pieces
            starts = [i for i in range(len(ps)) if ps[i].tag is None and clen(ps[i].text) >= 8
                      and not re.match(r'^(第.+条|（.+）|\d+\.)', ps[i].text)]
            r.shuffle(starts)
            for i in starts:
                n = 0
                for j in range(i, min(len(ps), i + max_pieces)):
                    if ps[j].tag is not None or (j > i and re.match(r'^[（(]', ps[j].text) and ps[j].text.endswith('）') and '牵头' in ps[j].text and False):
                        break
                    n += clen(ps[j].text)
                    if n > hi:
                        break
                    if n >= lo and j - i + 1 >= min_pieces:
                        txt = ''.join(p.text for p in ps[i:j + 1])
                        if need is None or need(txt):
                            return ln, i, j, txt
        return None

    def insert(self, d, text, tag, avoid_first=True):
        r = self.r
        lines = [ln for ln in self.body_lines(d) if len(ln.pieces) >= 3]
        if not lines:
            return None
        ln = r.choice(lines)
        k = r.randint(2, len(ln.pieces) - 1) if avoid_first else r.randint(0, len(ln.pieces))
        # never split a responsibility note from its end: insert before a sentence
        p = Piece(text, tag)
        ln.pieces.insert(k, p)
        ln.dirty = True
        return p

    def add(self, category, edited, src, sref, tgt, tpiece, extra=None):
        ln, i, j, _ = sref
        ln.locked = True
        rec = dict(category=category, edited=edited, src=src, sfirst=ln.pieces[i], slast=ln.pieces[j],
                   tgt=tgt, tpiece=tpiece, extra=extra or {})
        self.plants.append(rec)
        return rec

def edit_place(src, tgt, text):
    reps = [(src.pname, tgt.pname)]
    tc = list(tgt.cities)
    for c in src.cities:
        reps.append((c, tc.pop(0) if tc else tgt.cities[0]))
    out, n = text, 0
    for a, b in reps:
        if a in out:
            n += out.count(a)
            out = out.replace(a, b)
    return out, n

def edit_number(rng, text):
    nums = [m for m in re.finditer(r'\d+', text)]
    if not nums:
        return None
    k = min(len(nums), rng.randint(1, 3))
    chosen = sorted(rng.sample(nums, k), key=lambda m: m.start())
    out, last = [], 0
    for m in chosen:
        v = int(m.group())
        if 2000 <= v <= 2030:
            nv = v + rng.choice([1, 2, 3, -1])
        else:
            nv = v + max(1, v // 2) * rng.choice([1, 1, 2]) if rng.random() < 0.7 else max(1, v - max(1, v // 3))
        if nv == v:
            nv = v + 1
        out.append(text[last:m.start()] + str(nv))
        last = m.end()
    out.append(text[last:])
    return ''.join(out), k

INSERT_CLAUSES = ['坚持{a}与{b}并重', '注重发挥{a}的带动作用', '充分利用{a}和{b}的既有基础', '重点面向{a}和{b}领域',
                  '同步推进{a}配套设施建设', '把{a}作为优先支持方向', '兼顾{a}与{b}的实际需求',
                  '按照{a}先行、{b}跟进的思路']


def drawn_pairs(rng, attempts, targets, sources, done):
    """(source, target) pairs: up to `attempts` times, until `done()`, a target drawn from `targets` and a
    source from `sources(target)` (an attempt whose target has no source yields nothing)."""
    for _ in range(attempts):
        if done():
            return
        t = rng.choice(targets)
        srcs = sources(t)
        if srcs:
            yield rng.choice(srcs), t

def plant_stress(rng, a, docs, P, prov, earlier, pair_ok, used_pairs):
    """Extra, harder categories (only with --stress).

    commonSentence: one sentence of 25-45 content characters made of two clauses that 3-8 other documents also
      hold (each clause is spliced into their own sentences), while the whole sentence is held by source and
      target only: the phrases are common, the sentence is not.
    tableCopy: a target table (header line and 3-6 indicator rows) copied line for line, province -> province.
    crossArticle: the last sentence(s) of one article, the line break and the next article's marker, heading and
      first sentence, copied with the middle marker renumbered (第五条 -> 第九条).
    """
    def flat(d):
        return ''.join(p.text for ln in d.lines for p in ln.pieces)
    # commonSentence
    made = 0
    for s, t in drawn_pairs(rng, 5000, prov, lambda t: [s for s in earlier(t, docs) if pair_ok(s, t)], done=lambda: made >= a.plants):
        g = Gen(rng, s)
        c1, c2 = g.clause(), g.clause()
        sent = c1 + '，' + c2 + '。'
        if not (25 <= clen(sent) <= 45) or clen(c1) < 10 or clen(c2) < 10:
            continue
        holders = [d for d in docs if d is not s and d is not t]
        ok = True
        spliced = []
        for c in (c1, c2):
            for h in rng.sample(holders, rng.randint(3, 8)):
                lines = [ln for ln in P.body_lines(h) if len(ln.pieces) >= 3]
                if not lines:
                    continue
                ln = rng.choice(lines)
                k = rng.randint(1, len(ln.pieces) - 1)
                if ln.pieces[k].tag is not None:
                    continue
                # the clause opens one of the holder's own sentences: "clause，own sentence"
                ln.pieces[k] = Piece(c + '，' + ln.pieces[k].text, ln.pieces[k].tag)
                spliced.append(h.id)
        lines = [ln for ln in P.body_lines(s) if len(ln.pieces) >= 3]
        if not lines:
            continue
        ln = rng.choice(lines)
        sp = Piece(sent)
        ln.pieces.insert(rng.randint(1, len(ln.pieces) - 1), sp)
        i = ln.pieces.index(sp)
        ref = (ln, i, i, sent)
        if sum(1 for d in docs if sent in flat(d)) != 1:
            continue
        tp = P.insert(t, sent, 'commonSentence')
        if tp is None:
            continue
        P.add('commonSentence', False, s, ref, t, tp, {'clauseHolders': sorted(set(spliced))})
        used_pairs.add((s.id, t.id))
        made += 1
    # tableCopy: the source's table lines are copied as new lines after a body line of the target
    made = 0
    for s, t in drawn_pairs(rng, 4000, prov, lambda t: [s for s in earlier(t, prov) if pair_ok(s, t) and s.region != t.region], done=lambda: made >= a.plants):
        heads = [i for i, ln in enumerate(s.lines) if ln.kind == 'table' and not ln.locked and not ln.dirty
                 and ln.pieces[0].text.startswith('指标名称')]
        if not heads:
            continue
        idx = [heads[0]]
        while idx[-1] + 1 < len(s.lines) and s.lines[idx[-1] + 1].kind == 'table' \
                and not s.lines[idx[-1] + 1].dirty and not s.lines[idx[-1] + 1].pieces[0].text.startswith('指标名称'):
            idx.append(idx[-1] + 1)
        if len(idx) < 4:
            continue
        block = [s.lines[i] for i in idx[:rng.randint(4, min(7, len(idx)))]]
        tl = [i for i, ln in enumerate(t.lines) if ln.kind == 'body' and not ln.locked and not ln.dirty]
        if not tl:
            continue
        at = rng.choice(tl) + 1
        new = [Line('table', [Piece(ln.pieces[0].text, 'tableCopy')]) for ln in block]
        for ln in new:
            ln.dirty = True
        t.lines[at:at] = new
        for ln in block:
            ln.locked = True
        rec = dict(category='tableCopy', edited=False, src=s, sfirst=block[0].pieces[0], slast=block[-1].pieces[0],
                   tgt=t, tpiece=new[0].pieces[0], tlast=new[-1].pieces[0], extra={'rows': len(block)})
        P.plants.append(rec)
        used_pairs.add((s.id, t.id))
        made += 1
    # crossArticle
    made = 0
    for s, t in drawn_pairs(rng, 4000, [d for d in prov if d.style == 'articles'], lambda t: [s for s in earlier(t, docs) if s.style == 'articles' and pair_ok(s, t)], done=lambda: made >= a.plants):
        pairs = [(x, y) for x, y in zip(s.lines, s.lines[1:]) if x.kind == 'article' and y.kind == 'article'
                 and not x.locked and not y.locked and not x.dirty and not y.dirty and len(x.pieces) >= 4
                 and len(y.pieces) >= 3 and all(p.tag is None for p in x.pieces + y.pieces)]
        if not pairs:
            continue
        x, y = rng.choice(pairs)
        tail = x.pieces[-1:] if clen(x.pieces[-1].text) >= 25 else x.pieces[-2:]
        head = y.pieces[:3]
        newnum = y.number + rng.choice([2, 3, 4, 5, -1]) if y.number > 1 else y.number + 2
        if newnum == y.number or newnum < 1:
            continue
        marker = f'第{cn_number(newnum)}条　'
        ttext = ''.join(p.text for p in tail) + '\n' + marker + ''.join(p.text for p in head[1:])
        tp = P.insert(t, ttext, 'crossArticle')
        if tp is None:
            continue
        x.locked = y.locked = True
        rec = dict(category='crossArticle', edited=True, src=s, sfirst=tail[0], slast=head[-1], tgt=t, tpiece=tp,
                   extra={'from': y.pieces[0].text.strip(), 'to': marker.strip()})
        P.plants.append(rec)
        used_pairs.add((s.id, t.id))
        made += 1


REGION_TERMS = ['中西部地区', '东部地区', '东北地区', '革命老区', '边境地区', '重点城市群', '国家级新区']

def plant_chains(rng, a, docs, P, used_pairs):
    """Vertical chains (only with --chains): a central passage (80-200 content characters) copied into a
    provincial document (city None), then from that provincial document into 1-3 municipal documents of the
    same province dated later. The provincial copy sometimes replaces a national region term ("中西部地区")
    with the province's name; a city copy sometimes replaces the province's name (or a region term) with the
    city's. Each copy is recorded with its immediate source: chainCentreToProvince (centre -> province) and
    chainProvinceToCity (province -> city, the city's text as copied from the province's). Uses its own
    random stream, and runs after every other category, so the other plants are the same as without it."""
    saved = P.r
    P.r = rng
    central = [d for d in docs if d.level == 'national']
    provs = [d for d in docs if d.level == 'provincial' and d.city is None]
    cities = [d for d in docs if d.level == 'provincial' and d.city is not None]
    touched = set()   # documents already in a chain: one chain per document, so attribution stays readable
    def free(x, y):
        return (x.id, y.id) not in used_pairs and (y.id, x.id) not in used_pairs
    made = chain = 0
    for _ in range(4000):
        if made >= a.plants:
            break
        pv = rng.choice(provs)
        if pv.id in touched:
            continue
        cs = [c for c in cities if c.region == pv.region and c.pub > pv.pub and c.id not in touched]
        srcs = [s for s in central if s.pub < pv.pub and free(s, pv)]
        if not cs or not srcs:
            continue
        s = rng.choice(srcs)
        cs = rng.sample(cs, min(len(cs), rng.randint(1, 3)))
        cs = [c for c in cs if free(pv, c) and free(s, c)]
        if not cs:
            continue
        want_region = rng.random() < 0.5
        ref = P.pick_span(s, 80, 200, need=(lambda t: any(x in t for x in REGION_TERMS)) if want_region else None)
        if not ref:
            continue
        txt, extra = ref[3], {}
        if rng.random() < 0.3:
            terms = [x for x in REGION_TERMS if x in txt]
            if terms:
                extra = {'edits': txt.count(terms[0]), 'replaced': [terms[0], pv.pname]}
                txt = txt.replace(terms[0], pv.pname)
        tp = P.insert(pv, txt, 'chainCentreToProvince')
        if tp is None:
            continue
        chain += 1
        P.add('chainCentreToProvince', bool(extra), s, ref, pv, tp, dict(extra, chain=chain))
        used_pairs.add((s.id, pv.id))
        touched.update([pv.id, s.id])
        pln = next(ln for ln in pv.lines if tp in ln.pieces)
        pi = pln.pieces.index(tp)
        for c in cs:
            ctxt, cextra = tp.text, {}
            if rng.random() < 0.4:
                for old in [pv.pname] + REGION_TERMS:
                    if old in ctxt:
                        cextra = {'edits': ctxt.count(old), 'replaced': [old, c.city]}
                        ctxt = ctxt.replace(old, c.city)
                        break
            ctp = P.insert(c, ctxt, 'chainProvinceToCity')
            if ctp is None:
                continue
            P.add('chainProvinceToCity', bool(cextra), pv, (pln, pi, pi, tp.text), c, ctp,
                  dict(cextra, chain=chain, centre=s.id))
            used_pairs.add((pv.id, c.id))
            used_pairs.add((s.id, c.id))
            touched.add(c.id)
            made += 1
    P.r = saved

def apply_artefacts(rng, d):
    """Text-extraction artefacts on one document's text (only with --artefacts). Returns (new text, origin,
    applied): origin[i] is the index in the old text of new character i, or -1 for an inserted one."""
    text = d.text
    applied = []
    origin = list(range(len(text)))
    chars = list(text)
    # (b) half-width punctuation: one for one, offsets unchanged
    if rng.random() < 0.25:
        tr = {'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'}
        chars = [tr.get(ch, ch) for ch in chars]
        applied.append('halfwidth')
    # split into lines of (char, origin) pairs
    lines, cur = [], []
    for ch, o in zip(chars, origin):
        if ch == '\n':
            lines.append(cur)
            cur = []
        else:
            cur.append((ch, o))
    tail = cur   # text ends with "\n", so this is empty
    # (c) letter-spaced title and headings
    if rng.random() < 0.25:
        heading = re.compile(r'^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、)')
        for li, ln in enumerate(lines):
            s = ''.join(ch for ch, _ in ln)
            if li == 0 or (heading.match(s) and len(s) <= 30):
                out = []
                for k, (ch, o) in enumerate(ln):
                    if k:
                        out.append((' ', -1))
                    out.append((ch, o))
                lines[li] = out
        applied.append('spacedHeadings')
    # (a) hard line breaks every W characters inside lines (PDF wrapping), W = 28-40 per document
    w = rng.randint(28, 40)
    wrapped = []
    for ln in lines:
        if not ln:
            wrapped.append(ln)
        for k in range(0, len(ln), w):
            wrapped.append(ln[k:k + w])
    lines = wrapped
    applied.append(f'wrap{w}')
    # (d) page furniture: "— n —" and a running header line every ~1,500 characters, at a line boundary
    if rng.random() < 0.25:
        header = rng.choice([d.issuer_name, d.issuer_name + '文件', d.issuer_name + '公报'])
        with_header = rng.random() < 0.7
        out, since, page = [], 0, 1
        step = rng.randint(1300, 1700)
        for ln in lines:
            out.append(ln)
            since += len(ln) + 1
            if since >= step:
                out.append([(ch, -1) for ch in f'— {page} —'])
                if with_header:
                    out.append([(ch, -1) for ch in header])
                page += 1
                since = 0
                step = rng.randint(1300, 1700)
        lines = out
        applied.append('pageFurniture')
    nt, no = [], []
    for ln in lines:
        for ch, o in ln:
            nt.append(ch)
            no.append(o)
        nt.append('\n')
        no.append(-2)   # a line end: the old "\n" or an inserted one (not tracked)
    return ''.join(nt), no, applied

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--documents', type=int, default=400)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--plants', type=int, default=40, help='plants per category (massCopy: groups of 15-30)')
    ap.add_argument('--stress', action='store_true',
                    help='also plant the extra categories commonSentence, tableCopy and crossArticle (off by default; '
                         'the default output does not depend on this code)')
    ap.add_argument('--artefacts', action='store_true',
                    help='text-extraction artefacts on ~40%% of documents after planting (off by default)')
    ap.add_argument('--chains', action='store_true',
                    help='also plant centre -> province -> city chains (off by default)')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.documents
    n_central = max(6, n // 40)
    prefix = f'tc{a.seed}'

    # ---- metadata
    metas = []
    for k in range(n_central):
        pub = date(2015, 3, 1) + timedelta(days=rng.randint(0, 420))
        metas.append(dict(level='national', pub=pub))
    for k in range(n - n_central):
        pub = date(2016, 6, 1) + timedelta(days=rng.randint(0, 1300))
        metas.append(dict(level='provincial', pub=pub))
    metas.sort(key=lambda m: (m['pub'], m['level'] != 'national'))
    docs = []
    central_ids = []
    for idx, m in enumerate(metas):
        did = f'{prefix}-{idx + 1:04d}'
        area = rng.choice(AREAS)
        written = m['pub'] - timedelta(days=rng.randint(3, 40))
        if m['level'] == 'national':
            issuer = rng.choice(['state-council', 'general-office'])
            iname = '国务院' if issuer == 'state-council' else '国务院办公厅'
            number = f'{"国发" if issuer == "state-council" else "国办发"}〔{m["pub"].year}〕{rng.randint(1, 80)}号'
            kind = '指导意见'
            title = f'{iname}关于积极推进“互联网+{area}”{rng.choice(["行动的指导意见", "发展的指导意见", "工作的实施意见"])}'
            d = Doc(id=did, level='national', region='', issuer=issuer, issuer_name=iname, pname='', cities=[],
                    city=None, area=area, number=number, kind='意见', style='articles', pub=m['pub'],
                    written=written, based_on='')
            central_ids.append(did)
        else:
            code, pname, abbr, cities = rng.choice(PROVINCES)
            issuer = rng.choice(['provincial-government', 'provincial-general-office'])
            municipal = rng.random() < 0.4
            city = rng.choice(cities) if municipal else None
            if municipal:
                iname = f'{city}人民政府' if issuer == 'provincial-government' else f'{city}人民政府办公室'
                number = f'{city[:2]}政{"发" if issuer == "provincial-government" else "办发"}〔{m["pub"].year}〕{rng.randint(1, 120)}号'
                y0 = m['pub'].year
                title = f'{pname}{city}推进“互联网+{area}”行动计划（{y0}—{y0 + rng.randint(2, 4)}年）'
                style, kind = 'sections', '行动计划'
            else:
                iname = f'{pname}人民政府' if issuer == 'provincial-government' else f'{pname}人民政府办公厅'
                number = f'{abbr}政{"发" if issuer == "provincial-government" else "办发"}〔{m["pub"].year}〕{rng.randint(1, 120)}号'
                title = f'{iname}关于推进“互联网+{area}”{rng.choice(["的实施意见", "行动的实施意见", "工作的实施办法"])}'
                style, kind = 'articles', '意见'
            earlier = [c for c in central_ids]
            d = Doc(id=did, level='provincial', region=code, issuer=issuer, issuer_name=iname, pname=pname,
                    cities=cities, city=city, area=area, number=number, kind=kind, style=style, pub=m['pub'],
                    written=written, based_on=rng.choice(earlier) if earlier and rng.random() < 0.6 else '')
        d.title_text = title + '（合成示例）'
        d.formula_pool = rng.sample(FORMULAE, rng.choice([2, 2, 3, 4, 6, 8, 10]))
        docs.append(d)
    order = {d.id: i for i, d in enumerate(docs)}
    for d in docs:
        write_doc(rng, d)

    # ---- planting
    P = Planter(rng, docs)
    central = [d for d in docs if d.level == 'national']
    prov = [d for d in docs if d.level == 'provincial']
    articles_docs = [d for d in docs if d.style == 'articles']
    def later(d, pool):
        return [x for x in pool if x.pub > d.pub]
    def earlier(d, pool):
        return [x for x in pool if x.pub < d.pub]
    used_pairs = set()
    def pair_ok(s, t):
        return (s.id, t.id) not in used_pairs and (t.id, s.id) not in used_pairs

    def plant_simple(category, src_pool, tgt_pool, lo, hi, edit=None, need=None, same_region_ok=True, count=a.plants):
        made = 0
        for s, t in drawn_pairs(rng, count * 60, tgt_pool, lambda t: [s for s in earlier(t, src_pool) if pair_ok(s, t) and (same_region_ok or s.region != t.region)], done=lambda: made >= count):
            ref = P.pick_span(s, lo, hi, need=need(s, t) if need else None)
            if not ref:
                continue
            txt = ref[3]
            extra = {}
            if edit:
                res = edit(s, t, txt)
                if not res:
                    continue
                txt, extra = res
            tp = P.insert(t, txt, category)
            if tp is None:
                continue
            P.add(category, edit is not None, s, ref, t, tp, extra)
            used_pairs.add((s.id, t.id))
            made += 1
        return made

    # massCopy first (a central passage into 15-30 provinces)
    mass_made = 0
    groups = 0
    while mass_made < a.plants and groups < 10:
        groups += 1
        s = rng.choice(central[:max(2, len(central) // 2)])
        ref = P.pick_span(s, 60, 150)
        if not ref:
            continue
        tg = [t for t in later(s, prov) if pair_ok(s, t)]
        tg = rng.sample(tg, min(len(tg), rng.randint(15, 30)))
        first = True
        for t in tg:
            tp = P.insert(t, ref[3], 'massCopy')
            if tp is None:
                continue
            P.add('massCopy', False, s, ref, t, tp, {'group': groups})
            used_pairs.add((s.id, t.id))
            mass_made += 1

    plant_simple('verbatimLong', central, prov, 80, 300)
    plant_simple('horizontal', prov, prov, 60, 200, same_region_ok=False)

    def place_need(s, t):
        return lambda txt: (s.pname in txt or any(c in txt for c in s.cities))
    def place_edit(s, t, txt):
        out, k = edit_place(s, t, txt)
        return (out, {'edits': k}) if k and out != txt else None
    plant_simple('editedPlace', [d for d in prov], prov, 80, 200, edit=place_edit, need=place_need, same_region_ok=False)

    def num_need(s, t):
        return lambda txt: re.search(r'\d', txt) is not None
    def num_edit(s, t, txt):
        res = edit_number(rng, txt)
        return (res[0], {'edits': res[1]}) if res else None
    plant_simple('editedNumber', docs, prov, 80, 200, edit=num_edit, need=num_need)

    def ins_edit(s, t, txt):
        commas = [m.start() for m in re.finditer('，', txt)]
        mid = len(txt) / 2
        commas = [c for c in commas if clen(txt[:c]) >= 30 and clen(txt[c:]) >= 20]
        if not commas:
            return None
        c = min(commas, key=lambda x: abs(x - mid))
        for _ in range(20):
            tmpl = rng.choice(INSERT_CLAUSES)
            cl = tmpl.format(a=rng.choice(FIELD + TECH), b=rng.choice(FIELD + TECH))
            if 8 <= clen(cl) <= 30:
                return txt[:c] + '，' + cl + txt[c:], {'inserted': cl}
        return None
    plant_simple('clauseInserted', docs, prov, 80, 200, edit=ins_edit,
                 need=lambda s, t: (lambda txt: '，' in txt))

    def drop_edit(s, t, txt):
        commas = [m.start() for m in re.finditer('[，。]', txt)]
        cands = []
        for x, y in zip(commas, commas[1:]):
            cl = txt[x + 1:y]
            if 8 <= clen(cl) <= 30 and clen(txt[:x]) >= 30 and clen(txt[y:]) >= 20 and '，' in txt[x:y + 1] + txt[y]:
                if txt[y] == '，' or txt[x] == '，':
                    cands.append((x, y))
        if not cands:
            return None
        x, y = rng.choice(cands)
        if txt[y] == '，':   # drop "clause，"
            return txt[:x + 1] + txt[y + 1:], {'dropped': txt[x + 1:y]}
        return txt[:x] + txt[y:], {'dropped': txt[x + 1:y]}   # drop "，clause" before "。"
    plant_simple('clauseDropped', docs, prov, 80, 200, edit=drop_edit,
                 need=lambda s, t: (lambda txt: txt.count('，') >= 2))

    # articleRenumbered: a whole article of the source replaces an article of the target, under its own number
    made = 0
    tpool = [d for d in prov if d.style == 'articles']
    for s, t in drawn_pairs(rng, 4000, tpool, lambda t: [s for s in earlier(t, articles_docs) if pair_ok(s, t)], done=lambda: made >= a.plants):
        sl = [ln for ln in s.lines if ln.kind == 'article' and not ln.locked and not ln.dirty
              and 60 <= clen(''.join(p.text for p in ln.pieces)) <= 260 and all(p.tag is None for p in ln.pieces)]
        tl = [ln for ln in t.lines if ln.kind == 'article' and not ln.locked and not ln.dirty and len(ln.pieces) > 2]
        if not sl or not tl:
            continue
        sln = rng.choice(sl)
        cands = [ln for ln in tl if ln.number != sln.number]
        if not cands:
            continue
        tln = rng.choice(cands)
        body = ''.join(p.text for p in sln.pieces[1:])
        tp = Piece(tln.pieces[0].text + body, 'articleRenumbered')
        tln.pieces = [tp]
        tln.dirty = True
        P.add('articleRenumbered', True, s, (sln, 0, len(sln.pieces) - 1, None), t, tp,
              {'from': sln.pieces[0].text.strip(), 'to': tp.text[:tp.text.index('条') + 1]})
        used_pairs.add((s.id, t.id))
        made += 1

    # sentence plants last: one sentence of 25-45 content characters with a number or a place, held by no
    # other document (checked over every text as it stands, and again at the end)
    def flat(d):
        return ''.join(p.text for ln in d.lines for p in ln.pieces)
    made = 0
    flats = {d.id: flat(d) for d in docs}
    for s, t in drawn_pairs(rng, 5000, prov, lambda t: [s for s in earlier(t, docs) if pair_ok(s, t)], done=lambda: made >= a.plants):
        def need(txt, s=s):
            return bool(re.search(r'\d', txt) or (s.pname and s.pname in txt) or any(c in txt for c in s.cities))
        ref = P.pick_span(s, 25, 45, need=need, max_pieces=1)
        if not ref:
            continue
        sent = ref[3]
        if sum(1 for x in flats.values() if sent in x) != 1:
            continue
        tp = P.insert(t, sent, 'sentence')
        if tp is None:
            continue
        P.add('sentence', False, s, ref, t, tp)
        flats[t.id] = flat(t)
        used_pairs.add((s.id, t.id))
        made += 1

    if a.stress:
        plant_stress(rng, a, docs, P, prov, earlier, pair_ok, used_pairs)
    if a.chains:
        plant_chains(random.Random(f'chains-{a.seed}'), a, docs, P, used_pairs)

    # ---- resolve offsets, write
    os.makedirs(os.path.join(a.out, 'texts'), exist_ok=True)
    pos = {}
    for d in docs:
        parts, off = [], 0
        for ln in d.lines:
            for p in ln.pieces:
                pos[id(p)] = (d.id, off, off + len(p.text))
                parts.append(p.text)
                off += len(p.text)
            parts.append('\n')
            off += 1
        d.text = ''.join(parts)
    planted = []
    bydoc = {d.id: d for d in docs}
    for p in P.plants:
        s0 = pos[id(p['sfirst'])][1]
        s1 = pos[id(p['slast'])][2]
        t0, t1 = pos[id(p['tpiece'])][1], pos[id(p.get('tlast', p['tpiece']))][2]
        stext = p['src'].text[s0:s1]
        ttext = p['tgt'].text[t0:t1]
        if not p['edited']:
            assert stext == ttext, (p['category'], stext, ttext)
        rec = dict(category=p['category'], edited=p['edited'], sourceId=p['src'].id, source=[s0, s1],
                   targetId=p['tgt'].id, target=[t0, t1], sourceChars=clen(stext), targetChars=clen(ttext))
        rec.update(p['extra'])
        if p['category'] == 'sentence':
            holders = [d.id for d in docs if stext in d.text]
            rec['holders'] = holders
            if sorted(holders) != sorted([p['src'].id, p['tgt'].id]):
                rec['notUnique'] = True
        planted.append(rec)

    if a.artefacts:
        # after planting, on ~40% of the documents (own random stream); every planted offset is moved so
        # that it still points at the same copied characters (inserted characters inside a span stay inside)
        arng = random.Random(f'artefacts-{a.seed}')
        origins = {}
        olds = {}
        for d in docs:
            if arng.random() < 0.4:
                olds[d.id] = d.text
                d.text, origins[d.id], d.artefacts = apply_artefacts(arng, d)
        def remap(doc_id, span):
            if doc_id not in origins:
                return span
            org = origins[doc_id]
            where = {o: i for i, o in enumerate(org) if o >= 0}
            s0, s1 = span
            firsts = [o for o in range(s0, s1) if o in where]
            n0, n1 = where[firsts[0]], where[firsts[-1]] + 1
            # check: the kept characters of the new span are the old span's, in order (punctuation may be
            # half-width now; inserted breaks, spaces and furniture lie between them)
            kept = [o for o in org[n0:n1] if o >= 0]
            assert kept == [o for o in range(s0, s1) if olds[doc_id][o] != '\n'], (doc_id, span)
            return [n0, n1]
        for rec in planted:
            for side in ('source', 'target'):
                did = rec[side + 'Id']
                rec[side] = remap(did, rec[side])
                if did in origins:
                    rec[side + 'Artefacts'] = next(d for d in docs if d.id == did).artefacts
    for d in docs:
        with open(os.path.join(a.out, 'texts', d.id + '.txt'), 'w', encoding='utf-8') as f:
            f.write(d.text)

    # ---- negatives: pairs that share only stock formulae, and unrelated pairs
    linked = set()
    groups_of = {}
    for p in planted:
        linked.add((p['sourceId'], p['targetId']))
        linked.add((p['targetId'], p['sourceId']))
        if p['category'] == 'massCopy':
            groups_of.setdefault(p['group'], set()).add(p['targetId'])
        if 'chain' in p:
            groups_of.setdefault(('chain', p['chain']), set()).update([p['sourceId'], p['targetId']])
    same_group = set()
    for g in groups_of.values():
        for x in g:
            for y in g:
                same_group.add((x, y))
    # documents that are source and target of the same source passage are also related; keep it simple:
    # negatives avoid any document pair linked directly or through a massCopy group
    def grams(d, k=20):
        c = content(d.text)
        return {c[i:i + k] for i in range(len(c) - k + 1)}
    negatives = []
    cand = [d for d in docs if d.level == 'provincial']
    tries = 0
    gram_cache = {}
    def shared20(x, y):
        for d in (x, y):
            if d.id not in gram_cache:
                gram_cache[d.id] = grams(d)
        return len(gram_cache[x.id] & gram_cache[y.id])
    fo = un = 0
    while (fo < a.plants or un < a.plants) and tries < 20000:
        tries += 1
        x, y = rng.sample(cand, 2)
        if x.pub == y.pub:
            continue
        if x.pub > y.pub:
            x, y = y, x
        if (x.id, y.id) in linked or (x.id, y.id) in same_group:
            continue
        common = sorted(x.formulae & y.formulae)
        if len(common) >= 3 and fo < a.plants:
            negatives.append(dict(category='formulaOnly', sourceId=x.id, targetId=y.id, formulae=common,
                                  shared20grams=shared20(x, y)))
            fo += 1
        elif not common and un < a.plants and x.region != y.region:
            negatives.append(dict(category='unrelated', sourceId=x.id, targetId=y.id, shared20grams=shared20(x, y)))
            un += 1

    with open(os.path.join(a.out, 'planted.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(planted=planted, negatives=negatives), f, ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, 'manifest.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow('id,title,number,issuer,level,region,date_written,date_published,based_on,file,synthetic'.split(','))
        for d in docs:
            # A city's plan is a municipal document of its province (the region is the province's code).
            level = 'municipal' if d.city is not None else d.level
            w.writerow([d.id, d.title_text, d.number, d.issuer, level, d.region, d.written.isoformat(),
                        d.pub.isoformat(), d.based_on, f'texts/{d.id}.txt', 'true'])
    from collections import Counter
    cnt = Counter(p['category'] for p in planted)
    lens = [len(d.text) for d in docs]
    print(f'{len(docs)} documents, {sum(lens)} characters ({min(lens)}-{max(lens)} each); planted: '
          + ', '.join(f'{k} {v}' for k, v in sorted(cnt.items()))
          + f'; negatives: formulaOnly {fo}, unrelated {un}')

if __name__ == '__main__':
    main()
