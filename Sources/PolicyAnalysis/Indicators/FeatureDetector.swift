/// Recognises the concrete parts of a clause: quantified targets, responsible units, deadlines, funds
/// committed, evaluation terms, indicators, schedules and governance terms. Keyword lists plus a few number
/// patterns; everything is reported as spans in stored-text offsets. `money` is only what commits funds
/// (专项资金, 补助, 贴息, 安排…资金, a fund named as the source: 利用工业转型升级资金): an amount alone
/// (交易额超过40万亿元) measures output or scale and is a quantity, not support.
public struct FeatureDetector: Sendable {
    enum Kind: String, CaseIterable {
        case quantity, responsible, deadline, money, evaluation, indicator, schedule
        case ip, dataCore, dataQualifier, newBusiness, standards, legal, goal
        /// The two parts of the funding pattern 安排/设立…资金/基金, 列入/纳入…预算 (paired in `detect`, never reported
        /// alone).
        case fundVerb, fundNoun
        /// Prohibitions, warnings and crimes (不得, 严禁, 防止, 打击, 骗取…): money or an orientation term named after one
        /// in the same phrase is denied, not committed (不得以财政补贴方式变相返还税费, 严厉打击以网络贷款为名的非法集资,
        /// 避免在重大项目上盲目投资).
        case denial
        /// Words holding a money term or a part of the funding pattern that commit no funds: coordination (统筹推进,
        /// 统筹规划), social insurance and provident funds (医保基金, 公积金贷款), online lending and loan business as a
        /// business line or a firm (网上贷款, 贷款业务, 小额贷款公司), the evaluation of budgets (预算绩效). A hit inside one
        /// is dropped.
        case notFunding
        /// Verbs that give money (安排, 拨付, 给予, 奖励…): with an amount in 元 shortly after them in the same phrase
        /// (省财政安排1亿元, 给予最高50万元奖励) they commit funds; an amount alone does not.
        case grantVerb
        /// New business models and regulation terms: new-business regulation needs both in one clause
        /// (培育新业态 promotes, 食品安全监管 regulates something else).
        case newBusinessCore, regulation
        /// 达到, 超过, 不低于…: a quantity only with a number just after them (达到95%, 不少于三家), not before a
        /// level in words (达到国内先进水平, 不得超过国家规定的上限).
        case comparison
        /// 牵头, 负责: responsibility only right after a unit (省商务厅牵头, 各市人民政府负责, 省大数据局具体负责),
        /// not after a firm or a college (龙头企业牵头, 对商品质量负责).
        case duty
        /// Words holding an evaluation, standards, legal or IP term in another sense: assessments that are not of the
        /// policy (网络安全风险评估, 信用评价体系, 网络运行监测), 标准 as a height or a rate (高标准农田, 每户200元的标准,
        /// 资费标准), legal services (法律服务, 法律咨询), and 商标 across 电商 and 标准 (电商标准). A term inside one is
        /// dropped.
        case otherSense

        /// Whether `detect` reads a unit's name at a hit of this kind (besides the names in brackets).
        var namesUnits: Bool { self == .duty || self == .responsible }
    }

    /// The spans found in one clause, per kind (empty when none), in stored-text offsets, sorted. One stored
    /// array per kind, so that a clause with few findings allocates little (asked for every clause).
    struct Features {
        /// `detect`'s working lists, kept from clause to clause: seven lists made and released by every `detect`
        /// were seven runtime calls per clause, most of them for nothing.
        var work = Work()
        var quantity: [TextSpan] = [], responsible: [TextSpan] = [], deadline: [TextSpan] = [], money: [TextSpan] = []
        var evaluation: [TextSpan] = [], indicator: [TextSpan] = [], schedule: [TextSpan] = [], ip: [TextSpan] = []
        var dataCore: [TextSpan] = [], dataQualifier: [TextSpan] = [], newBusiness: [TextSpan] = []
        var standards: [TextSpan] = [], legal: [TextSpan] = [], goal: [TextSpan] = []

        /// The lists appended to since the last `removeAll`, a bit each (in `modify`'s order): only those are emptied
        /// and sorted, where most clauses fill two or three of the fourteen (testing each list was a tenth of
        /// `detect`).
        private var filled: UInt16 = 0

        mutating func append(_ span: TextSpan, to kind: Kind) { modify(kind) { $0.append(span) } }

        /// Every list emptied, keeping its storage for the next clause (a list handed on, to a measure, gets
        /// new storage when next filled).
        mutating func removeAll() {
            guard filled != 0 else { return }
            forEachFilled { $0.removeAll(keepingCapacity: true) }
            filled = 0
        }

        /// Field by field: `Kind.allCases` would build an array for every clause. Spans of one kind that overlap
        /// become one (since analysis version 58: "（省经济和信息化委牵头）" and the name inside it, "2017年6月底前" and
        /// "前完成" were listed as two pieces of evidence each).
        mutating func sortAll() {
            guard filled != 0 else { return }
            forEachFilled { Features.sortMerging(&$0) }
        }

        /// `body` on each list appended to since the last `removeAll`.
        @inline(__always)
        private mutating func forEachFilled(_ body: (inout [TextSpan]) -> Void) {
            if filled & 1 << 0 != 0 { body(&quantity) }
            if filled & 1 << 1 != 0 { body(&responsible) }
            if filled & 1 << 2 != 0 { body(&deadline) }
            if filled & 1 << 3 != 0 { body(&money) }
            if filled & 1 << 4 != 0 { body(&evaluation) }
            if filled & 1 << 5 != 0 { body(&indicator) }
            if filled & 1 << 6 != 0 { body(&schedule) }
            if filled & 1 << 7 != 0 { body(&ip) }
            if filled & 1 << 8 != 0 { body(&dataCore) }
            if filled & 1 << 9 != 0 { body(&dataQualifier) }
            if filled & 1 << 10 != 0 { body(&newBusiness) }
            if filled & 1 << 11 != 0 { body(&standards) }
            if filled & 1 << 12 != 0 { body(&legal) }
            if filled & 1 << 13 != 0 { body(&goal) }
        }

        private static func sortMerging(_ spans: inout [TextSpan]) {
            guard spans.count > 1 else { return }
            spans.sort()
            var kept = 0
            for k in 1..<spans.count {
                if spans[k].start < spans[kept].end {
                    spans[kept].end = max(spans[kept].end, spans[k].end)
                } else {
                    kept += 1
                    spans[kept] = spans[k]
                }
            }
            spans.removeLast(spans.count - kept - 1)
        }

