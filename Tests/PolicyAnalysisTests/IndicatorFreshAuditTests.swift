import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// The fresh indicator audit (2026-12-06): a second set of sentences, written from the definitions in
/// docs/indicators.md alone, not from the extractor, the other tests or `IndicatorAuditTests`' sentences (25 that came
/// out close to one of those were reworded before the set was run); at least twelve that must count and twelve that
/// must not per indicator. Its
/// figures before any fix are the honest estimate of agreement that the first audit could not give (its faults
/// were fixed on the sentences that found them). Same harness as `IndicatorAuditTests`: `known` lists the
/// sentences still disagreeing, and the test fails when one of them starts to agree or any other disagrees.
final class IndicatorFreshAuditTests: XCTestCase {
    typealias Audit = IndicatorAuditTests.Audit
    typealias Fires = IndicatorAuditTests.Fires

    static func plain(_ sentences: [String]) -> [(String, String)] { IndicatorAuditTests.plain(sentences) }

    func testEveryIndicatorAgreesWithItsDefinitionExceptTheKnownLimits() {
        IndicatorAuditTests.check(Self.audits, atLeast: 12)
    }

    // MARK: Fixes from the fresh audit (the audit's sentences each rule fixed, and sentences guarding the rule)

    static func spans(_ sentence: String, _ kind: (MeasureAssessment) -> [TextSpan]) -> [String] {
        IndicatorAuditTests.spans(sentence, kind)
    }

    /// Since analysis version 33: a date neither after 到/至 nor before 前/内 is a baseline with 基础上/基数/相比 a few
    /// characters on, or with 已 later in the clause; the end of a five-year plan after 到/至 is a deadline.
    func testOpenDatesStatingABasisOrALevelReachedAreNotDeadlines() {
        for s in ["在2016年已有工作基础上，继续推进智慧城市建设。", "以2015年末数据为基数，测算各地宽带普及率增幅。",
                  "与2015年末相比，全省网民数量增长40%。", "2014年末，全省移动互联网用户已达到3800万户。"] {
            XCTAssertEqual(Self.spans(s, \.deadline), [], s)
        }
        XCTAssertTrue(IndicatorAuditTests.document("在2015年工作基础上，继续扩大试点范围。", .measure).1?.isVague ?? false)
        // 到/至 and 前/内 make a deadline whatever follows; 基础设施 is no basis.
        XCTAssertEqual(Self.spans("力争到2020年在现有基础上实现翻番。", \.deadline), ["到2020年"])
        XCTAssertEqual(Self.spans("2018年底前，已建成的系统全部迁移上云。", \.deadline), ["2018年底前"])
        XCTAssertEqual(Self.spans("2020年底信息基础设施全面升级。", \.deadline), ["2020年底"])
        XCTAssertEqual(Self.spans("到“十三五”末，全省互联网普及率达到75%。", \.deadline), ["到“十三五”末"])
        XCTAssertEqual(Self.spans("至十四五期末建成数字政府。", \.deadline), ["至十四五期末"])
        XCTAssertEqual(Self.spans("总结“十二五”时期信息化建设经验。", \.deadline), [])
    }

    /// Since analysis version 33: 十 on its own is a number (十家, 十亿元); 百, 千, 万 alone still are not (千家万户).
    func testTenInWordsIsANumber() {
        XCTAssertEqual(Self.spans("力争建成省级智慧园区十家。", \.quantified), ["十家"])
        XCTAssertEqual(Self.spans("打造年营业收入超十亿元的龙头企业。", \.quantified), ["十亿元"])
        XCTAssertEqual(Self.spans("让互联网服务进入千家万户。", \.quantified), [])
        XCTAssertEqual(Self.spans("推动三网融合，培育一批龙头企业。", \.quantified), [])
    }

