import XCTest
@testable import PolicyAnalysis

/// Two sentences each indicator must count and two look-alikes it must not, in the style of real Internet
/// Plus documents; docs/indicators.md gives the same sentences beside the review's wording.
final class IndicatorSentenceTests: XCTestCase {
    let extractor = TextIndicatorExtractor()

    /// The sentence as the one measure of a 保障措施 section.
    func measure(_ sentence: String) -> (d: DocumentIndicators, m: MeasureAssessment?) {
        let d = extractor.extract(id: "t", text: "三、保障措施\n" + sentence)
        return (d, d.measures.first)
    }

    func check(_ name: String, positive: [String], negative: [String], _ fires: (DocumentIndicators, MeasureAssessment?) -> Bool,
               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(positive.count, 2, file: file, line: line)
        XCTAssertEqual(negative.count, 2, file: file, line: line)
        for s in positive {
            let (d, m) = measure(s)
            XCTAssertTrue(fires(d, m), "\(name) should count: \(s)", file: file, line: line)
        }
        for s in negative {
            let (d, m) = measure(s)
            XCTAssertFalse(fires(d, m), "\(name) should not count: \(s)", file: file, line: line)
        }
    }

    func testVagueMeasure() {
        check("vague measure",
              positive: ["积极推动互联网与各行业深度融合。", "加快发展智慧物流，提升物流信息化水平。"],
              negative: ["到2020年底前建成30个农业物联网示范基地。", "推进农村电子商务进村入户（省商务厅牵头）。"]) { _, m in
            m?.isVague ?? false
        }
    }

    func testResponsibleUnit() {
        check("responsible unit",
              positive: ["推进农村电子商务进村入户（省商务厅牵头，省农业农村厅配合）。", "责任单位：省经济和信息化委、省通信管理局。"],
              negative: ["平台企业要对入驻商户的经营行为负责。", "各地要切实加强组织领导，形成工作合力。"]) { _, m in
            !(m?.responsible.isEmpty ?? true)
        }
    }

    func testDeadline() {
        check("deadline",
              positive: ["2018年底前完成全省政务服务平台建设。", "到2020年，基本建成覆盖城乡的信息基础设施。"],
              negative: ["2015年，全省网络零售额增长30%以上。", "建立健全年度工作台账。"]) { _, m in
            !(m?.deadline.isEmpty ?? true)
        }
    }

    func testEvaluationNamesIndicators() {
        check("evaluation with indicators",
              positive: ["建立“互联网+”发展评价指标体系，定期开展评估。", "将主要任务完成情况纳入政府绩效考核指标。"],
              negative: ["适时对政策落实情况开展督查。", "加强网络安全态势监测，提升应急处置能力。"]) { d, _ in
            d.evaluationNamesIndicators
        }
        // Network monitoring is not evaluation of the policy.
        XCTAssertTrue(measure("加强网络安全态势监测，提升应急处置能力。").d.evaluation.isEmpty)
        XCTAssertEqual(measure("建立运行监测评估制度。").d.evaluation.count, 1)
    }

    func testEvaluationHasSchedule() {
        check("evaluation with a schedule",
              positive: ["每年委托第三方机构开展实施效果评估。", "2018年开展中期评估，根据评估结果调整任务。"],
              negative: ["建立健全考核评价机制。", "每年安排专项资金支持平台建设。"]) { d, _ in
            d.evaluationHasSchedule
        }
    }

    func testIntellectualProperty() {
        check("IP protection",
              positive: ["加强网络知识产权保护，严厉打击侵权假冒行为。", "完善专利快速审查和维权援助机制。"],
              negative: ["加强网络安全保障能力建设。", "推动政务数据资源开放共享。"]) { d, _ in
            !(d.governance[.intellectualProperty] ?? []).isEmpty
        }
    }

    func testDataOwnership() {
        check("data ownership",
              positive: ["研究明确数据权属，探索建立数据确权机制。", "加强个人信息保护和数据安全管理。"],
              negative: ["加快大数据中心布局建设。", "推动政务数据共享交换。"]) { d, _ in
            !(d.governance[.data] ?? []).isEmpty
        }
    }

    func testNewBusinessRegulation() {
        check("new business regulation",
              positive: ["对共享经济等新业态实行包容审慎监管。", "规范网约车、共享单车等新业态健康发展。"],
              negative: ["加强食品安全监管，落实企业主体责任。", "培育新业态新模式，壮大数字经济。"]) { d, _ in
            !(d.governance[.newBusiness] ?? []).isEmpty
        }
    }

    func testStandards() {
        check("standards",
              positive: ["加快制定工业互联网行业标准。", "推进物联网标准体系建设。"],
              negative: ["建设高标准农田，提升农业综合生产能力。", "提高农村宽带接入能力。"]) { d, _ in
            !(d.governance[.standards] ?? []).isEmpty
        }
    }

    func testLegalBasis() {
        check("legal basis",
              positive: ["加快制定网络交易相关法律法规。", "推动出台《电子商务促进条例》。"],
              negative: ["各部门要依法履职，加强协调配合。", "加强宣传引导，营造良好氛围。"]) { d, _ in
            !(d.governance[.legal] ?? []).isEmpty
        }
    }
}

/// A ministry's plan assigns work to its departments (司), as a province's to its offices (厅): since analysis
/// version 51 a 司 ends a unit's name, not the 司 of 公司 (a QA pass found a ministry plan's every assigned item vague).
final class DepartmentUnitTests: XCTestCase {
    func responsible(_ sentence: String) -> Bool {
        let d = TextIndicatorExtractor().extract(id: "t", text: "二、重点任务\n" + sentence)
        return !(d.measures.first?.responsible.isEmpty ?? true)
    }

    func testADepartmentIsAUnitAndACompanyIsNot() {
        for s in ["推动工业互联网平台建设（信息化和软件服务业司牵头，装备工业司配合）。", "规划司负责组织开展中期评估。",
                  "由科技司、产业政策司按职责分工负责推进标准体系建设。"] {
            XCTAssertTrue(responsible(s), s)
        }
        for s in ["支持电信运营公司负责建设农村宽带网络。", "鼓励龙头企业和平台公司牵头组建产业联盟。", "推进网络安全保障（有限公司参与）。"] {
            XCTAssertFalse(responsible(s), s)
        }
    }
}