        private mutating func modify(_ kind: Kind, _ body: (inout [TextSpan]) -> Void) {
            switch kind {
            case .quantity: body(&quantity); filled |= 1 << 0
            case .responsible: body(&responsible); filled |= 1 << 1
            case .deadline: body(&deadline); filled |= 1 << 2
            case .money: body(&money); filled |= 1 << 3
            case .evaluation: body(&evaluation); filled |= 1 << 4
            case .indicator: body(&indicator); filled |= 1 << 5
            case .schedule: body(&schedule); filled |= 1 << 6
            case .ip: body(&ip); filled |= 1 << 7
            case .dataCore: body(&dataCore); filled |= 1 << 8
            case .dataQualifier: body(&dataQualifier); filled |= 1 << 9
            case .newBusiness: body(&newBusiness); filled |= 1 << 10
            case .standards: body(&standards); filled |= 1 << 11
            case .legal: body(&legal); filled |= 1 << 12
            case .goal: body(&goal); filled |= 1 << 13
            case .fundVerb, .fundNoun, .denial, .notFunding, .grantVerb, .newBusinessCore, .regulation, .comparison, .duty, .otherSense: break
            }
        }
    }

    /// What `detect` gathers in a clause before it decides what to report, in normalised indices.
    struct Work {
        /// The ends of the money terms met (a fund noun ending with one is not a second finding), and the money
        /// terms reported (a grant verb's amount just before one joins it).
        var moneyEnds: [Int] = [], moneyTerms: [Range<Int>] = []
        var grantVerbs: [Range<Int>] = []
        var newBusinessCore: [Range<Int>] = [], regulation: [Range<Int>] = []
        /// Evaluation, standards, legal and IP terms, kept unless a word of `otherSense` holds them.
        var senseTerms: [(range: Range<Int>, kind: Kind)] = [], otherSense: [Range<Int>] = []

        /// Every list emptied, keeping its storage; one left empty is not touched (emptying is a call).
        mutating func removeAll() {
            if !moneyEnds.isEmpty { moneyEnds.removeAll(keepingCapacity: true) }
            if !moneyTerms.isEmpty { moneyTerms.removeAll(keepingCapacity: true) }
            if !grantVerbs.isEmpty { grantVerbs.removeAll(keepingCapacity: true) }
            if !newBusinessCore.isEmpty { newBusinessCore.removeAll(keepingCapacity: true) }
            if !regulation.isEmpty { regulation.removeAll(keepingCapacity: true) }
            if !senseTerms.isEmpty { senseTerms.removeAll(keepingCapacity: true) }
            if !otherSense.isEmpty { otherSense.removeAll(keepingCapacity: true) }
        }
    }

    static let keywords: [(Kind, [String])] = [
        (.quantity, ["翻一番", "百分之"]),
        (.comparison, ["达到", "超过", "不低于", "不少于", "提高到"]),
        // 负总责 (overall responsibility, 各市政府对本地区…负总责) names the duty itself, like 牵头单位.
        (.responsible, ["牵头单位", "责任单位", "责任部门", "负责单位", "配合单位", "主管部门", "负总责"]),
        (.duty, ["牵头", "负责"]),
        (.deadline, ["年底前", "年内", "月底前", "限期", "之前完成", "前完成", "按期完成", "年底"]),
        (.money, ["专项资金", "财政资金", "资金支持", "资金扶持", "扶持资金", "奖励资金", "补助", "奖补", "以奖代补", "贴息",
                  "引导基金", "产业投资基金", "创业投资基金", "贷款", "担保", "补贴", "财政投入", "财政支持", "财政扶持", "资助"]),
        (.evaluation, ["第三方评估", "评估", "考核", "考评", "监测评估", "运行监测", "督查", "指标体系", "评价", "督导", "绩效"]),
        (.otherSense, ["风险评估", "安全评估", "信用评价", "信用评估", "健康评估", "素质评价", "诊断评估", "资产评估", "网络运行监测",
                       "高标准", "元的标准", "元标准", "费标准", "补助标准", "补贴标准", "奖励标准",
                       "法律服务", "法律咨询", "法律顾问", "法律援助", "电商标"]),
        (.indicator, ["指标体系", "考核指标", "评价指标", "指标"]),
        (.schedule, ["年度", "每年", "定期", "中期", "季度", "每半年", "年终", "月度", "半年"]),
        (.ip, ["知识产权", "专利", "版权", "商标"]),
        // 个人信息 is data itself: it needs no 数据 beside it (加强对用户个人信息的保护).
        (.dataCore, ["数据", "个人信息"]),
        (.dataQualifier, ["所有权", "权属", "产权", "确权", "安全", "隐私", "个人信息"]),
        (.newBusiness, ["包容审慎", "审慎监管", "监管沙盒"]),
        (.newBusinessCore, ["新业态", "新模式", "共享经济", "平台经济", "网约车", "共享单车", "互联网平台"]),
        (.regulation, ["监管", "规范", "管理办法", "管理规定", "细则", "准入"]),
        (.standards, ["标准"]),
        (.legal, ["法律", "法规", "立法", "规章", "条例"]),
        (.goal, ["目标"]),
        // 列入/纳入…预算 puts a cost in the budget (经费列入年度预算): funds committed as surely as 安排…资金.
        (.fundVerb, ["安排", "设立", "统筹", "筹集", "拨付", "下达", "列入", "纳入"]),
        (.grantVerb, ["安排", "筹集", "拨付", "下达", "给予", "奖励"]),
        // 预算内资金, 预算内投资 (central budget investment is funds, not scale) whole, so that 预算 does not end them early.
        (.fundNoun, ["资金", "基金", "经费", "预算", "预算内资金", "预算内投资"]),
        (.notFunding, ["统筹推进", "统筹协调", "统筹规划", "统筹布局", "统筹发展", "统筹考虑", "统筹兼顾", "医保基金", "社保基金",
                       "保险基金", "公积金贷款", "网上贷款", "网络贷款", "互联网贷款", "贷款业务", "担保业务", "贷款公司", "捐资助学",
                       "预算绩效"]),
        (.denial, ["不得", "严禁", "禁止", "不再", "杜绝", "防止", "避免", "打击", "骗取", "套取", "挪用", "截留", "非法", "违规",
                   "违法"]),
    ]
    /// Most characters between 安排 and 资金 in the funding pattern (安排省级财政专项资金 has 5), and between a grant
    /// verb and its amount.
    static let fundGap = 12
    /// 元, the last character of a unit that is money (元, 万元, 亿元, 万亿元).
    static let yuan: UInt32 = 0x5143
    /// 金, the last character of 资金 and 基金 (the nouns a named fund ends with; not 经费, 预算).
    static let gold: UInt32 = 0x91D1
    /// Words that make an amount after a grant verb a scale, not funds given (安排省重点建设项目投资1000亿元).
    static let scaleWords: [[UInt32]] = ["投资", "规模", "资本", "产值"].map { $0.unicodeScalars.map(\.value) }