    /// Since analysis version 33: a unit may end in 中心, be followed by 按职责分工 or 要 (up to two such words) before
    /// 负责/牵头, and 负总责 assigns a duty on its own; the 会 of 社会 ends no unit.
    func testUnitsMadeResponsibleInOtherWords() {
        XCTAssertEqual(Self.spans("省大数据中心具体负责全省政务数据汇聚治理。", \.responsible), ["省大数据中心具体负责"])
        XCTAssertEqual(Self.spans("省文化和旅游厅、省文物局按职责分工负责。", \.responsible), ["省文物局按职责分工负责"])
        XCTAssertEqual(Self.spans("省人力资源社会保障厅要牵头制定互联网从业人员职业技能标准。", \.responsible),
                       ["省人力资源社会保障厅要牵头"])
        XCTAssertEqual(Self.spans("各市州政府对本地区“互联网+”行动实施负总责。", \.responsible), ["负总责"])
        for s in ["营造全社会共同负责、共同参与的网络安全氛围。", "企业要主动承担社会责任，对社会负责。", "企业主要负责人要亲自抓。"] {
            XCTAssertEqual(Self.spans(s, \.responsible), [], s)
        }
    }

    /// Since analysis version 33: 列入/纳入…预算 and 安排…经费 commit funds; a loan company and a housing provident
    /// fund loan are a business and a service, not support.
    func testBudgetedCostsAreFundsAndLoanFirmsAreNot() {
        XCTAssertEqual(Self.spans("市县财政要将电子政务运维经费列入年度预算，予以保障。", \.money), ["列入年度预算"])
        XCTAssertEqual(Self.spans("各地要安排必要的工作经费。", \.money), ["安排必要的工作经费"])
        XCTAssertEqual(Self.spans("安排中央预算内投资1亿元，支持宽带网络建设。", \.money), ["安排中央预算内投资"])
        for s in ["规范发展网络小额贷款公司，防范金融风险。", "推行住房公积金贷款网上审批。", "将信息化项目纳入预算绩效管理。",
                  "将电子商务纳入政府采购范围。"] {
            XCTAssertEqual(Self.spans(s, \.money), [], s)
        }
        XCTAssertEqual(Self.spans("推动农村商业银行为农户网店提供小额信用贷款。", \.money), ["贷款"])
    }

    /// The governance topics found in a sentence as a measure.
    static func topics(_ sentence: String) -> [GovernanceTopic] {
        IndicatorAuditTests.document(sentence, .measure).0.governance.keys.sorted()
    }

    /// Since analysis version 33: 标准 as a rate (元的标准, 资费标准), legal services (法律服务, 法律顾问) and 商标 across
    /// 电商标准 are not governance; 个人信息 is data on its own; implementing rules (细则, 管理规定) regulate; 考评 is
    /// evaluation.
    func testRatesLegalServicesAndWordBoundariesAreNotGovernance() {
        XCTAssertEqual(Self.topics("对参训人员按每人不超过1500元的标准给予培训补助。"), [])
        XCTAssertEqual(Self.topics("降低中小企业宽带资费标准。"), [])
        XCTAssertEqual(Self.topics("建设覆盖城乡的公共法律服务网络平台。"), [])
        XCTAssertEqual(Self.topics("推行政府法律顾问网上咨询制度。"), [])
        XCTAssertEqual(Self.topics("加快制定农村电商标准体系。"), [.standards])
        XCTAssertEqual(Self.topics("加强电商商标保护。"), [.intellectualProperty])
        XCTAssertEqual(Self.topics("加强对用户个人信息的保护，严厉打击非法收集和买卖行为。"), [.data])
        XCTAssertEqual(Self.topics("制定网约车经营服务管理实施细则。"), [.newBusiness])
        XCTAssertEqual(Self.topics("加快制定电子商务法律法规。"), [.legal])
        XCTAssertFalse(IndicatorAuditTests.document("将“互联网+政务服务”工作纳入政府目标责任考评。", .measure).0.evaluation.isEmpty)
    }

