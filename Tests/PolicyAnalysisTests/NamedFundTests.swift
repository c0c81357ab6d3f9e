import XCTest
@testable import PolicyAnalysis

/// Since analysis version 56: a measure that names the public fund it is paid from (利用工业转型升级资金，支持…,
/// 通过省级服务业发展引导资金予以扶持) commits funds without an amount or a verb like 安排/设立; 资金 that names no
/// fund (资金流, 资金监管, 引导社会资金投入) does not (docs/indicators.md, *Financial support*, "Named funds").
/// Sentences written for this rule in the style of provincial implementation opinions, run through the real
/// extractor as one-clause documents by the audit's harness.
final class NamedFundTests: XCTestCase {
    /// Sentence and the money span expected: the fund's name (with a money term right after it, that term too).
    static let counts: [(String, String)] = [
        ("利用工业转型升级资金，支持企业开展智能化改造和上云用云。", "工业转型升级资金"),
        // Counted before version 56 too, by 专项资金 (the span is that term).
        ("统筹用好省级信息化专项资金，支持全省政务云平台建设。", "专项资金"),
        ("对符合条件的“互联网+”示范项目，从中小企业发展专项资金中给予支持。", "专项资金"),
        ("对新认定的省级跨境电商产业园，通过省级服务业发展引导资金予以扶持。", "省级服务业发展引导资金"),
        ("省级电子商务发展资金重点支持农村电商公共服务体系建设。", "省级电子商务发展资金"),
        ("积极争取国家中小企业发展基金对我省互联网创业企业的投资。", "国家中小企业发展基金"),
        ("依托省级工业和信息化发展资金，对工业互联网标杆项目给予支持。", "省级工业和信息化发展资金"),
        ("市服务业发展引导资金向智慧物流项目倾斜。", "市服务业发展引导资金"),
        ("运用技术改造资金，支持传统制造企业实施数字化改造。", "技术改造资金"),
        ("中央财政服务业发展资金优先支持电子商务进农村综合示范县。", "中央财政服务业发展资金"),
        ("从省外经贸发展资金中安排部分，支持跨境电商海外仓建设。", "省外经贸发展资金"),
        ("整合各级财政性资金，集中支持“互联网+政务服务”平台建设。", "各级财政性资金"),
        // The money term 资金支持 right after the name is one finding with it.
        ("利用工业转型升级资金支持企业建设工业互联网平台。", "工业转型升级资金支持"),
        ("发挥国家制造业转型升级基金引导作用，带动社会资本投向智能制造。", "国家制造业转型升级基金"),
        ("用足用好省级现代服务业发展资金，支持“互联网+”服务业示范项目。", "省级现代服务业发展资金"),
        ("由省级文化产业发展资金对数字文化创意项目予以扶持。", "省级文化产业发展资金"),
        ("借助省级科技创新基金，支持“互联网+”领域科技型中小企业研发。", "省级科技创新基金"),
        ("利用农业综合开发资金，支持农产品冷链物流和电商设施建设。", "农业综合开发资金"),
        ("省级人才发展资金对引进的“互联网+”领军人才给予奖励。", "省级人才发展资金"),
    ]

    /// 资金 or 基金 that is no public fund used for the measure: flows and chains, supervision and rules of use,
    /// private or bank money, firms' needs, a fund named after a prohibition or a crime, 引导 as a verb, a
    /// foundation.
    static let doesNotCount: [String] = [
        "加快资金流、信息流、物流融合，发展供应链金融。",
        "帮助中小企业解决资金链断裂等突出问题。",
        "加强资金监管，确保专款专用。",
        "推动网络借贷平台实行资金存管，防范互联网金融风险。",
        "引导社会资金投入互联网基础设施建设。",
        "鼓励民间资金通过多种模式参与智慧城市建设。",
        "满足小微企业发展资金需求，拓宽融资渠道。",
        "缓解电商企业发展资金压力。",
        "支持企业利用资本市场募集资金，扩大直接融资。",
        "加强对省级电子商务发展资金使用情况的审计监督。",
        "积极引导资金投向“互联网+”重点领域。",
        "严禁挤占挪用工业转型升级资金。",
        "对骗取省级服务业发展引导资金的企业依法追究责任。",
        "推进互联网金融企业建立客户资金第三方存管制度。",
        "提高资金使用效率，防范资金风险。",
        "支持第三方支付机构开展跨境资金结算业务。",
        "探索建立互联网企业发展资金互助机制。",
        "企业要加大自有资金投入，提升信息化水平。",
        "加快发展资金密集型的数据中心产业。",
        "修订省级服务业发展引导资金管理办法，规范资金使用。",
        // A foundation is no fund (扶贫 names funds, 基金会 a charity).
        "依托中国扶贫基金会开展电商扶贫公益项目。",
    ]

    func testNamedFundsCommitFundsAndOtherMoneyDoesNot() {
        IndicatorAuditTests.check([IndicatorAuditTests.Audit(
            name: "named fund", counts: IndicatorAuditTests.plain(Self.counts.map(\.0)),
            doesNotCount: IndicatorAuditTests.plain(Self.doesNotCount), fires: IndicatorAuditTests.Fires.financialSupport)],
            atLeast: 15)
    }