    /// A named fund (since analysis version 56, `namedFund`): 资金 or 基金 after a fund's name, which a measure is paid
    /// from without an amount or a verb like 安排 (利用工业转型升级资金，支持…). What ends the name before the fund and
    /// says it is used: 利用, 通过, 从 (从…资金中给予支持)….
    static let fundUses: [[UInt32]] = ["利用", "用好", "用足", "用活", "使用", "运用", "通过", "依托", "整合", "争取", "借助",
                                       "发挥", "从", "由"].map { $0.unicodeScalars.map(\.value) }
    /// The word just before 资金/基金 that makes the name a fund's (服务业发展引导资金, 技术改造资金, 农业综合开发资金), or
    /// the purpose public funds are named by (扶贫资金, 涉农资金).
    static let fundTails: [[UInt32]] = ["发展", "引导", "升级", "改造", "技改", "创新", "开发", "建设", "扶贫", "涉农"]
        .map { $0.unicodeScalars.map(\.value) }
    /// A public level or the budget in a fund's name (省级…资金, 中央财政…, 各级财政性资金): public money by its name alone.
    /// 省 counts only first in the name (省外经贸发展资金); 市 and 县 alone would take 市场 for a level.
    static let fundLevels: [[UInt32]] = ["中央", "国家", "省级", "市级", "县级", "区级", "财政"].map { $0.unicodeScalars.map(\.value) }
    static let province: UInt32 = 0x7701
    /// Words right after 资金 (or after 资金的) that make it a flow, a need or a thing managed, not a fund used
    /// (资金流, 资金链, 资金存管, 发展资金需求, 发展资金使用情况的审计, 引导资金管理办法, 发展资金绩效评价), or 基金 a
    /// foundation (中国扶贫基金会).
    static let fundNotUsed: [[UInt32]] = ["流", "链", "池", "会", "存管", "监管", "管理", "使用", "审计", "绩效", "需求",
                                          "不足", "缺口", "压力", "短缺", "紧张", "困难", "周转", "结算", "清算", "往来",
                                          "账户", "风险", "安全", "互助", "密集"].map { $0.unicodeScalars.map(\.value) }
    /// Words shortly after a fund's name in its phrase that say it pays for the measure (…资金重点支持, …资金向…倾斜).
    static let fundSupports: [[UInt32]] = ["支持", "扶持", "予以", "给予", "倾斜", "用于", "投入", "奖励", "补助"]
        .map { $0.unicodeScalars.map(\.value) }
    /// Words in a name before 资金 that make the money private or a bank's, not a public fund (引导社会资金投入,
    /// 民间资金, 自有资金, 客户资金, 募集资金, 信贷资金).
    static let fundOwners: [[UInt32]] = ["社会", "民间", "私人", "个人", "自有", "银行", "信贷", "客户", "用户", "募集", "闲置"]
        .map { $0.unicodeScalars.map(\.value) }
    /// Characters a fund's name does not run back over: 的 (省财政安排的…), and prepositions and grant verbs that
    /// stand before a name, not in it (对省级示范企业给予资金支持: 资金 there names no fund).
    static let fundNameStops = ScalarSet("的对给予在向为将把于按及".unicodeScalars.map(\.value))
    /// Quotes (folded to ") and + that a fund's name may hold besides ideographs (省级“互联网+”发展资金).
    static let fundNameMarks = ScalarSet([0x22, 0x2B])
    /// Most ideographs of a fund's name before 资金 (省级工业和信息化发展 has 10); most characters between a level word
    /// and 资金 when the name has no `fundTails` word (国家自然科学基金 has 4); most characters after 资金 looked at for
    /// `fundSupports`.
    static let fundNameReach = 16, fundLevelReach = 8, fundSupportReach = 12
    /// 的, skipped after 资金 before a `fundNotUsed` word (…资金的监管).
    static let possessive: UInt32 = 0x7684

    /// The start of the evidence of the named fund whose 资金 or 基金 is at `noun`, nil when it names none. The name
    /// runs back over ideographs (and `fundNameMarks`) to a `fundUses` word, a `fundNameStops` character, a phrase break or `fundNameReach`,
    /// and holds no `fundOwners` word. It names a fund with a `fundTails` word just before the noun and a level word
    /// (`fundLevels`, or 省 first), a `fundUses` word before it or a `fundSupports` word shortly after (工业转型升级资金
    /// is a fund where it is used; 积极引导资金投向… uses 引导 as a verb); without a tail word, with a level word at most
    /// `fundLevelReach` before the noun (省科技计划资金, 各级财政性资金). Never with a `fundNotUsed` word right after the noun.
    /// The evidence is the name after a `fundUses` word, else from its level word on (加大省级…资金 gives 省级…资金).
    static func namedFund(_ s: [UInt32], _ noun: Range<Int>, in range: Range<Int>, breaks: ScalarSet) -> Int? {
        var after = noun.upperBound
        if after < range.upperBound && s[after] == possessive { after += 1 }
        if fundNotUsed.contains(where: { word($0, startsAt: after, in: s, endingBy: range.upperBound) }) {
            return nil
        }
        var start = noun.lowerBound, used = false
        while start > range.lowerBound && noun.lowerBound - start < fundNameReach {
            if fundUses.contains(where: { word($0, endsAt: start, in: s, startingFrom: range.lowerBound) }) {
                used = true
                break
            }
            let c = s[start - 1]
            guard isIdeograph(c) || fundNameMarks.contains(c), !fundNameStops.contains(c) else { break }
            start -= 1
        }
        let name = start..<noun.lowerBound
        guard !name.isEmpty, !fundOwners.contains(where: { contains(s, $0, in: name) }) else { return nil }
        let level = s[start] == province ? start : name.first { i in
            fundLevels.contains { word($0, startsAt: i, in: s, endingBy: name.upperBound) }
        }
        let evidence = used ? start : level ?? start
        guard fundTails.contains(where: { word($0, endsAt: name.upperBound, in: s, startingFrom: name.lowerBound) })
        else {
            return level.map { name.upperBound - $0 <= fundLevelReach } == true ? evidence : nil
        }
        if used || level != nil { return evidence }
        var k = noun.upperBound
        while k < range.upperBound && k - noun.upperBound < fundSupportReach && !breaks.contains(s[k]) {
            if fundSupports.contains(where: { word($0, startsAt: k, in: s, endingBy: range.upperBound) }) {
                return evidence
            }
            k += 1
        }
        return nil
    }

