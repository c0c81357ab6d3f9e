import XCTest
@testable import PolicyAnalysis

/// Each text indicator against sentences in the style of real Internet Plus documents: what the review
/// means by it must fire, look-alikes must not (docs/indicators.md lists the same sentences).
final class ConstructTests: XCTestCase {
    let extractor = TextIndicatorExtractor()

    /// The sentence as the one measure of a 重点任务 section.
    func measure(_ sentence: String) -> (String, DocumentIndicators, MeasureAssessment?) {
        let text = "二、重点任务\n" + sentence
        let d = extractor.extract(id: "t", text: text)
        return (text, d, d.measures.first)
    }

    func spans(_ list: [TextSpan], _ text: String) -> [String] { list.map { $0.substring(of: text) } }

    // MARK: Goal orientation (review section 2)

    func testMissionOrientedClauses() {
        for sentence in ["组织实施一批“互联网+”重大工程，集中力量突破核心技术。",
                         "加快建设高速宽带网络等新一代信息基础设施，实施国家专项。"] {
            let (text, d, _) = measure(sentence)
            XCTAssertEqual(d.goalOrientation, .mission, sentence)
            XCTAssertEqual(d.missionClauses, 1, sentence)
            XCTAssertEqual(d.diffusionClauses, 0, sentence)
            XCTAssertFalse(spans(d.orientationClauses.flatMap(\.mission), text).isEmpty)
        }
        let (text, d, _) = measure("加快建设高速宽带网络等新一代信息基础设施，实施国家专项。")
        XCTAssertEqual(spans(d.orientationClauses[0].mission, text), ["建设高速宽带网络等新一代信息基础设施", "国家专项"])
    }

    func testDiffusionOrientedClauses() {
        for sentence in ["支持行业协会开展从业人员培训，推动制定团体标准。",
                         "深化产学研合作，依托公共服务平台推广应用成熟技术。"] {
            let (_, d, _) = measure(sentence)
            XCTAssertEqual(d.goalOrientation, .diffusion, sentence)
            XCTAssertEqual(d.missionClauses, 0, sentence)
            XCTAssertEqual(d.diffusionClauses, 1, sentence)
        }
    }

    func testNeitherMissionNorDiffusion() {
        for sentence in ["积极推动互联网与各行业深度融合。", "各地要高度重视，切实加强组织领导。"] {
            let (_, d, _) = measure(sentence)
            XCTAssertEqual(d.goalOrientation, .none, sentence)
            XCTAssertTrue(d.orientationClauses.isEmpty, sentence)
        }
        // Quantified and dated, but set by nobody in particular and run by no one: not mission by itself.
        let (_, d, _) = measure("到2020年，全省电子商务交易额超过4万亿元。")
        XCTAssertEqual(d.goalOrientation, .none)
        // The preamble is not coded: only goal and measure clauses are.
        let preamble = extractor.extract(id: "p", text: "为加快实施重大工程，现提出如下意见。\n二、重点任务\n（一）加强统筹。")
        XCTAssertEqual(preamble.goalOrientation, .none)
    }

    func testMixedOrientationAndTheThresholds() {
        let text = "二、重点任务\n（一）工程。组织实施重大工程。\n（二）人才。加强人才培训。\n"
        XCTAssertEqual(extractor.extract(id: "m", text: text).goalOrientation, .mixed)
        XCTAssertEqual(GoalOrientation(missionClauses: 2, diffusionClauses: 1), .mission)
        XCTAssertEqual(GoalOrientation(missionClauses: 1, diffusionClauses: 2), .diffusion)
        XCTAssertEqual(GoalOrientation(missionClauses: 3, diffusionClauses: 2), .mixed)
        XCTAssertEqual(GoalOrientation(missionClauses: 0, diffusionClauses: 0), .none)
    }

    func testPatternPartsTooFarApartDoNotMatch() {
        let (_, d, _) = measure("建设一批面向中小企业、覆盖研发设计生产制造经营管理销售服务全流程的数字化转型促进中心和配套基础设施。")
        XCTAssertEqual(d.missionClauses, 0, "建设 and 基础设施 more than 20 characters apart are not the pattern")
    }

    func testAggregatesCountEveryOrientation() {
        let docs = ["二、重点任务\n组织实施重大工程。", "二、重点任务\n加强人才培训。", "二、重点任务\n加强统筹协调。"]
            .enumerated().map { extractor.extract(id: "d\($0.offset)", text: $0.element) }
        let a = AggregateIndicators(docs.map(DocumentSummary.init)) { _ in false }
        XCTAssertEqual([a.missionOriented, a.diffusionOriented, a.mixedOrientation, a.noOrientation], [1, 1, 0, 1])
        XCTAssertEqual([a.missionClauses, a.diffusionClauses], [1, 1])
    }

    // MARK: Financial support (review section 3.3, cause 3; recommendation 4.3)

    func testClausesThatCommitFunds() {
        for (sentence, evidence) in [("省财政每年安排5亿元专项资金，支持工业互联网平台建设。", "安排5亿元专项资金"),
                                     ("对符合条件的“互联网+”企业给予贷款贴息和担保费补助。", "贴息"),
                                     ("统筹省级财政资金，加大对农村电商的支持力度。", "财政资金"),
                                     ("各市要安排一定资金用于宽带网络建设。", "安排一定资金")] {
            let (text, d, m) = measure(sentence)
            XCTAssertTrue(d.financialSupport, sentence)
            XCTAssertTrue(spans(d.financialEvidence, text).contains(evidence), "\(sentence): \(spans(d.financialEvidence, text))")
            XCTAssertFalse(m?.money.isEmpty ?? true, sentence)
        }
    }

    func testAmountsThatMeasureOutputAreTargetsNotSupport() {
        for sentence in ["到2020年，全国网络零售交易额超过40万亿元。", "带动社会投资规模达到1000亿元，产值突破5000亿元。",
                         "加快资金流、信息流、物流融合。"] {
            let (text, d, m) = measure(sentence)
            XCTAssertFalse(d.financialSupport, "\(sentence): \(spans(d.financialEvidence, text))")
            XCTAssertTrue(m?.money.isEmpty ?? false, sentence)
        }
        let (text, _, m) = measure("到2020年，全国网络零售交易额超过40万亿元。")
        XCTAssertTrue(spans(m?.quantified ?? [], text).contains("40万亿元"), "the amount is a quantified target")
    }
}
