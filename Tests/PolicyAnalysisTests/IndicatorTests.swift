import XCTest
@testable import PolicyAnalysis

final class IndicatorTests: XCTestCase {
    let extractor = TextIndicatorExtractor()

    func doc(_ body: String) -> (String, DocumentIndicators) {
        (body, extractor.extract(id: "t", text: body))
    }

    func testConcreteVersusVagueMeasure() {
        let (text, d) = doc("""
        二、重点任务
        （一）建设平台。到2020年底前建成30个农业物联网示范基地（省农业农村厅牵头），安排专项资金2亿元。
        （二）推进融合。积极推动互联网与各行业深度融合。
        """)
        XCTAssertEqual(d.measures.count, 2)
        let concrete = d.measures[0], vague = d.measures[1]
        XCTAssertEqual(concrete.quantified.map { $0.substring(of: text) }, ["30个", "2亿元"])
        XCTAssertTrue(concrete.deadline.map { $0.substring(of: text) }.contains("到2020年底前"))
        XCTAssertTrue(concrete.responsible.map { $0.substring(of: text) }.contains("（省农业农村厅牵头）"))
        XCTAssertTrue(concrete.money.map { $0.substring(of: text) }.contains("专项资金"))
        XCTAssertFalse(concrete.isVague)
        XCTAssertTrue(vague.isVague)
        XCTAssertEqual(vague.clause.substring(of: text), "积极推动互联网与各行业深度融合。")
        XCTAssertEqual(d.vagueMeasures, 1)
        XCTAssertTrue(d.financialSupport)
        // A year alone is not a quantity.
        XCTAssertFalse(concrete.quantified.contains { $0.substring(of: text).hasPrefix("2020") })
    }

    func testNoFinancialSupport() {
        let (_, d) = doc("三、保障措施\n（一）加强领导。各地要高度重视，加强统筹协调。")
        XCTAssertFalse(d.financialSupport)
        XCTAssertTrue(d.financialEvidence.isEmpty)
        XCTAssertEqual(d.measures.count, 1)
        XCTAssertEqual(d.vagueMeasures, 1)
    }

    func testEvaluationWithIndicatorsAndScheduleVersusNone() {
        let (text, d) = doc("三、保障措施\n（一）开展评估。建立考核指标体系，每年开展第三方评估。\n（二）加强宣传。做好政策解读。")
        XCTAssertEqual(d.evaluation.count, 1)
        let e = d.evaluation[0]
        XCTAssertTrue(e.namesIndicators)
        XCTAssertTrue(e.hasSchedule)
        XCTAssertTrue(e.schedule.map { $0.substring(of: text) }.contains("每年"))
        XCTAssertTrue(e.terms.map { $0.substring(of: text) }.contains("第三方评估"))
        XCTAssertTrue(d.evaluationNamesIndicators && d.evaluationHasSchedule)

        let (_, weak) = doc("三、保障措施\n（一）加强督查。适时开展督查。")
        XCTAssertEqual(weak.evaluation.count, 1)
        XCTAssertFalse(weak.evaluationNamesIndicators)
        XCTAssertFalse(weak.evaluationHasSchedule)

        let (_, none) = doc("三、保障措施\n（一）加强宣传。做好政策解读。")
        XCTAssertTrue(none.evaluation.isEmpty)
    }

    func testGovernanceTerms() {
        let (text, d) = doc("加强知识产权保护。明确数据权属，保障数据安全。对新业态实行包容审慎监管。制定行业标准。完善相关法规。推进网络建设。")
        let present = d.governancePresent
        XCTAssertEqual(present, [.intellectualProperty: true, .data: true, .newBusiness: true, .standards: true, .legal: true])
        XCTAssertTrue(d.governance[.data]?.map { $0.substring(of: text) }.contains("权属") ?? false)
        XCTAssertEqual(d.governance[.intellectualProperty]?.map { $0.substring(of: text) }, ["知识产权"])

        let (_, none) = doc("推进网络建设。加强数据中心布局。")
        XCTAssertEqual(none.governancePresent.values.filter { $0 }.count, 0, "数据 alone is not data governance")
    }

    func testQuantifiedDatedGoalsAndToolShares() {
        let (_, mission) = doc("一、发展目标\n到2020年，建成100个示范平台。到2025年，覆盖率达到90%。\n二、重点任务\n（一）人才。加强人才培训。")
        // Two dated, quantified goals: concrete goals, which says nothing about mission or diffusion.
        XCTAssertEqual(mission.quantifiedDatedGoals.count, 2)
        XCTAssertEqual(mission.goalClauses, 2)
        let (_, diffusion) = doc("一、发展目标\n积极推广互联网应用，推动产业转型升级。\n二、重点任务\n（一）试点。开展试点示范。")
        XCTAssertTrue(diffusion.quantifiedDatedGoals.isEmpty)
        // Tools: 人才/培训 supply, 示范 demand, 目标? only in goals heading (not a clause).
        XCTAssertEqual(mission.toolCounts["supply"], 1)
        XCTAssertEqual(diffusion.toolCounts["demand"], 1)
        XCTAssertEqual(diffusion.toolShares["demand"], 1.0)
    }

    func testCodingEvidence() {
        let text = "（一）发展农村电商。支持农产品电子商务平台建设，加强人才培训。申报名单另行公示。"
        let d = extractor.extract(id: "c", text: text)
        guard let clause = d.coding.first(where: { $0.clause.substring(of: text).hasPrefix("支持农产品") }) else {
            return XCTFail("clause not coded")
        }
        XCTAssertEqual(clause.actionAreas, ["agriculture", "e-commerce"])
        XCTAssertEqual(clause.toolClasses, ["supply"])
        XCTAssertTrue(clause.evidence.contains { $0.keyword == "电子商务" && $0.span.substring(of: text) == "电子商务" })
        let procedural = d.coding.first { $0.clause.substring(of: text).hasPrefix("申报") }
        XCTAssertEqual(procedural?.tools, ["other-procedure"])
        XCTAssertEqual(procedural?.toolClasses, [], "申报/公示 are coded but are not tools")
    }
}