    /// Whether `word` occurs in `s[range]`.
    static func contains(_ s: [UInt32], _ word: [UInt32], in range: Range<Int>) -> Bool {
        guard range.count >= word.count else { return false }
        guard let first = word.first else { return true }
        // The first scalar compared before the slice: most places start no word (a slice compared at every
        // place was most of the bracket test).
        return (range.lowerBound...(range.upperBound - word.count)).contains {
            s[$0] == first && s[$0..<($0 + word.count)].elementsEqual(word)
        }
    }

    /// Whether `word` starts at `i` of `s` and ends by `end`.
    static func word(_ word: [UInt32], startsAt i: Int, in s: [UInt32], endingBy end: Int) -> Bool {
        guard i >= 0 && i + word.count <= min(end, s.count) else { return false }
        guard let first = word.first else { return true }
        return s[i] == first && s[i..<(i + word.count)].elementsEqual(word)  // (as `contains`: the first scalar first)
    }

    /// Whether `word` ends just before `i` of `s` and starts at `start` or after.
    static func word(_ word: [UInt32], endsAt i: Int, in s: [UInt32], startingFrom start: Int) -> Bool {
        guard i <= s.count && i - word.count >= max(start, 0) else { return false }
        guard let last = word.last else { return true }
        return s[i - 1] == last && s[(i - word.count)..<i].elementsEqual(word)  // (the last scalar first)
    }
    static let units: [[UInt32]] = ["个百分点", "万亿元", "亿元", "万元", "平方米", "公里", "千米", "%", "万", "亿", "千", "百", "个", "家", "项",
                                    "户", "座", "所", "人", "名", "元", "吨", "倍", "条", "台", "套", "次", "款", "亩",
                                    "g", "m", "兆", "处", "批", "类"].map { $0.unicodeScalars.map(\.value) }
    static let cjkNumeralScalars: [UInt32] = "一二三四五六七八九十百千万亿两零〇".unicodeScalars.map(\.value)
    static let cjkNumerals = ScalarSet(cjkNumeralScalars)
    static let bigNumerals = ScalarSet("十百千万亿".unicodeScalars.map(\.value))
    static let dateUnits = ScalarSet("年月日".unicodeScalars.map(\.value))
    static let deadlineLead = ScalarSet("到至于在".unicodeScalars.map(\.value))
    static let deadlineTail = ScalarSet("底前内末".unicodeScalars.map(\.value))
    /// The last character of an office's name: 厅, 委, 局…, and 司 (a ministry's department: 信息化和软件服务业司, since
    /// analysis version 51), but not the 会 of 社会 nor the 司 of 公司 (`isOffice`).
    static let unitOffices = ScalarSet("厅委局办部院署会室司".unicodeScalars.map(\.value))
    /// The end of a unit's name before 牵头/负责: an office (厅, 委, 局…), 政府, or 中心 (a public institution:
    /// 省大数据中心, 省信息中心).
    static let unitEndings: [[UInt32]] = ["政府", "中心"].map { $0.unicodeScalars.map(\.value) }
    /// 社 before 会: 社会 (对社会负责, 全社会共同负责) is no office; nor 公 before 司: a company (公司牵头) is assigned no duty by
    /// the government that writes the plan.
    static let society: UInt32 = 0x793E
    static let notOffices: [(before: UInt32, office: UInt32)] = [(society, 0x4F1A), (0x516C, 0x53F8)]

    /// Whether `s[i]` ends an office's name (`unitOffices`, not the 会 of 社会 nor the 司 of 公司).
    static func isOffice(_ s: [UInt32], _ i: Int, from lower: Int) -> Bool {
        unitOffices.contains(s[i]) && !notOffices.contains { i - 1 >= lower && s[i] == $0.office && s[i - 1] == $0.before }
    }
    /// Words allowed between a unit and 负责, at most two (省大数据局具体负责, 省商务厅按职责分工负责, 省人社厅要牵头):
    /// manner, division of work, and the 要 of an order.
    static let dutyAdverbs: [[UInt32]] = ["具体", "分别", "共同", "统一", "各自", "按照职责分工", "按职责分工", "按职责", "要"]
        .map { $0.unicodeScalars.map(\.value) }
    /// Places a unit's name in brackets starts with (（省商务厅牵头）, （市发展改革委）): a bracket that only contains an
    /// office character (（商会）, （部级）) names none.
    static let unitPlaces = ScalarSet("省市县区州国自各".unicodeScalars.map(\.value))
    /// Words in brackets that assign work (（交通运输厅、公安厅按职责分工负责）).
    static let bracketDuties: [[UInt32]] = ["牵头", "负责", "配合", "责任"].map { $0.unicodeScalars.map(\.value) }
    /// In brackets, a document number (（国办发〔2019〕38号）, （国务院令第292号）), not a unit: 〔 (folded to [), 号, 令.
    static let documentNumberMarks = ScalarSet("[号令".unicodeScalars.map(\.value))
    /// Most characters of a unit's name taken into the evidence before 牵头/负责.
    static let unitNameLength = 15

    /// The start of the unit that 牵头/负责 at `start` follows, nil when it follows none: an office character (not
    /// the 会 of 社会) or one of `unitEndings` just before it, or before up to two `dutyAdverbs`. The name runs back
    /// over ideographs (not 由), at most `unitNameLength` characters.
    static func dutyUnitStart(_ s: [UInt32], _ start: Int, from lower: Int) -> Int? {
        var end = start
        for _ in 0..<2 {
            guard let a = dutyAdverbs.first(where: { word($0, endsAt: end, in: s, startingFrom: lower) }) else {
                break
            }
            end -= a.count
        }
        guard endsUnitName(s, end, from: lower) else { return nil }
        var j = end - 1
        while j > lower && end - j < unitNameLength && s[j - 1] >= 0x4E00 && s[j - 1] <= 0x9FFF && s[j - 1] != 0x7531 { j -= 1 }
        return j
    }

    /// Whether a unit's name ends at `end`: an office character (not the 会 of 社会) or one of `unitEndings`.
    static func endsUnitName(_ s: [UInt32], _ end: Int, from lower: Int) -> Bool {
        let office = end - 1 >= lower && isOffice(s, end - 1, from: lower)
        return office || unitEndings.contains { word($0, endsAt: end, in: s, startingFrom: lower) }
    }