    /// A second set, written after the rule was implemented and run as written: 8/12 and 10/12 then (missed 经费, a long
    /// name, 扶贫资金, 县级整合的涉农资金; counted 筹集发展资金, 省级发展资金绩效评价). 扶贫, 涉农 (purposes public funds are
    /// named by) and 绩效 (the fund evaluated) were added after that run, so the figures since are not independent.
    /// `known`: where it still disagrees (docs/indicators.md, named funds' limits).
    static var second: IndicatorAuditTests.Audit { IndicatorAuditTests.Audit(name: "named fund (second set)", counts: IndicatorAuditTests.plain([
        "充分发挥省级信息产业发展基金作用，支持物联网和云计算企业做大做强。",
        "市级科技计划资金优先支持“互联网+”协同制造项目。",
        "在省级商务发展资金中统筹安排，支持电商企业开拓海外市场。",
        "利用旅游发展基金支持智慧旅游景区建设。",
        "省级工业和信息化专项引导资金向工业互联网平台倾斜。",
        "省科技厅利用重大科技专项经费支持大数据关键技术研发。",
        "中央财政电子商务进农村综合示范资金重点用于农村物流体系建设。",
        "各地要用好扶贫资金，支持贫困村电商服务站点建设。",
        "积极争取中央预算内资金，加快农村宽带网络建设。",
        "用好省级战略性新兴产业创业投资引导资金，带动社会资本投向大数据企业。",
        "县级整合的涉农资金可用于农村电商服务站点建设。",
        "依托省级文化产业发展资金，支持网络文学和动漫游戏精品创作。",
    ]), doesNotCount: IndicatorAuditTests.plain([
        "引导金融机构加大信贷资金投放。",
        "规范发展第三方支付，保障客户资金安全。",
        "防范互联网金融平台资金池风险。",
        "推动供应链金融发展，缓解上下游企业资金周转困难。",
        "加强政府投资项目资金审计。",
        "吸引风险投资基金投向我省互联网初创企业。",
        "支持互联网企业通过发行债券筹集发展资金。",
        "建立健全省级发展资金绩效评价制度。",
        "鼓励企业加大研发资金投入。",
        "引导养老服务机构运用互联网手段提高资金使用效益。",
        "发挥市场在资金配置中的决定性作用。",
        "推动银行与互联网企业合作开展资金清算服务。",
    ]), known: [
        // 经费 is no fund noun of the rule; a name of 14 characters without a tail word is longer than a level reaches.
        "省科技厅利用重大科技专项经费支持大数据关键技术研发。",
        "中央财政电子商务进农村综合示范资金重点用于农村物流体系建设。",
        // 筹集…资金 is the funding pattern (version 30): a firm raising its own money reads as funds committed.
        "支持互联网企业通过发行债券筹集发展资金。",
    ], fires: IndicatorAuditTests.Fires.financialSupport) }

    func testSecondSet() {
        IndicatorAuditTests.check([Self.second], atLeast: 12)
    }

    /// The evidence covers the fund's name, not only 资金.
    func testTheEvidenceIsTheFundsName() {
        for (s, span) in Self.counts {
            XCTAssertEqual(IndicatorAuditTests.spans(s, \.money), [span], s)
        }
    }

    /// A named fund after an amount a grant verb gives is not found a second time, and the rule leaves the funding
    /// pattern as it was (安排…资金 from the verb).
    func testNamedFundBesideOtherFindings() {
        XCTAssertEqual(IndicatorAuditTests.spans("统筹安排工业转型升级资金，支持企业上云用云。", \.money), ["统筹安排工业转型升级资金"])
        XCTAssertEqual(IndicatorAuditTests.spans("通过省级服务业发展引导资金给予最高50万元奖励。", \.money),
                       ["省级服务业发展引导资金", "给予最高50万元"])
        // The evidence starts at the level word when no use word ends the name; a level alone names a fund close by.
        XCTAssertEqual(IndicatorAuditTests.spans("加大省级发展资金投入力度。", \.money), ["省级发展资金"])
        XCTAssertEqual(IndicatorAuditTests.spans("利用省科技计划资金，支持关键技术攻关。", \.money), ["省科技计划资金"])
        // Quotes and + are part of a name (they ended it at first, leaving 发展资金).
        XCTAssertEqual(IndicatorAuditTests.spans("通过省级“互联网+”发展资金予以扶持。", \.money), ["省级“互联网+”发展资金"])
        // A grant verb before 资金 ends the name: 对省级示范企业给予资金支持 names no fund (the money term alone).
        XCTAssertEqual(IndicatorAuditTests.spans("对省级示范企业给予资金支持。", \.money), ["资金支持"])
        // Named before a prohibition it still counts, as other money does.
        XCTAssertEqual(IndicatorAuditTests.spans("省级电子商务发展资金专款专用，不得挪作他用。", \.money), ["省级电子商务发展资金"])
    }
}
