import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// The indicator audit: for each text indicator, sentences written for the audit in the style of provincial
/// implementation opinions and ministry action plans (none taken from the other tests or the code), at least
/// ten that must count and ten that must not, each run through the real extractor as a one-clause document.
/// `known` lists the sentences on which the extractor still disagrees with the definition (documented limits in
/// docs/indicators.md): the test fails when one of them starts to agree (update the list and the figures
/// there) and when any other sentence disagrees.
final class IndicatorAuditTests: XCTestCase {
    /// The real taxonomy (policy tools, goal orientation), as the analysis of a corpus uses it.
    static let extractor: TextIndicatorExtractor = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (taxonomy, _) = CorpusLoader(taxonomyDirectory: root.appendingPathComponent("data/taxonomy")).loadTaxonomy()
        return TextIndicatorExtractor(scheme: taxonomy.map { CodingScheme(taxonomy: $0) } ?? .builtIn)
    }()

    enum Place { case measure, goal }

    struct Audit {
        let name: String
        var place = Place.measure
        /// Sentence and tag (a tool class, a governance topic, an orientation); "" when the indicator has none.
        let counts: [(String, String)]
        let doesNotCount: [(String, String)]
        /// Sentences that still disagree with the definition.
        var known: Set<String> = []
        let fires: (DocumentIndicators, MeasureAssessment?, String) -> Bool
    }

    static func plain(_ sentences: [String]) -> [(String, String)] { sentences.map { ($0, "") } }

    /// Whether each indicator fires on a one-clause document (its measure, if any; the tag of the sentence), shared
    /// by both audits.
    enum Fires {
        static func vague(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool { m?.isVague ?? false }
        static func quantified(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            !(m?.quantified.isEmpty ?? true)
        }
        static func responsible(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            !(m?.responsible.isEmpty ?? true)
        }
        static func deadline(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            !(m?.deadline.isEmpty ?? true)
        }
        static func financialSupport(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            d.financialSupport
        }
        static func quantifiedDatedGoal(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            !d.quantifiedDatedGoals.isEmpty
        }
        static func evaluation(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool { !d.evaluation.isEmpty }
        /// The tag is a `GovernanceTopic` raw value.
        static func governance(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            guard let topic = GovernanceTopic(rawValue: tag) else { return false }
            return !(d.governance[topic] ?? []).isEmpty
        }
        /// The tag is a tool class (supply, environment, demand).
        static func toolClass(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            (d.toolCounts[tag] ?? 0) > 0
        }
        /// The tag is mission or diffusion.
        static func orientation(_ d: DocumentIndicators, _ m: MeasureAssessment?, _ tag: String) -> Bool {
            tag == "mission" ? d.missionClauses > 0 : d.diffusionClauses > 0
        }
    }

    static func document(_ sentence: String, _ place: Place) -> (DocumentIndicators, MeasureAssessment?) {
        let heading = place == .measure ? "二、重点任务\n" : "一、发展目标\n"
        let d = extractor.extract(id: "audit", text: heading + sentence)
        return (d, d.measures.first)
    }

    /// (must-count found, must-count total, must-not avoided, must-not total, sentences disagreeing).
    static func score(_ a: Audit) -> (found: Int, positives: Int, avoided: Int, negatives: Int, disagreeing: [String]) {
        var found = 0, avoided = 0, disagreeing: [String] = []
        for (s, tag) in a.counts {
            let (d, m) = document(s, a.place)
            if a.fires(d, m, tag) { found += 1 } else { disagreeing.append(s) }
        }
        for (s, tag) in a.doesNotCount {
            let (d, m) = document(s, a.place)
            if a.fires(d, m, tag) { disagreeing.append(s) } else { avoided += 1 }
        }
        return (found, a.counts.count, avoided, a.doesNotCount.count, disagreeing)
    }

    func testEveryIndicatorAgreesWithItsDefinitionExceptTheKnownLimits() {
        Self.check(Self.audits, atLeast: 10)
    }

    /// Fails when an audit has fewer than `minimum` sentences of a side, when a sentence outside `known` disagrees and
    /// when a `known` one agrees; prints the figures and the sentences disagreeing.
    static func check(_ audits: [Audit], atLeast minimum: Int) {
        var lines: [String] = []
        for a in audits {
            XCTAssertGreaterThanOrEqual(a.counts.count, minimum, a.name)
            XCTAssertGreaterThanOrEqual(a.doesNotCount.count, minimum, a.name)
            let r = score(a)
            lines.append("\(a.name): must count \(r.found)/\(r.positives), must not count \(r.avoided)/\(r.negatives)")
            lines += r.disagreeing.map { "  \(a.name) disagrees: \($0)" }
            for s in r.disagreeing where !a.known.contains(s) { XCTFail("\(a.name) disagrees: \(s)") }
            for s in a.known where !r.disagreeing.contains(s) { XCTFail("\(a.name) now agrees (update known): \(s)") }
        }
        print(lines.joined(separator: "\n"))
    }

    /// The spans of one kind in the sentence as a measure, as text.
    static func spans(_ sentence: String, _ kind: (MeasureAssessment) -> [TextSpan]) -> [String] {
        let text = "二、重点任务\n" + sentence
        let m = extractor.extract(id: "audit", text: text).measures.first
        return m.map { kind($0).map { $0.substring(of: text) } } ?? ["(no measure)"]
    }

    // MARK: Fixes from the audit (each sentence disagreed before its fix)

    /// Since analysis version 29: 4G/5G are network generations, 第2批 an ordinal, and 达到/超过/不低于 before a
    /// level in words (达到国内先进水平) state no quantity.
    func testGenerationsOrdinalsAndLevelsInWordsAreNotQuantities() {
        for s in ["加快5G商用部署，推进5G网络在重点区域覆盖。", "推进4G网络深度覆盖和速率提升。",
                  "推动全省工业互联网技术水平达到国内先进水平。", "收费标准不得超过国家规定的上限。",
                  "服务质量不低于同类线下服务水平。", "公布第2批省级电子商务示范企业名单。"] {
            XCTAssertEqual(Self.spans(s, \.quantified), [], s)
        }
        XCTAssertEqual(Self.spans("全省新建5G基站1万个。", \.quantified), ["1万"])
        XCTAssertEqual(Self.spans("每个县建设不少于三家县级电商服务中心。", \.quantified), ["不少于"])
        XCTAssertEqual(Self.spans("全省行政村光纤覆盖率达到98%以上。", \.quantified), ["达到", "98%"])
        XCTAssertEqual(Self.spans("城市家庭宽带接入能力提高到100M以上。", \.quantified), ["提高到", "100M"])
        // A 5G measure with nothing else concrete is vague; a 5G goal without a number is not quantified.
        XCTAssertTrue(Self.document("推动4G网络向偏远农村地区延伸覆盖。", .measure).1?.isVague ?? false)
        XCTAssertTrue(Self.document("到2020年，率先建成覆盖全省的5G网络。", .goal).0.quantifiedDatedGoals.isEmpty)
    }

    /// Since analysis version 29: a unit followed by 负责 is responsible (bare 负责 still is not); 牵头 counts after a
    /// unit, not after a firm or a college; a bracket holding a document number or (商会) names no unit.
    func testResponsibleUnitsAreUnitsThatAreMadeResponsible() {
        XCTAssertEqual(Self.spans("省农业农村厅负责制定农产品网络销售标准。", \.responsible), ["省农业农村厅负责"])
        XCTAssertEqual(Self.spans("各设区市人民政府负责组织实施，省商务厅负责统筹协调。", \.responsible),
                       ["各设区市人民政府负责", "省商务厅负责"])
        XCTAssertEqual(Self.spans("省大数据局具体负责全省政务数据共享平台的建设和运维。", \.responsible), ["省大数据局具体负责"])
        XCTAssertEqual(Self.spans("省通信管理局会同省经济和信息化委负责推进宽带提速降费。", \.responsible).count, 1)
        XCTAssertEqual(Self.spans("由省发展改革委牵头，各市人民政府负责落实。", \.responsible), ["省发展改革委牵头", "各市人民政府负责"])
        for s in ["支持龙头企业牵头组建产业技术创新联盟。", "鼓励高校、科研院所牵头承担国家重大科技项目。",
                  "严格执行《互联网信息服务管理办法》（国务院令第292号）。",
                  "落实《关于深化“放管服”改革的实施意见》（省政府办公厅〔2017〕21号）要求。",
                  "贯彻《国务院办公厅关于促进平台经济规范健康发展的指导意见》（国办发〔2019〕38号）。",
                  "发挥行业协会（商会）桥梁纽带作用。", "平台经营者对平台内商品质量负责。"] {
            XCTAssertEqual(Self.spans(s, \.responsible), [], s)
        }
        XCTAssertTrue(Self.document("引导龙头企业牵头组建产业技术创新联盟。", .measure).1?.isVague ?? false)
    }

    /// Since analysis version 29: a baseline date (截至2015年底, 比2015年末, 在2015年基础上) is not a deadline.
    func testBaselineDatesAreNotDeadlines() {
        for s in ["截至2015年底，全省网民规模达到4000万人。", "在2015年基础上，农村网络零售额实现翻番。",
                  "全省光纤用户数比2015年末增长1倍。", "截止到去年年底，全省已建成农村电商服务站点5000个。",
                  "较2016年底翻一番，电子商务交易额突破万亿元。"] {
            XCTAssertEqual(Self.spans(s, \.deadline), [], s)
        }
        XCTAssertEqual(Self.spans("截至2015年底，全省建成站点500个，2018年底前实现全覆盖。", \.deadline), ["2018年底前"])  // one span since version 58
        XCTAssertEqual(Self.spans("各地要在2017年9月底前报送实施方案。", \.deadline), ["在2017年9月底前"])  // the month in the date since version 58
        XCTAssertTrue(Self.document("截至2015年底，全省网民达到3500万人。", .goal).0.quantifiedDatedGoals.isEmpty)
    }

    /// Since analysis version 29: risk, security, credit, health and student assessments and network monitoring are not
    /// evaluation of the policy.
    func testAssessmentsOfOtherThingsAreNotPolicyEvaluation() {
        for s in ["开展网络安全风险评估，及时消除安全隐患。", "完善电子商务信用评价体系。", "建立数据出境安全评估制度。",
                  "加强网络运行监测和应急处置。", "推动医疗机构开展远程会诊和健康评估服务。", "建立电商企业信用评价和分类监管制度。",
                  "推动服务机构为中小企业开展数字化转型诊断评估。", "利用大数据改进学生综合素质评价。"] {
            XCTAssertTrue(Self.document(s, .measure).0.evaluation.isEmpty, s)
        }
        let d = Self.document("每年开展安全评估，并将结果纳入年度绩效考核。", .measure).0
        XCTAssertEqual(d.evaluation.count, 1)
        XCTAssertTrue(d.evaluationHasSchedule)
    }

    /// Since analysis version 30: money named after a prohibition or a crime in the same phrase (不得, 严禁, 打击,
    /// 骗取…) is denied, not committed; money named before one still counts.
    func testDeniedMoneyIsNotFinancialSupport() {
        for s in ["清理规范各类招商引资优惠，不得以财政补贴方式变相返还税费。", "严厉打击以网络贷款为名的非法集资等违法行为。",
                  "严厉打击骗取、套取财政补贴资金等违法行为。", "严禁违规设立各类政府投资基金。"] {
            XCTAssertEqual(Self.spans(s, \.money), [], s)
        }
        XCTAssertEqual(Self.spans("补助资金专款专用，不得挪作他用。", \.money), ["补助"])
        XCTAssertEqual(Self.spans("严禁截留挪用补助资金，对符合条件的企业给予贷款贴息。", \.money), ["贷款", "贴息"])
    }

    /// Since analysis version 30: coordination (统筹推进), social insurance funds (医保基金) and online lending or loan
    /// business (网上贷款, 贷款业务) commit no funds; a fund verb out of reach of any noun gives way to a later one.
    func testFundManagementAndLoanBusinessAreNotFinancialSupport() {
        for s in ["统筹推进医保基金智能审核和监控系统建设。", "推动银行业金融机构发展网上贷款、移动支付等业务。",
                  "统筹城乡居民医疗保险基金管理，推进异地就医直接结算。", "支持商业银行开展互联网贷款业务。"] {
            XCTAssertEqual(Self.spans(s, \.money), [], s)
        }
        XCTAssertEqual(Self.spans("各地要统筹推进示范项目建设，并安排一定资金予以保障。", \.money), ["安排一定资金"])
        XCTAssertEqual(Self.spans("统筹全省政务云和数据中心建设，安排一定资金予以保障。", \.money), ["安排一定资金"])
        XCTAssertEqual(Self.spans("统筹安排涉农资金，支持农村电商服务站点建设。", \.money), ["统筹安排涉农资金"])
    }

    /// Since analysis version 30: 财政支持, 财政扶持 and 资助 name funds; an amount in 元 given by a grant verb (安排, 拨付,
    /// 下达, 给予, 奖励) commits funds, an amount alone still does not.
    func testFiscalSupportGrantsAndGivenAmountsAreFinancialSupport() {
        XCTAssertEqual(Self.spans("加大财政支持力度，对重点项目予以倾斜。", \.money), ["财政支持"])
        XCTAssertEqual(Self.spans("对新认定的省级示范企业，一次性给予100万元资助。", \.money), ["给予100万元资助"])
        XCTAssertEqual(Self.spans("省财政安排1亿元，用于支持工业互联网平台建设。", \.money), ["安排1亿元"])
        XCTAssertEqual(Self.spans("对获评的企业一次性奖励20万元。", \.money), ["奖励20万元"])
        XCTAssertEqual(Self.spans("省财政每年安排专项资金2000万元支持农村电商发展。", \.money), ["专项资金"])
        for s in ["加大政策支持力度，优化“互联网+”发展环境。", "鼓励社会力量捐资助学，发展“互联网+教育”。",
                  "全省安排重点建设项目120个，总投资超过500亿元。", "对年交易额超过1亿元的电商企业给予一次性奖励。",
                  "不得给予超过100万元的补偿。"] {
            XCTAssertEqual(Self.spans(s, \.money), [], s)
        }
    }

    /// Since analysis version 30: an amount of investment, scale or capital (安排…项目投资1000亿元) measures scale even after
    /// a grant verb; an amount after a funding pattern is one finding, not two.
    func testInvestmentAmountsAreScaleAndAFundIsFoundOnce() {
        XCTAssertEqual(Self.spans("全年安排省重点建设项目投资1000亿元。", \.money), [])
        XCTAssertEqual(Self.spans("省财政下达中央预算内资金2亿元。", \.money), ["下达中央预算内资金"])
        XCTAssertEqual(Self.spans("省财政每年安排引导资金5000万元。", \.money), ["安排引导资金"])
        // An amount before the money term that names it is one finding too (it gave "安排32亿元" and "专项资金").
        XCTAssertEqual(Self.spans("每年安排32亿元住房专项资金，支持数字林业交易平台建设。", \.money), ["安排32亿元住房专项资金"])
        XCTAssertEqual(Self.spans("给予最高50万元一次性补助。", \.money), ["给予最高50万元一次性补助"])
        XCTAssertEqual(Self.spans("安排1亿元，另设专项资金，用于中小企业融资。", \.money), ["安排1亿元", "专项资金"])
    }

    static var audits: [Audit] { [
        Audit(name: "vague measure", counts: plain([
            "积极探索“互联网+”现代农业新模式，推动农业生产经营方式转变。",
            "鼓励有条件的地区先行先试，形成可复制可推广的经验。",
            "大力发展跨境电子商务，培育外贸竞争新优势。",
            "加快推进5G网络规模部署，提升重点区域网络覆盖水平。",
            "推动4G网络向偏远农村地区延伸覆盖。",
            "引导龙头企业牵头组建产业技术创新联盟。",
            "支持企业加快技术改造，推动传统产业转型升级。",
            "进一步优化营商环境，激发市场主体活力。",
            "依托省电子商务公共服务平台，加强与省商务厅的信息对接。",
            "加强政策宣传和舆论引导，营造良好社会氛围。",
            "服务质量不低于同类线下服务水平。",
        ]), doesNotCount: plain([
            "省财政每年安排专项资金2000万元支持农村电商发展。",
            "由省发展改革委牵头，各市人民政府负责落实。",
            "到2020年底前完成全省行政村光纤宽带全覆盖。",
            "推进工业互联网平台建设，责任单位：省经济和信息化委、省通信管理局。",
            "2019年6月底前，各设区市完成政务服务事项网上办理清单梳理。",
            "对年交易额超过1亿元的电商企业给予一次性奖励。",
            "加大财政支持力度，对获评国家级示范基地的企业给予补助。",
            "省商务厅负责制定农村电商发展实施细则。",
            "各市人民政府要在2018年6月前出台具体实施方案。",
            "全省新建5G基站1万个。",
        ]), fires: Fires.vague),

        Audit(name: "quantified target", counts: plain([
            "全省电子商务交易额达到5000亿元。",
            "培育100家以上“互联网+”示范企业。",
            "全省行政村光纤覆盖率达到98%以上。",
            "新建4G基站2.5万个。",
            "创建五十个智慧社区示范点。",
            "农产品网络零售额年均增长20%以上。",
            "建成省级以上众创空间200个。",
            "城市家庭宽带接入能力提高到100M以上。",
            "规模以上工业企业数字化研发设计工具普及率提高3个百分点。",
            "每年培训农村电商人才1万人次。",
            "每个县建设不少于三家县级电商服务中心。",
        ]), doesNotCount: plain([
            "加快5G商用部署，推进5G网络在重点区域覆盖。",
            "推进4G网络深度覆盖和速率提升。",
            "推动全省工业互联网技术水平达到国内先进水平。",
            "根据《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）精神，制定本方案。",
            "建设“一张网、一朵云、一个平台”。",
            "实施“互联网+”十大专项行动。",
            "加快推进“十三五”规划重点项目建设。",
            "收费标准不得超过国家规定的上限。",
            "服务质量不低于同类线下服务水平。",
            "公布第2批省级电子商务示范企业名单。",
            "以2015年为基数，推动网络经济持续增长。",
        ]), fires: Fires.quantified),

        Audit(name: "responsible unit", counts: plain([
            "由省发展改革委牵头，各市人民政府负责落实。",
            "责任单位：省商务厅、省邮政管理局。",
            "推进“互联网+政务服务”（省政府办公厅牵头，省直各部门配合）。",
            "省农业农村厅负责制定农产品网络销售标准。",
            "各设区市人民政府负责组织实施，省商务厅负责统筹协调。",
            "牵头单位：省科技厅；配合单位：省财政厅。",
            "加快智慧交通建设（省交通运输厅、省公安厅按职责分工负责）。",
            "省通信管理局会同省经济和信息化委负责推进宽带提速降费。",
            "各级行业主管部门要加强对平台企业的指导。",
            "省大数据局具体负责全省政务数据共享平台的建设和运维。",
        ]), doesNotCount: plain([
            "支持龙头企业牵头组建产业技术创新联盟。",
            "鼓励高校、科研院所牵头承担国家重大科技项目。",
            "企业通过省政务服务网向省商务厅申报。",
            "平台经营者对平台内商品质量负责。",
            "严格执行《互联网信息服务管理办法》（国务院令第292号）。",
            "落实《关于深化“放管服”改革的实施意见》（省政府办公厅〔2017〕21号）要求。",
            "贯彻《国务院办公厅关于促进平台经济规范健康发展的指导意见》（国办发〔2019〕38号）。",
            "发挥行业协会（商会）桥梁纽带作用。",
            "各地要高度重视，切实抓好贯彻落实。",
            "按照网络安全法要求，落实网络运营者安全保护主体责任。",
        ]), fires: Fires.responsible),

        Audit(name: "deadline", counts: plain([
            "到2020年底前完成全省行政村4G网络全覆盖。",
            "2018年6月底前建成省级政务数据共享交换平台。",
            "力争于2019年实现全省县级以上医院远程医疗全覆盖。",
            "今年年底前出台“互联网+”行动实施细则。",
            "各地要在2017年9月底前报送实施方案。",
            "2020年前，实现城市家庭宽带接入能力达到100M。",
            "年内完成首批试点企业遴选工作。",
            "至2022年，全省工业互联网平台应用普及率达到30%。",
            "2021年底，全省建成5G基站3万个。",
            "各市要于2016年12月31日前完成平台对接。",
        ]), doesNotCount: plain([
            "截至2015年底，全省网民规模达到4000万人。",
            "以2015年为基数，力争全省网络零售额翻一番。",
            "在2015年基础上，农村网络零售额实现翻番。",
            "2015年，全省电子商务交易额增长35%。",
            "建立年度工作台账，定期通报工作进展情况。",
            "2016年以来，全省新建4G基站2万个。",
            "全省光纤用户数比2015年末增长1倍。",
            "截止到去年年底，全省已建成农村电商服务站点5000个。",
            "于2015年启动的“宽带乡村”工程取得明显成效。",
            "较2016年底翻一番，电子商务交易额突破万亿元。",
        ]), known: [
            "于2015年启动的“宽带乡村”工程取得明显成效。",
        ], fires: Fires.deadline),

        Audit(name: "financial support", counts: plain([
            "省财政每年安排专项资金2000万元支持农村电商发展。",
            "加大财政支持力度，对重点项目予以倾斜。",
            "对符合条件的跨境电商企业给予贷款贴息。",
            "设立省级“互联网+”产业投资基金，首期规模50亿元。",
            "省级财政资金对获评国家级示范县的给予一次性奖励。",
            "各市要统筹安排工业转型升级资金，支持企业上云用云。",
            "对中小企业购买云服务给予50%的费用补贴。",
            "鼓励金融机构为电商企业提供信用贷款。",
            "对新认定的省级示范企业，一次性给予100万元资助。",
            "省财政安排1亿元，用于支持工业互联网平台建设。",
            "补助资金专款专用，不得挪作他用。",
            "各地要统筹推进示范项目建设，并安排一定资金予以保障。",
            "统筹安排涉农资金，支持农村电商服务站点建设。",
            "对列入省级示范的项目，给予最高50万元奖励。",
            "省级财政拨付3000万元，用于农村电商服务站点建设。",
            "加大对跨境电商综合试验区建设的财政扶持。",
        ]), doesNotCount: plain([
            "到2020年，全省电子商务交易额达到5000亿元。",
            "带动社会投资300亿元，新增就业岗位5万个。",
            "清理规范各类招商引资优惠，不得以财政补贴方式变相返还税费。",
            "严厉打击以网络贷款为名的非法集资等违法行为。",
            "全省网络零售额突破1000亿元，同比增长30%。",
            "建立资金流、信息流、物流“三流合一”的电商平台。",
            "推动银行业金融机构发展网上贷款、移动支付等业务。",
            "统筹推进医保基金智能审核和监控系统建设。",
            "引导社会资本参与智慧城市建设。",
            "全省网络交易规模超过2万亿元。",
            "严厉打击骗取、套取财政补贴资金等违法行为。",
            "依法打击非法集资、套路贷款等违法金融活动。",
            "严禁违规设立各类政府投资基金。",
            "统筹城乡居民医疗保险基金管理，推进异地就医直接结算。",
            "支持商业银行开展互联网贷款业务。",
            "加大政策支持力度，优化“互联网+”发展环境。",
            "鼓励社会力量捐资助学，发展“互联网+教育”。",
            "全省安排重点建设项目120个，总投资超过500亿元。",
            "全年安排省重点建设项目投资1000亿元。",
        ]), fires: Fires.financialSupport),

        Audit(name: "quantified, dated goal", place: .goal, counts: plain([
            "到2020年，全省电子商务交易额突破1万亿元。",
            "到2018年底，全省4G网络覆盖率达到95%以上。",
            "2020年前，培育100个以上“互联网+”示范企业。",
            "至2025年，工业互联网平台连接设备超过500万台。",
            "力争到2019年，全省政务服务事项网上可办率达到90%。",
            "到2020年，建成五十个智慧城市示范点。",
            "到2022年底前，农村网络零售额年均增长20%以上。",
            "到2020年，规上企业数字化研发工具普及率提高5个百分点。",
            "到2021年，全省新建5G基站2万个。",
            "到2020年，全省网络零售额实现翻一番。",
        ]), doesNotCount: plain([
            "到2020年，“互联网+”成为经济社会创新发展的重要驱动力量。",
            "截至2015年底，全省网民达到3500万人。",
            "到2020年，率先建成覆盖全省的5G网络。",
            "全省电子商务交易额达到5000亿元。",
            "到2020年，全省信息技术创新能力达到国内先进水平。",
            "以2015年为基数，网络零售额年均增长15%。",
            "在2015年基础上，电子商务交易额翻一番。",
            "到2025年，全面实现产业数字化转型。",
            "到2020年，形成较为完善的政策体系和标准体系。",
            "到2020年，农村电商服务网络实现全覆盖。",
        ]), fires: Fires.quantifiedDatedGoal),

        Audit(name: "evaluation clause", counts: plain([
            "将“互联网+”重点任务完成情况纳入各市年度绩效考核。",
            "每年开展第三方评估，评估结果向社会公开。",
            "省政府督查室定期对各地落实情况开展专项督查。",
            "建立“互联网+”发展评价指标体系。",
            "适时对行动计划实施情况进行中期评估。",
            "将数字经济发展指标纳入市县综合考核。",
            "建立健全政策实施效果的跟踪评价机制。",
            "加强对重点项目建设进度的督导检查。",
            "建立“互联网+”行动运行监测和评估制度。",
            "对专项资金使用绩效进行评价。",
        ]), doesNotCount: plain([
            "开展网络安全风险评估，及时消除安全隐患。",
            "完善电子商务信用评价体系。",
            "建立数据出境安全评估制度。",
            "加强网络运行监测和应急处置。",
            "推动医疗机构开展远程会诊和健康评估服务。",
            "建立电商企业信用评价和分类监管制度。",
            "推动服务机构为中小企业开展数字化转型诊断评估。",
            "利用大数据改进学生综合素质评价。",
            "加强网络舆情监测和引导。",
            "支持第三方机构开展软件产品质量评测。",
        ]), fires: Fires.evaluation),

        Audit(name: "governance topic", counts: [
            ("加大对网络侵犯知识产权行为的打击力度。", "intellectualProperty"),
            ("建立“互联网+”知识产权保护协作机制。", "intellectualProperty"),
            ("加强数字版权保护，推进软件正版化。", "intellectualProperty"),
            ("建立健全数据安全管理制度，加强个人信息保护。", "data"),
            ("探索开展数据确权和交易试点。", "data"),
            ("对网约车等新业态坚持包容审慎监管原则。", "newBusiness"),
            ("制定共享单车规范管理办法。", "newBusiness"),
            ("主导或参与制定物联网国际标准和国家标准。", "standards"),
            ("推进智能制造标准体系建设。", "standards"),
            ("推动出台《省电子商务条例》。", "legal"),
            ("清理不适应“互联网+”发展的地方性法规和规章。", "legal"),
        ], doesNotCount: [
            ("利用大数据提升安全生产监管水平。", "data"),
            ("建设食品安全追溯大数据平台。", "data"),
            ("推进交通安全大数据应用。", "data"),
            ("按照每户200元的标准给予补助。", "standards"),
            ("降低宽带资费标准，推进网络提速降费。", "standards"),
            ("建设高标准农田物联网应用示范区。", "standards"),
            ("推进园区标准化厂房建设。", "standards"),
            ("发展互联网法律服务，推广在线法律咨询。", "legal"),
            ("培育壮大平台经济新业态。", "newBusiness"),
            ("加强政务数据开放共享。", "data"),
            ("各部门要依法依规履行职责。", "legal"),
        ], known: [
            "利用大数据提升安全生产监管水平。",
            "建设食品安全追溯大数据平台。",
            "推进交通安全大数据应用。",
            "推进园区标准化厂房建设。",
        ], fires: Fires.governance),

        Audit(name: "policy tool class", counts: [
            ("加强“互联网+”领域专业人才培养。", "supply"),
            ("加快农村宽带网络建设。", "supply"),
            ("支持企业开展关键技术研发。", "supply"),
            ("建设中小企业公共服务平台。", "supply"),
            ("落实高新技术企业所得税优惠政策。", "environment"),
            ("拓宽“互联网+”企业融资渠道。", "environment"),
            ("制定工业互联网平台评价标准。", "environment"),
            ("加强网络知识产权执法。", "environment"),
            ("扩大政府购买公共服务范围。", "demand"),
            ("开展智慧城市建设试点。", "demand"),
            ("支持跨境电子商务企业开拓海外市场。", "demand"),
        ], doesNotCount: [
            ("支持农产品新品种上市销售。", "environment"),
            ("受省政府委托，由省经济和信息化厅组织项目评审。", "demand"),
            ("推进政务外网统一互联网出口建设。", "demand"),
            ("推广电子签名和电子身份认证应用。", "environment"),
            ("培养市民网上办事习惯。", "supply"),
            ("防范境外网络攻击，保障关键信息基础设施安全。", "demand"),
            ("积极探索“互联网+”新模式。", "supply"),
            ("鼓励有条件的地区先行先试。", "demand"),
            ("各地要高度重视，切实抓好贯彻落实。", "supply"),
            ("按照每户200元的标准给予补助。", "environment"),
        ], known: [
            "培养市民网上办事习惯。",
            "防范境外网络攻击，保障关键信息基础设施安全。",
        ], fires: Fires.toolClass),

        Audit(name: "goal orientation", counts: [
            ("实施“互联网+”重大工程，集中力量推进一批重点项目。", "mission"),
            ("组织开展关键核心技术攻关。", "mission"),
            ("加快推进新型基础设施建设。", "mission"),
            ("实施一批省级重大专项。", "mission"),
            ("加快建设全省统一的政务云基础设施。", "mission"),
            ("依托行业协会开展企业家数字化培训。", "diffusion"),
            ("推动科技成果转化和技术转移。", "diffusion"),
            ("加快物联网技术在农业领域的推广应用。", "diffusion"),
            ("组建“互联网+”产业联盟，促进交流合作。", "diffusion"),
            ("为中小企业提供数字化转型咨询服务。", "diffusion"),
        ], doesNotCount: [
            ("全省固定宽带家庭普及率达到80%。", "diffusion"),
            ("按照每户200元的标准给予补助。", "diffusion"),
            ("降低宽带资费标准。", "diffusion"),
            ("不得以重大项目名义违规举债。", "mission"),
            ("积极探索“互联网+”新模式。", "mission"),
            ("鼓励有条件的地区先行先试。", "diffusion"),
            ("加强对重点工程资金使用的审计监督。", "mission"),
            ("推动4G网络向偏远农村地区延伸覆盖。", "mission"),
            ("加强政策宣传和舆论引导。", "diffusion"),
            ("优化营商环境，激发市场活力。", "mission"),
        ], known: [
            "加强对重点工程资金使用的审计监督。",
            "按照每户200元的标准给予补助。",
            "降低宽带资费标准。",
        ], fires: Fires.orientation),
    ] }
}