    /// 、 between the units of a list (省发展改革委、省交通运输厅牵头).
    static let listMark: UInt32 = 0x3001
    /// ：, folded to :, after a label that names units (牵头单位：省交通运输厅).
    static let labelColon: UInt32 = 0x3A
    /// The labels of `Kind.responsible` that name units (牵头单位, 责任部门…; not 负总责).
    static let unitLabels: [[UInt32]] = keywords.filter { $0.0 == .responsible }.flatMap(\.1)
        .filter { $0.hasSuffix("单位") || $0.hasSuffix("部门") }.map { $0.unicodeScalars.map(\.value) }

    /// 牵头, 负责, as `Kind.duty` lists them.
    static let dutyWords: [[UInt32]] = keywords.filter { $0.0 == .duty }.flatMap(\.1).map { $0.unicodeScalars.map(\.value) }
    /// The first characters of `dutyWords` (牵, 负): most positions start none, and are passed without a comparison.
    static let dutyStarts = ScalarSet(dutyWords.compactMap(\.first))
    /// How far after an area keyword the duty word of the unit it names may stand (`namesResponsibleUnit`): a unit's
    /// name reaches `unitNameLength` back from its office, and up to two adverbs stand before the duty.
    static let unitReach = unitNameLength + 2 * (dutyAdverbs.map(\.count).max() ?? 0)

    /// Whether `hit` lies in the name of a responsible unit as `detect` finds them: in brackets that name a unit
    /// (`bracketNamesUnit`: （省交通运输厅牵头）), or in the unit that the first 牵头/负责 after it follows
    /// (`dutyUnitStart`: 由省交通运输厅牵头), with only ideographs between; and, what `detect` needs no more than one unit
    /// for, in a list of units before 牵头/负责 (省交通运输厅、省公安厅牵头) or after a label (牵头单位：省交通运输厅). The
    /// area coding asks it: a unit's name says who does the work, not what the work is about.
    static func namesResponsibleUnit(_ s: [UInt32], _ hit: Range<Int>, in clause: Range<Int>) -> Bool {
        // The bracket around the hit, as `detect` reads brackets: a ( and the first ) after it, less than 40 apart.
        var open = hit.lowerBound - 1
        while open >= clause.lowerBound && hit.upperBound - open < 40 && s[open] != 0x28 && s[open] != 0x29 { open -= 1 }
        if open >= clause.lowerBound && s[open] == 0x28 {
            var close = hit.upperBound
            while close < clause.upperBound && close - open < 40 && s[close] != 0x29 { close += 1 }
            if close < clause.upperBound && s[close] == 0x29 && bracketNamesUnit(s, (open + 1)..<close) { return true }
        }
        // `unit`: where the name the duty word follows may start, moved past each unit of a list.
        var k = hit.upperBound, unit = hit.lowerBound
        while k < clause.upperBound && k - unit < unitReach {
            if dutyStarts.contains(s[k]),
               dutyWords.contains(where: { word($0, startsAt: k, in: s, endingBy: clause.upperBound) }) {
                return dutyUnitStart(s, k, from: clause.lowerBound).map { $0 <= unit } ?? false
            }
            if s[k] == listMark && endsUnitName(s, k, from: unit) {
                unit = k + 1
            } else if !isIdeograph(s[k]) {
                return endsUnitName(s, k, from: hit.lowerBound) && followsUnitLabel(s, hit.lowerBound, in: clause)
            }
            k += 1
        }
        // A label's list can end with the clause (牵头单位：省交通运输厅).
        return k == clause.upperBound && endsUnitName(s, k, from: hit.lowerBound) && followsUnitLabel(s, hit.lowerBound, in: clause)
    }

    /// What `namesResponsibleUnit` finds a unit's name by, one of which the clause must hold: an opening bracket, a
    /// duty word's first character, a label's colon.
    /// Four of them (two duty words), as lanes that a clause is compared with eight characters at a time.
    static let unitNameMarks: SIMD4<UInt32> = {
        let marks = [0x28, labelColon] + dutyWords.compactMap(\.first)
        var lanes = SIMD4<UInt32>(repeating: 0x28)
        for (k, mark) in marks.prefix(4).enumerated() { lanes[k] = mark }
        return lanes
    }()

    /// Whether a hit in `clause` can lie in a responsible unit's name (`namesResponsibleUnit`): false, without
    /// looking around each hit, when the clause holds none of `unitNameMarks`.
    static func mayNameUnit(_ s: [UInt32], in clause: Range<Int>) -> Bool {
        let marks = unitNameMarks
        return s.withUnsafeBufferPointer {
            ScalarScan.firstIndex(ofAny: marks, in: $0, from: clause.lowerBound, to: clause.upperBound) < clause.upperBound
        }
    }

    static func isIdeograph(_ c: UInt32) -> Bool { c >= 0x4E00 && c <= 0x9FFF }

    /// Whether the unit's name starting at or before `position` is in a list after a label that names units
    /// (责任单位：省发展改革委、省交通运输厅): back from it, ideographs and 、 only, then ： and the label.
    static func followsUnitLabel(_ s: [UInt32], _ position: Int, in clause: Range<Int>) -> Bool {
        var i = position - 1
        while i >= clause.lowerBound && position - i < 80 && (isIdeograph(s[i]) || s[i] == listMark) { i -= 1 }
        guard i >= clause.lowerBound, s[i] == labelColon else { return false }
        return unitLabels.contains { word($0, endsAt: i, in: s, startingFrom: clause.lowerBound) }
    }