    /// (mission clauses, diffusion clauses) of a sentence as a measure.
    static func orientation(_ sentence: String) -> (Int, Int) {
        let d = IndicatorAuditTests.document(sentence, .measure).0
        return (d.missionClauses, d.diffusionClauses)
    }

    /// Since analysis version 33: an orientation term before 率 is a rate, and one after a prohibition or warning in the
    /// same phrase (防止, 避免, 不得…) is denied; money after 防止/避免 is denied too.
    func testRatesAndDeniedTermsAreNoOrientation() {
        for s in ["全省中小学校多媒体教室普及率达到百分之百。", "严格控制数据中心项目用能，防止一哄而上搞基础设施建设。",
                  "防止重复建设，避免在重大项目上盲目投资。"] {
            XCTAssert(Self.orientation(s) == (0, 0), s)
        }
        XCTAssert(Self.orientation("组织实施重大项目，防止重复建设。") == (1, 0))
        XCTAssert(Self.orientation("面向农村普及电子商务应用知识。") == (0, 1))
        XCTAssertEqual(Self.spans("加强监管，防止专项资金被挤占挪用。", \.money), [])
        XCTAssertEqual(Self.spans("设立专项资金，防止企业因疫情断链。", \.money), ["专项资金"])
    }

    static var audits: [Audit] { [
        Audit(name: "vague measure", counts: plain([
            "深入推进“互联网+”政务服务，不断提升群众办事便利度。",
            "鼓励传统零售企业运用互联网技术改造经营模式。",
            "引导金融机构创新适合互联网企业特点的金融产品。",
            "支持有条件的医院开展远程医疗服务。",
            "探索建立适应“互联网+”发展的新型监管方式。",
            "推动制造企业与互联网企业跨界融合，培育一批智能制造新模式。",
            "各地要结合实际，认真抓好贯彻落实。",
            "积极发展在线教育，促进优质教育资源共建共享。",
            "完善城乡物流配送网络，提高末端配送效率。",
            "加强对企业负责人的网络安全培训。",
            "鼓励民间资本参与建设运营城市停车、充电等信息平台。",
            "在2015年工作基础上，继续扩大试点范围。",
            "推进5G网络在工业园区的应用。",
        ]), doesNotCount: plain([
            "到2018年底，全省二级以上医院全部接入远程医疗网络。",
            "省财政每年安排2000万元，对获评示范平台的企业给予奖励。",
            "由省通信管理局牵头，加快推进农村移动网络覆盖。",
            "培育年交易额超百亿元的电子商务平台5家。",
            "2017年6月底前，省级部门政务服务事项全部实现网上办理。",
            "全省建设100个农村电商服务站点。",
            "对新认定的省级工业互联网平台给予一次性50万元补助。",
            "各设区市人民政府负责本地区项目的组织实施。",
            "推动全省中小企业电子商务应用比例提高到60%。",
            "建立电子商务进农村工作推进机制（牵头单位：省商务厅；配合单位：省财政厅）。",
            "年内完成省级数据共享交换平台与国家平台对接。",
            "设立规模10亿元的“互联网+”产业引导基金。",
            "统筹利用中小企业发展专项资金，支持企业上云用云。",
        ]), fires: Fires.vague),

        Audit(name: "quantified target", counts: plain([
            "新增农村电商服务网点2000个。",
            "全省软件和信息服务业收入年均增长15%以上。",
            "力争建成省级智慧园区十家。",
            "跨境电子商务交易额实现翻一番。",
            "重点行业骨干企业上云比例达到百分之六十。",
            "为返乡创业青年提供电商实操培训5万人次。",
            "带动就业人数不少于三万人。",
            "政务服务事项网上可办率不低于90%。",
            "固定宽带家庭平均接入速率提升至100Mbps。",
            "物流费用占地区生产总值比重下降2个百分点。",
            "打造年营业收入超过十亿元的龙头企业20家。",
            "建成5G基站1.2万座。",
            "城市光纤到户覆盖家庭达到1500万户。",
        ]), doesNotCount: plain([
            "推进5G网络在重点园区的深度覆盖。",
            "公布第三批“互联网+”示范企业名单。",
            "工业互联网发展水平达到全国前列。",
            "贯彻落实省政府《关于加快发展数字经济的实施意见》（省政发〔2018〕12号）。",
            "推动IPv6规模部署，加快下一代互联网演进升级。",
            "推进政务服务“一张网”建设，实现一站式服务。",
            "加快推进三网融合，促进广电网络双向化改造。",
            "依据《网络安全法》第二十一条，落实网络安全等级保护制度。",
            "推动互联网数据中心能效达到国际先进水平。",
            "在2015年基础上继续扩大农村宽带覆盖范围。",
            "支持开展第二代居民身份证网上核验应用。",
            "深化“放管服”改革，推进“多证合一、一照一码”。",
            "推动两化深度融合，提升企业信息化水平。",
        ]), fires: Fires.quantified),

        Audit(name: "responsible unit", counts: plain([
            "加快推进工业互联网标识解析节点建设（省工业和信息化厅牵头，省通信管理局配合）。",
            "由省市场监管局负责建立网络交易监管平台。",
            "省大数据中心具体负责全省政务数据汇聚治理。",
            "各县（市、区）人民政府分别负责辖区内农村电商服务站点建设。",
            "责任部门：省卫生健康委、省医保局。",
            "省教育厅会同省财政厅负责推进“互联网+教育”示范校建设。",
            "推进“互联网+”现代农业（牵头部门：省农业农村厅）。",
            "省政府办公厅统一负责政务服务平台的规划和建设。",
            "各市州政府对本地区“互联网+”行动实施负总责。",
            "此项工作由省发展改革委牵头组织实施。",
            "省文化和旅游厅、省文物局按职责分工负责。",
            "明确省交通运输厅为智慧交通建设的主管部门。",
            "省人力资源社会保障厅要牵头制定互联网从业人员职业技能标准。",
        ]), doesNotCount: plain([
            "支持科研院所牵头开展关键共性技术攻关。",
            "网约车平台公司应承担承运人责任，对乘客安全负责。",
            "加强与国家发展改革委、工业和信息化部的沟通衔接，争取更多试点落地。",
            "认真贯彻省政府办公厅《关于加快农村寄递物流体系建设的通知》（省政办发〔2021〕5号）精神。",
            "支持省社会科学院开展“互联网+”政策研究。",
            "企业法定代表人是本单位网络安全第一责任人。",
            "落实网络平台主体责任，健全消费投诉处理机制。",
            "鼓励行业协会负责组织会员企业开展信用承诺。",
            "营造全社会共同负责、共同参与的网络安全氛围。",
            "引导网民文明上网，自觉对个人言行负责。",
            "对照国家部委考核要求，查找工作中的薄弱环节。",
            "企业应明确网络安全负责人和管理机构。",
            "有关单位要高度重视，抓好落实。",
        ]), known: [
            "鼓励行业协会负责组织会员企业开展信用承诺。",
        ], fires: Fires.responsible),

        Audit(name: "deadline", counts: plain([
            "2017年底前，实现省市县三级政务服务平台互联互通。",
            "到2020年，全省二级以上公立医院全部开展预约诊疗服务。",
            "力争年内完成首批智慧社区试点建设。",
            "2016年9月底前出台实施细则。",
            "于2018年6月前完成全省电子证照库建设。",
            "在2019年内建成省级工业互联网公共服务平台。",
            "2020年前基本实现城乡宽带网络全覆盖。",
            "对存在安全隐患的政府网站，责令限期整改。",
            "各项任务须在今年第三季度完成。",
            "2016至2018年，分三批建设农村物流配送中心。",
            "按期完成国家下达的电信普遍服务试点任务。",
            "至2025年末，全面建成数字政府。",
            "3年内实现规模以上企业上云全覆盖。",
        ]), doesNotCount: plain([
            "截至2016年底，全省已有各类电商园区46个。",
            "与2015年末相比，全省网民数量增长40%。",
            "2015年，全省快递业务量完成8.6亿件。",
            "自2014年起，我省持续开展电子商务进农村综合示范。",
            "在2016年已有工作基础上，继续推进智慧城市建设。",
            "建立健全按年度考核的工作推进机制。",
            "我省于2015年被列为国家信息消费试点省。",
            "全省网络零售额占社会消费品零售总额比重较2017年底提高10个百分点。",
            "全面清理2010年前出台的与互联网发展不相适应的规范性文件。",
            "以2015年末数据为基数，测算各地宽带普及率增幅。",
            "延续2017年底到期的宽带接入补贴政策。",
            "落实国务院2015年印发的“互联网+”行动指导意见。",
            "总结“十二五”时期信息化建设经验。",
        ]), known: [
            "各项任务须在今年第三季度完成。",
            "我省于2015年被列为国家信息消费试点省。",
            "全面清理2010年前出台的与互联网发展不相适应的规范性文件。",
            "延续2017年底到期的宽带接入补贴政策。",
        ], fires: Fires.deadline),

        Audit(name: "financial support", counts: plain([
            "省级财政每年安排3000万元，用于支持“互联网+”创新创业项目。",
            "对认定的省级跨境电子商务产业园，给予200万元一次性奖励。",
            "设立省级大数据产业发展基金，引导社会资本共同投入。",
            "对企业购买云服务的费用，按实际发生额的30%予以补助。",
            "推动农村商业银行为农户网店提供小额信用贷款。",
            "对企业技术改造项目的银行贷款，按贷款市场报价利率的50%给予贴息。",
            "通过以奖代补方式支持农村电商服务体系建设。",
            "省财政下达专项资金1.5亿元，支持智慧城市试点。",
            "将“互联网+”重点项目纳入省级财政资金支持范围。",
            "落实国家小微企业融资担保降费奖补政策。",
            "对新建5G基站的电费给予适当补贴。",
            "市县财政要将电子政务运维经费列入年度预算，予以保障。",
            "统筹使用工业转型升级资金，重点支持企业数字化改造。",
            "对首次通过贯标认证的企业，由省财政给予每家10万元资助。",
        ]), doesNotCount: plain([
            "力争全省信息消费规模达到3000亿元。",
            "吸引社会资本投资智慧城市项目超过500亿元。",
            "加大对“互联网+”创新企业的政策扶持力度。",
            "不得将专项资金用于楼堂馆所建设。",
            "严厉查处通过互联网骗取财政补助的行为。",
            "规范发展网络小额贷款公司，防范金融风险。",
            "推行住房公积金贷款网上审批。",
            "建立涉农补贴资金网上公示制度。",
            "引导创业投资机构投向初创期互联网企业。",
            "2015年，全省共落实各类扶持资金12亿元。",
            "不再对传统网站建设项目安排专项资金。",
            "企业应加大网络安全投入，确保资金到位。",
            "支持企业利用互联网平台开展资金结算和供应链管理。",
        ]), known: [
            "建立涉农补贴资金网上公示制度。",
            "2015年，全省共落实各类扶持资金12亿元。",
        ], fires: Fires.financialSupport),

        Audit(name: "quantified, dated goal", place: .goal, counts: plain([
            "到2020年，全省数字创意产业营业收入突破800亿元。",
            "2018年底前，重点工业企业上云数量达到1万家。",
            "到2025年，数字经济增加值占地区生产总值比重达到50%。",
            "至2020年末，农村宽带接入能力普遍达到50Mbps。",
            "到2020年，培育十家以上年营收超十亿元的平台企业。",
            "2019年内，政务服务事项网上可办率不低于百分之八十。",
            "力争到2022年，跨境电子商务进出口额比2017年翻一番。",
            "到2020年，城市和农村家庭宽带普及率分别达到90%和70%。",
            "到2018年，建成覆盖全省的冷链物流信息平台3个以上。",
            "3年内全省新增电商企业1000家。",
            "到“十三五”末，全省互联网普及率达到75%。",
            "到2020年底，全省5G用户数突破800万户。",
            "到2020年累计培训电商人才4万人次。",
        ]), doesNotCount: plain([
            "到2020年，基本形成网络化、智能化、服务化的产业生态。",
            "截至2016年底，全省电商从业人员已超过120万人。",
            "电子商务交易额年均增长25%以上。",
            "到2020年，信息化发展水平位居全国前列。",
            "到2020年，建成一批具有全国影响力的互联网平台。",
            "在2015年基础上，物流信息化水平显著提升。",
            "到2020年，实现4G网络城乡全覆盖。",
            "2015年全省信息消费规模达到2500亿元。",
            "与2015年末相比，农村网民增加300万人。",
            "力争第二批国家级示范城市申报成功。",
            "到2020年，力争进入国家“宽带中国”示范城市行列。",
            "到2025年，数字化转型成为全省产业升级的主要途径。",
            "2014年末，全省移动互联网用户已达到3800万户。",
        ]), fires: Fires.quantifiedDatedGoal),

        Audit(name: "evaluation clause", counts: plain([
            "将“互联网+”行动实施情况纳入各级政府年度目标考核。",
            "省委省政府督查部门将重点任务落实情况列入年度督查计划。",
            "引入高校智库等独立力量，对本方案落实成效作出评估。",
            "构建数字政府建设成效监测评估机制，按季度发布评估结果。",
            "各牵头部门每半年报送一次工作进展，由省发展改革委汇总通报。",
            "对工作成效显著的地区给予通报表扬，对进展缓慢的进行约谈问责。",
            "建立科学合理的绩效评价机制，强化结果运用。",
            "开展行动计划实施中期评估，及时调整优化任务。",
            "加强对重点项目实施情况的跟踪督导。",
            "建立健全电子政务项目绩效考评制度。",
            "研究制定全省数字经济统计监测指标体系。",
            "对财政支持的信息化项目实行绩效目标管理，项目完成后开展效果评价。",
            "将“互联网+政务服务”工作纳入政府目标责任考评。",
        ]), doesNotCount: plain([
            "开展关键信息基础设施安全检查和风险评估。",
            "开展农产品质量等级评价和品牌认证。",
            "推广应用在线学习评价系统，提升学生综合能力。",
            "支持互联网医院开展远程会诊和病情评估。",
            "鼓励发展第三方检测、评估认证等科技服务业。",
            "加强电力系统运行监测和故障预警。",
            "建立用户对网购商品的评价反馈机制。",
            "探索互联网企业员工股权激励和绩效分配机制。",
            "推行建设项目环境影响评价网上审批。",
            "支持金融机构利用大数据开展信贷风险评估。",
            "开展网络安全等级保护测评。",
            "完善土地、房产等资产评估的在线服务。",
            "加强空气质量监测评估和预报预警。",
        ]), known: [
            "各牵头部门每半年报送一次工作进展，由省发展改革委汇总通报。",
            "对工作成效显著的地区给予通报表扬，对进展缓慢的进行约谈问责。",
            "开展农产品质量等级评价和品牌认证。",
            "推广应用在线学习评价系统，提升学生综合能力。",
            "支持互联网医院开展远程会诊和病情评估。",
            "鼓励发展第三方检测、评估认证等科技服务业。",
            "加强电力系统运行监测和故障预警。",
            "建立用户对网购商品的评价反馈机制。",
            "探索互联网企业员工股权激励和绩效分配机制。",
            "推行建设项目环境影响评价网上审批。",
            "加强空气质量监测评估和预报预警。",
        ], fires: Fires.evaluation),

        Audit(name: "governance topic", counts: [
            ("建立电子商务领域侵权假冒快速处置机制，强化商标保护。", "intellectualProperty"),
            ("支持企业围绕物联网核心技术开展专利布局。", "intellectualProperty"),
            ("加强网络文学、网络音乐等数字作品的版权保护。", "intellectualProperty"),
            ("制定公共数据开放分级分类管理办法，保护个人隐私。", "data"),
            ("研究制定公共数据授权运营和数据产权登记办法。", "data"),
            ("落实数据安全保护责任，防止重要数据泄露。", "data"),
            ("加强对用户个人信息的保护，严厉打击非法收集和买卖行为。", "data"),
            ("对网络直播、在线外卖等新业态建立包容审慎的监管规则。", "newBusiness"),
            ("制定网约车经营服务管理实施细则。", "newBusiness"),
            ("加强对互联网平台企业的反垄断监管，防止资本无序扩张。", "newBusiness"),
            ("推动制定智能家居互联互通国家标准。", "standards"),
            ("支持企业主导或参与国际标准制定。", "standards"),
            ("适时修改我省信息化促进条例，为数据流通提供法律依据。", "legal"),
            ("研究起草公共数据管理地方立法。", "legal"),
        ], doesNotCount: [
            ("加快制定农村电商标准体系。", "intellectualProperty"),
            ("推进专业市场线上线下融合发展。", "intellectualProperty"),
            ("依托大数据平台开展校园安全隐患排查。", "data"),
            ("运用大数据提升社会治安防控和公共安全水平。", "data"),
            ("推进数据中心绿色化改造，降低能耗。", "data"),
            ("大力发展共享经济，支持互联网平台拓展服务领域。", "newBusiness"),
            ("引导企业运用互联网平台规范内部财务管理流程。", "newBusiness"),
            ("培育在线教育、远程医疗等新模式，扩大优质服务供给。", "newBusiness"),
            ("对参训人员按每人不超过1500元的标准给予培训补助。", "standards"),
            ("推进高标准农田建设与智慧农业融合。", "standards"),
            ("依法依规推进政务数据共享。", "legal"),
            ("建设覆盖城乡的公共法律服务网络平台。", "legal"),
            ("推行政府法律顾问网上咨询制度。", "legal"),
        ], known: [
            "依托大数据平台开展校园安全隐患排查。",
            "运用大数据提升社会治安防控和公共安全水平。",
            "引导企业运用互联网平台规范内部财务管理流程。",
        ], fires: Fires.governance),

        Audit(name: "policy tool class", counts: [
            ("支持高校开设大数据、人工智能相关专业，培养紧缺人才。", "supply"),
            ("依托省产业技术研究院建设共性技术研发平台。", "supply"),
            ("加快新一代移动通信网络和光纤宽带建设。", "supply"),
            ("省财政设立专项资金支持企业开展数字化改造。", "supply"),
            ("对认定的高新技术企业减按15%的税率征收企业所得税。", "environment"),
            ("鼓励银行为互联网创业企业开发知识产权质押融资产品。", "environment"),
            ("制定出台网络交易监督管理办法。", "environment"),
            ("编制全省“互联网+”产业发展规划。", "environment"),
            ("将云计算服务纳入政府采购目录，优先采购本地企业产品。", "demand"),
            ("选择基础较好的县开展电子商务进农村综合示范。", "demand"),
            ("向城乡居民发放信息消费券，鼓励购买智能终端。", "demand"),
            ("组织企业参加境外展会，拓展“一带一路”沿线市场。", "demand"),
            ("通过政府购买服务方式委托专业机构运营政务平台。", "demand"),
        ], doesNotCount: [
            ("推行电子招标投标，实现招投标全流程在线办理。", "demand"),
            ("严防境外不良信息通过网络渗透传播。", "demand"),
            ("推动上市公司运用互联网改造传统业务。", "environment"),
            ("开展网络安全宣传周活动，普及网络安全知识。", "supply"),
            ("按规定做好项目申报、评审和公示工作。", "demand"),
            ("严格落实财政资金使用管理规定，防止截留挪用。", "supply"),
            ("组织党员干部收看网络安全警示教育片。", "supply"),
            ("鼓励市民使用手机银行缴纳水电燃气费。", "environment"),
            ("简化高新技术企业认定程序，实行网上申报。", "demand"),
            ("各地要加强领导，明确分工，确保各项任务落到实处。", "environment"),
            ("对违规收取宽带接入费用的行为依法查处。", "demand"),
            ("强化科技计划项目经费使用的审计监督。", "supply"),
        ], known: [
            "严防境外不良信息通过网络渗透传播。",
            "推动上市公司运用互联网改造传统业务。",
            "严格落实财政资金使用管理规定，防止截留挪用。",
        ], fires: Fires.toolClass),

        Audit(name: "goal orientation", counts: [
            ("组织实施工业互联网创新发展重大工程。", "mission"),
            ("集中力量攻克高端芯片等关键核心技术。", "mission"),
            ("加快5G、数据中心等新型基础设施建设。", "mission"),
            ("争取国家专项支持，布局建设量子通信骨干网。", "mission"),
            ("统一部署全省政务云平台建设。", "mission"),
            ("前瞻布局人工智能、区块链等前沿技术研发。", "mission"),
            ("支持行业协会组织企业开展数字化转型经验交流。", "diffusion"),
            ("依托高校和科研院所开展面向中小企业的技术培训。", "diffusion"),
            ("推动科技成果在本地转化和产业化。", "diffusion"),
            ("面向农村普及电子商务应用知识。", "diffusion"),
            ("建立产学研用协同创新联盟，促进技术扩散。", "diffusion"),
            ("鼓励龙头企业向中小企业开放平台能力，带动上下游企业上云。", "diffusion"),
            ("推广应用一批成熟适用的工业APP。", "diffusion"),
        ], doesNotCount: [
            ("全省中小学校多媒体教室普及率达到百分之百。", "diffusion"),
            ("推进标准地址库建设，提升地理信息服务能力。", "diffusion"),
            ("加强新闻出版行业协会自身建设。", "diffusion"),
            ("开展食品安全标准执行情况监督检查。", "diffusion"),
            ("规范校外培训机构线上收费行为。", "diffusion"),
            ("清理规范各类产业联盟的收费项目。", "diffusion"),
            ("加强关键信息基础设施安全防护，防范网络攻击。", "mission"),
            ("开展重点工程领域招投标突出问题专项整治。", "mission"),
            ("开展信息技术咨询服务企业登记备案。", "diffusion"),
            ("严格控制数据中心项目用能，防止一哄而上搞基础设施建设。", "mission"),
            ("防汛期间集中力量抢修受损通信线路。", "mission"),
            ("积极营造全社会关心支持“互联网+”发展的良好氛围。", "mission"),
            ("防止重复建设，避免在重大项目上盲目投资。", "mission"),
        ], known: [
            "推动科技成果在本地转化和产业化。",
            "鼓励龙头企业向中小企业开放平台能力，带动上下游企业上云。",
            "推进标准地址库建设，提升地理信息服务能力。",
            "加强新闻出版行业协会自身建设。",
            "开展食品安全标准执行情况监督检查。",
            "规范校外培训机构线上收费行为。",
            "清理规范各类产业联盟的收费项目。",
            "开展重点工程领域招投标突出问题专项整治。",
            "开展信息技术咨询服务企业登记备案。",
            "防汛期间集中力量抢修受损通信线路。",
        ], fires: Fires.orientation),
    ] }
}