    /// Whether the bracket content `r` names a unit: an office character, no document number, and a place first or
    /// a word assigning work.
    static func bracketNamesUnit(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard let first = r.first, r.contains(where: { isOffice(s, $0, from: r.lowerBound) }),
              !s[r].contains(where: { documentNumberMarks.contains($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { return false }
        return unitPlaces.contains(s[first]) || bracketDuties.contains { FeatureDetector.contains(s, $0, in: r) }
    }

    /// Characters that make a date a baseline, not a deadline, when they come shortly before it in the same phrase:
    /// 截 (截至2015年底, 截止到去年年底), 比, 较 (比2015年末增长1倍).
    static let baselineLead = ScalarSet("截比较".unicodeScalars.map(\.value))
    /// Most characters looked back for `baselineLead` (截止到去年年底 has 5).
    static let baselineReach = 6
    /// What follows a baseline year (在2015年基础上, 以2015年为基数, 与2015年末相比).
    static let baselineTails: [[UInt32]] = ["基础", "为基", "基数", "基期", "相比"].map { $0.unicodeScalars.map(\.value) }
    /// What makes an open date (see `isBaseline`) a baseline when it comes a few words after it in the same phrase
    /// (在2016年已有工作基础上, 以2015年末数据为基数). Not 基础 alone: 2020年信息基础设施 is no basis.
    static let laterBaselineWords: [[UInt32]] = ["基础上", "为基", "基数", "相比"].map { $0.unicodeScalars.map(\.value) }
    /// 已 (already): later in the clause of an open date, it states a level reached, a past (2014年末，用户已达到…).
    static let already: UInt32 = 0x5DF2
    /// 到, 至: a date they introduce is an end to reach (到2020年), never a level already reached.
    static let deadlineTo = ScalarSet("到至".unicodeScalars.map(\.value))
    /// 前, 内: a date they close is a deadline (2018年底前, 2019年内).
    static let deadlineClose = ScalarSet("前内".unicodeScalars.map(\.value))
    static let phraseBreaks = ScalarSet("，。；：,;:!?！？、\n".unicodeScalars.map(\.value))
    /// The ends of the phrase a `denial` word reaches over: `phraseBreaks` but 、, so that 打击非法集资、套路贷款 denies
    /// both.
    static let denialBreaks = ScalarSet("，。；：,;:!?！？\n".unicodeScalars.map(\.value))

    /// Whether a denial word ending at `denialEnd` (-1: none yet) reaches `position`: before it, with no
    /// `denialBreaks` between.
    static func denies(_ s: [UInt32], _ denialEnd: Int, _ position: Int, breaks: ScalarSet) -> Bool {
        denialEnd >= 0 && denialEnd <= position && !s[denialEnd..<position].contains { breaks.contains($0) }
    }

    /// Whether the date at `start..<end` is a baseline: `baselineLead` shortly before it (not across punctuation),
    /// or `baselineTails` right after it. An `open` date (neither after 到/至 nor before 前/内: 2015年末, 在2016年) may
    /// also state a basis or a level reached: so does it with `laterBaselineWords` a few characters on in the same
    /// phrase, or with 已 later in the clause.
    static func isBaseline(_ s: [UInt32], _ start: Int, _ end: Int, open: Bool, in range: Range<Int>) -> Bool {
        var j = start - 1
        while j >= range.lowerBound && start - j <= baselineReach && !phraseBreaks.contains(s[j]) {
            if baselineLead.contains(s[j]) { return true }
            j -= 1
        }
        if baselineTails.contains(where: { word($0, startsAt: end, in: s, endingBy: range.upperBound) }) {
            return true
        }
        guard open else { return false }
        var k = end
        while k < range.upperBound && k - end <= baselineReach && !phraseBreaks.contains(s[k]) {
            if laterBaselineWords.contains(where: { FeatureDetector.contains(s, $0, in: k..<min(k + $0.count, range.upperBound)) }) {
                return true
            }
            k += 1
        }
        return s[end..<range.upperBound].contains(already)
    }

    /// How the end of a five-year plan is written after its name (十三五末, 十四五期末, 十四五时期末).
    static let planPeriodTails: [[UInt32]] = ["末", "期末", "时期末"].map { $0.unicodeScalars.map(\.value) }

    /// The end of a five-year plan as a deadline, from 到/至 to 末 (到“十三五”末, 至十四五期末), when the numeral
    /// run at `start..<end` is the plan's name (十X五); nil otherwise. Documents date goals by plan as often as by year.
    static func planPeriodEnd(_ s: [UInt32], _ start: Int, _ end: Int, in range: Range<Int>) -> Range<Int>? {
        guard end - start == 3, s[start] == 0x5341, s[end - 1] == 0x4E94 else { return nil }  // 十…五
        var lead = start - 1
        if lead >= range.lowerBound && s[lead] == 0x22 { lead -= 1 }  // the quotes fold to "
        guard lead >= range.lowerBound, deadlineTo.contains(s[lead]) else { return nil }
        let k = end < range.upperBound && s[end] == 0x22 ? end + 1 : end
        guard let tail = planPeriodTails.first(where: { contains(s, $0, in: k..<min(k + $0.count, range.upperBound)) }) else {
            return nil
        }
        return lead..<(k + tail.count)
    }

    /// Where a date that starts with a year (`year`: the index of its 年) ends: at its 日 or 月 when it names a month
    /// ("6月", "6月30日"), else at 年.
    static func dateEnd(_ s: [UInt32], year: Int, in range: Range<Int>) -> Int {
        func unit(after start: Int, _ mark: UInt32) -> Int? {
            var j = start
            while j < range.upperBound && j - start < 2 && s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
            return j > start && j < range.upperBound && s[j] == mark ? j : nil
        }
        guard let month = unit(after: year + 1, 0x6708) else { return year }  // 月
        return unit(after: month + 1, 0x65E5) ?? month  // 日
    }

    /// Whether the deadline keyword at `r` is an open date (see `isBaseline`): 年底 (not 年底前, 年内, 限期…), with no
    /// 到/至 before the year it closes (2015年底, not 到2020年底).
    static func isOpenDate(_ s: [UInt32], _ r: Range<Int>, in range: Range<Int>) -> Bool {
        guard s[r.upperBound - 1] == 0x5E95 else { return false }  // 底
        var j = r.lowerBound
        while j > range.lowerBound && s[j - 1] >= 0x30 && s[j - 1] <= 0x39 { j -= 1 }
        return !(j > range.lowerBound && deadlineTo.contains(s[j - 1]))
    }

    /// 率: after an orientation term it makes a rate, a level measured (宽带普及率达到80%), not an action.
    static let rate: UInt32 = 0x7387

    /// Whether the orientation term at `r` says nothing of how the state acts: a rate (普及率), or a term after a
    /// denial word in the same phrase (防止一哄而上搞基础设施建设, 不得以重大项目名义举债). `denialEnds`: the ends of the
    /// clause's denial words.
    static func isNotOrientation(_ s: [UInt32], _ r: Range<Int>, denialEnds: [Int]) -> Bool {
        (r.upperBound < s.count && s[r.upperBound] == rate)
            || denialEnds.contains { denies(s, $0, r.lowerBound, breaks: denialBreaks) }
    }

    /// Most characters between a comparison word and its number (达到约500家 has 1).
    static let comparisonGap = 2
    /// 第, before a number that is an ordinal (第2批), not a quantity.
    static let ordinalMark: UInt32 = 0x7B2C
    /// g after a single digit: a network generation (4G, 5G, folded to 4g), not grams.
    static let generationMark: UInt32 = 0x67

    /// The statics `detect` reads, held by the detector: read as statics, each was a lazy-initialisation check
    /// and a retain and release for every clause.
    struct Tables: Sendable {
        let cjkNumerals = FeatureDetector.cjkNumerals, bigNumerals = FeatureDetector.bigNumerals
        let deadlineLead = FeatureDetector.deadlineLead, deadlineTail = FeatureDetector.deadlineTail
        let dateUnits = FeatureDetector.dateUnits, units = FeatureDetector.units
        let phraseBreaks = FeatureDetector.phraseBreaks, scaleWords = FeatureDetector.scaleWords
        let denialBreaks = FeatureDetector.denialBreaks
        /// Where the number scan of `detect` has something to do: a digit, a Chinese numeral or a bracket.
        let numberStarts = ScalarSet(Array(0x30...0x39) + FeatureDetector.cjkNumeralScalars + [0x28])
    }
    let tables = Tables()

    let matcher: KeywordMatcher
    /// Kind of each matcher entry, by entry index (no string parsing per hit).
    let kinds: [Kind]

    public init() {
        var entries: [(code: String, keyword: String)] = []
        var kinds: [Kind] = []
        for (kind, words) in FeatureDetector.keywords {
            for w in words { entries.append((kind.rawValue, w)); kinds.append(kind) }
        }
        matcher = KeywordMatcher(entries)
        self.kinds = kinds
    }

    /// Spans per kind found in the normalised range, in stored-text offsets, from `matcher`'s hits
    /// `hits[hitRange]` in position order (hits not wholly inside `range` are ignored), written to `found`
    /// (emptied first). The document's hits with the clause's range of them, not a slice: a slice per clause
    /// was a retain and a release of the list.
    func detect(_ norm: NormalizedText, _ range: Range<Int>, hits: [KeywordMatcher.Hit], _ hitRange: Range<Int>,
                into found: inout Features) {
        found.removeAll()
        let s = norm.scalars
        var last: (start: Int, kind: Kind)? = nil  // longest keyword of a kind wins at a position
        var fundVerbStart: Int? = nil, denialEnd = -1, notFunding = 0..<0
        found.work.removeAll()
        for h in hitRange {
            let hit = hits[h]
            guard hit.range.lowerBound >= range.lowerBound && hit.range.upperBound <= range.upperBound else { continue }
            let kind = kinds[hit.entry]
            if let l = last, l.start == hit.range.lowerBound, l.kind == kind { continue }
            last = (hit.range.lowerBound, kind)
            switch kind {
            case .denial: denialEnd = hit.range.upperBound
            case .notFunding: notFunding = hit.range
            case .grantVerb:
                if !notFunding.contains(hit.range.lowerBound),
                   !FeatureDetector.denies(s, denialEnd, hit.range.lowerBound, breaks: tables.denialBreaks) {
                    found.work.grantVerbs.append(hit.range)
                }
            case .fundVerb:
                // The first verb waits for its noun; a later one takes over when the first is out of reach.
                if fundVerbStart.map({ hit.range.lowerBound - $0 > FeatureDetector.fundGap }) ?? true,
                   !notFunding.contains(hit.range.lowerBound),
                   !FeatureDetector.denies(s, denialEnd, hit.range.lowerBound, breaks: tables.denialBreaks) {
                    fundVerbStart = hit.range.lowerBound
                }
            case .fundNoun:
                // 安排…资金 commits funds, unless a money term already covers this 资金 (专项资金).
                if let start = fundVerbStart, !found.work.moneyEnds.contains(hit.range.upperBound), !notFunding.contains(hit.range.lowerBound),
                   hit.range.lowerBound - start <= FeatureDetector.fundGap + 2 {
                    found.append(norm.originalSpan(start, hit.range.upperBound), to: .money)
                    found.work.moneyEnds.append(hit.range.upperBound)
                    fundVerbStart = nil
                } else if !found.work.moneyEnds.contains(hit.range.upperBound), !notFunding.contains(hit.range.lowerBound),
                          s[hit.range.upperBound - 1] == FeatureDetector.gold, hit.range.count == 2,
                          !FeatureDetector.denies(s, denialEnd, hit.range.lowerBound, breaks: tables.denialBreaks),
                          let start = FeatureDetector.namedFund(s, hit.range, in: range, breaks: tables.phraseBreaks) {
                    // A named fund (利用工业转型升级资金). A money term that begins with this 资金 (资金支持) is one finding
                    // with the name: its span is widened, not repeated.
                    if let t = found.work.moneyTerms.last, t.lowerBound == hit.range.lowerBound,
                       let k = found.money.firstIndex(of: norm.originalSpan(t.lowerBound, t.upperBound)) {
                        found.money[k] = norm.originalSpan(start, t.upperBound)
                        found.work.moneyTerms[found.work.moneyTerms.count - 1] = start..<t.upperBound
                    } else {
                        found.append(norm.originalSpan(start, hit.range.upperBound), to: .money)
                        found.work.moneyEnds.append(hit.range.upperBound)
                        found.work.moneyTerms.append(start..<hit.range.upperBound)
                    }
                }
            case .newBusinessCore: found.work.newBusinessCore.append(hit.range)
            case .regulation: found.work.regulation.append(hit.range)
            case .evaluation, .standards, .legal, .ip: found.work.senseTerms.append((hit.range, kind))
            case .otherSense: found.work.otherSense.append(hit.range)
            case .duty:
                if let unit = FeatureDetector.dutyUnitStart(s, hit.range.lowerBound, from: range.lowerBound) {
                    found.append(norm.originalSpan(unit, hit.range.upperBound), to: .responsible)
                }
            case .comparison:
                let after = hit.range.upperBound..<min(hit.range.upperBound + FeatureDetector.comparisonGap + 1, range.upperBound)
                if after.contains(where: { (s[$0] >= 0x30 && s[$0] <= 0x39) || tables.cjkNumerals.contains(s[$0]) }) {
                    found.append(norm.originalSpan(hit.range.lowerBound, hit.range.upperBound), to: .quantity)
                }
            case .deadline where FeatureDetector.isBaseline(s, hit.range.lowerBound, hit.range.upperBound,
                                                            open: FeatureDetector.isOpenDate(s, hit.range, in: range), in: range):
                break
            default:
                if kind == .money {
                    found.work.moneyEnds.append(hit.range.upperBound)
                    if notFunding.contains(hit.range.lowerBound)
                        || FeatureDetector.denies(s, denialEnd, hit.range.lowerBound, breaks: tables.denialBreaks) { continue }
                    found.work.moneyTerms.append(hit.range)
                }
                found.append(norm.originalSpan(hit.range.lowerBound, hit.range.upperBound), to: kind)
            }
        }
        if !found.work.newBusinessCore.isEmpty && !found.work.regulation.isEmpty {
            for r in found.work.newBusinessCore + found.work.regulation { found.append(norm.originalSpan(r.lowerBound, r.upperBound), to: .newBusiness) }
        }
        for (r, kind) in found.work.senseTerms where !found.work.otherSense.contains(where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) {
            found.append(norm.originalSpan(r.lowerBound, r.upperBound), to: kind)
        }
        // Numbers: Arabic runs and multi-character Chinese numerals. In the same pass (a bracket is never part of
        // a number, so the pass stops at each), responsible units in brackets: "（省经济和信息化厅牵头）", "(市发展改革委)".
        var i = range.lowerBound
        var bracketsFrom = range.lowerBound  // a bracket opens a unit's name only after the one before has ended
        while i < range.upperBound {
            // Most characters start no number and open no bracket: skipped in a loop of their own.
            i = tables.numberStarts.firstMember(in: s, i..<range.upperBound)
            guard i < range.upperBound else { break }
            let c = s[i]
            let arabic = c >= 0x30 && c <= 0x39
            let chinese = tables.cjkNumerals.contains(c)
            guard arabic || chinese else {
                if c == 0x28 && i >= bracketsFrom {
                    var j = i + 1
                    while j < range.upperBound && j - i < 40 && s[j] != 0x29 { j += 1 }
                    if j < range.upperBound && s[j] == 0x29 && FeatureDetector.bracketNamesUnit(s, (i + 1)..<j) {
                        found.append(norm.originalSpan(i, j + 1), to: .responsible)
                    }
                    bracketsFrom = j + 1
                }
                i += 1
                continue
            }
            var e = i
            var big = false
            if arabic {
                while e < range.upperBound && ((s[e] >= 0x30 && s[e] <= 0x39) || (s[e] == 0x2E && e + 1 < range.upperBound
                        && s[e + 1] >= 0x30 && s[e + 1] <= 0x39)) { e += 1 }
            } else {
                while e < range.upperBound && tables.cjkNumerals.contains(s[e]) {
                    if tables.bigNumerals.contains(s[e]) { big = true }
                    e += 1
                }
            }
            let digits = e - i
            if arabic, digits == 4, e < range.upperBound, s[e] == 0x5E74 {  // 20XX年: a date
                let lead = i > range.lowerBound && tables.deadlineLead.contains(s[i - 1])
                // A month and day the date names are part of it (2017年6月底前, 2017年6月30日前; since version 58).
                let last = FeatureDetector.dateEnd(s, year: e, in: range)
                let tail = last + 1 < range.upperBound && tables.deadlineTail.contains(s[last + 1])
                let end = tail ? last + 2 : last + 1
                // 前/内 right after 年 or after 年底 (2018年前, 2018年底前) closes the date.
                let open = !(lead && FeatureDetector.deadlineTo.contains(s[i - 1]))
                    && !(tail && (last + 1..<min(last + 3, range.upperBound)).contains { FeatureDetector.deadlineClose.contains(s[$0]) })
                if lead || tail, !FeatureDetector.isBaseline(s, i, end, open: open, in: range) {
                    found.append(norm.originalSpan(lead ? i - 1 : i, end), to: .deadline)
                }
                i = e + 1
                continue
            }
            if chinese, let period = FeatureDetector.planPeriodEnd(s, i, e, in: range) {
                found.append(norm.originalSpan(period.lowerBound, period.upperBound), to: .deadline)
                i = period.upperBound
                continue
            }
            // A run of 百/千/万/亿 alone is mostly an idiom (千家万户, 百姓); 十 first is ten (十家, 十亿元).
            let hasDigit = s[i] == 0x5341 || s[i..<e].contains { !tables.bigNumerals.contains($0) }
            let ordinal = i > range.lowerBound && s[i - 1] == FeatureDetector.ordinalMark
            if !ordinal, arabic || (chinese && hasDigit && (digits >= 2 || big)) {
                var unitEnd: Int? = nil
                var p = e
                while p < range.upperBound && s[p] == 0x20 { p += 1 }
                if p < range.upperBound, !tables.dateUnits.contains(s[p]) {
                    for u in tables.units where FeatureDetector.word(u, startsAt: p, in: s, endingBy: range.upperBound) {
                        unitEnd = p + u.count
                        break
                    }
                }
                let generation = arabic && digits == 1 && unitEnd == p + 1 && s[p] == FeatureDetector.generationMark
                if let unitEnd, !generation, arabic || !(digits == 1 && s[i] == 0x4E00) {
                    found.append(norm.originalSpan(i, unitEnd), to: .quantity)
                    // An amount in 元 a grant verb gives commits funds, unless a money term between them already
                    // names them (安排专项资金2000万元) or it is an amount of investment or scale.
                    if !found.work.grantVerbs.isEmpty, s[unitEnd - 1] == FeatureDetector.yuan, let verb = found.work.grantVerbs.last(where: { v in
                        v.upperBound <= i && i - v.upperBound <= FeatureDetector.fundGap
                            && !s[v.upperBound..<i].contains { tables.phraseBreaks.contains($0) }
                    }), !found.work.moneyEnds.contains(where: { $0 > verb.upperBound && $0 <= i }),
                       !tables.scaleWords.contains(where: { w in FeatureDetector.contains(s, w, in: verb.upperBound..<i) }) {
                        // A money term right after the amount in the same phrase names the same funds (安排32亿元住房
                        // 专项资金): one span from the verb to the term's end, not two.
                        if let term = found.work.moneyTerms.first(where: { t in
                            t.lowerBound >= unitEnd && t.lowerBound - unitEnd <= FeatureDetector.fundGap
                                && !s[unitEnd..<t.lowerBound].contains { tables.phraseBreaks.contains($0) }
                        }), let k = found.money.firstIndex(of: norm.originalSpan(term.lowerBound, term.upperBound)) {
                            found.money[k] = norm.originalSpan(verb.lowerBound, term.upperBound)
                        } else {
                            found.append(norm.originalSpan(verb.lowerBound, unitEnd), to: .money)
                        }
                    }
                }
            }
            i = max(e, i + 1)
        }
        found.sortAll()
    }
}
