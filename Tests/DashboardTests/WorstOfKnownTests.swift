import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The overview's worst indicators said 'Response lag: Hainan (46-gov-20170418) 657 days' on the bundled
/// catalogue, where only 11 provinces have a lag in days: the longest known, not the longest. A worst subject
/// ranked among the known only says so, beside the indicator's name (a second bracket after the subject's was cut at
/// 80 columns in English: 'Action-area coverage: Liaoning (from titles) +4 tied (least of…)').
final class WorstOfKnownTests: XCTestCase {
    private func overview(_ corpus: Corpus, _ language: Language) throws -> [String] {
        try DashboardFixture.run(corpus, width: 80, height: 24, language: language, keys: []).0.rows
    }

    func testTheLongestLagOfTheCatalogueSaysItIsTheLongestKnown() throws {
        let catalogue = try DashboardFixture.catalogue()
        XCTAssertTrue(try overview(catalogue, .english).contains(
            "Response lag (11 known): Hainan (46-gov-20170418)                       657 days"))
        XCTAssertTrue(try overview(catalogue, .chinese).contains(
            "响应时滞（已知 11 省）：海南（46-gov-20170418）                           657 天"))
    }

    /// Coverage is ranked among the provinces whose coverage is known too; a year and an area always have a value.
    func testTheLeastCoverageSaysItIsTheLeastKnownAndCountsSayNothing() throws {
        let context = ScreenContext(state: DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24))
        let rows = OverviewScreen(context: context).worstIndicators().map(\.1.label)
        XCTAssertTrue(rows.contains("行动领域覆盖（已知 21 省）：辽宁（按标题）等 5 个"), "\(rows)")
        XCTAssertTrue(rows.contains("年度发文量：2017"), "\(rows)")
        XCTAssertTrue(rows.contains("各行动领域的发文机关数：益民服务"), "\(rows)")
    }

    /// The demo's overview at 80 columns says every worst indicator whole, in both languages: the English coverage
    /// row lost the number of provinces known ('(least of…)').
    func testEveryWorstIndicatorIsWholeAt80Columns() throws {
        for (language, coverage) in [(Language.english, "Action-area coverage (21 known): Liaoning (from titles) +4 tied"),
                                     (.chinese, "行动领域覆盖（已知 21 省）：辽宁（按标题）等 5 个")] {
            let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: [])
            XCTAssertTrue(b.rows.contains { $0.hasPrefix(coverage + " ") && $0.hasSuffix(" 1/11") }, DemoFixture.screen(b))
            let labels = OverviewScreen(context: ScreenContext(state: state)).worstIndicators().map(\.1.label)
            for label in labels {
                XCTAssertTrue(b.rows.contains { $0.hasPrefix(label + " ") }, "'\(label)' cut: \(DemoFixture.screen(b))")
            }
        }
    }
}

/// The Indicators tab (6) showed 'Response lag  Hainan (46-gov-2…)  657 days' with nothing saying that only 11
/// provinces have a lag in days. The value carries a mark that a legend line above the list explains.
final class IndicatorsTabWorstOfKnownTests: XCTestCase {
    private func indicatorsTab(_ language: Language, width: Int, height: Int) throws -> [String] {
        try DashboardFixture.run(try DashboardFixture.catalogue(), width: width, height: height, language: language, keys: [.char("6")]).0.rows
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    func testTheLagRowIsMarkedAndTheLegendSaysOfHowManyKnownAt80x24() throws {
        let english = try indicatorsTab(.english, width: 80, height: 24)
        XCTAssertTrue(english.contains(" * Response lag (longest of 11 known)"), english.joined(separator: "\n"))
        let chinese = try indicatorsTab(.chinese, width: 80, height: 24)
        XCTAssertTrue(chinese.contains(" * 响应时滞（已知 11 省中最长）"), chinese.joined(separator: "\n"))
    }

    func testTheLagRowIsMarkedAt200x60InBothLanguages() throws {
        let english = try indicatorsTab(.english, width: 200, height: 60)
        XCTAssertTrue(english.contains(" * Response lag (longest of 11 known)"), english.joined(separator: "\n"))
        XCTAssertTrue(english.contains { $0.hasPrefix("  Response lag ") && $0.hasSuffix("Hainan (46-gov-20170418)                 657 days *") },
                      english.joined(separator: "\n"))
        let chinese = try indicatorsTab(.chinese, width: 200, height: 60)
        XCTAssertTrue(chinese.contains(" * 响应时滞（已知 11 省中最长）"), chinese.joined(separator: "\n"))
        XCTAssertTrue(chinese.contains { $0.hasPrefix("  响应时滞 ") && $0.hasSuffix("657 天 *") }, chinese.joined(separator: "\n"))
        // Issuance per year ranks years, which always have a value: no mark.
        XCTAssertTrue(english.contains { $0.hasPrefix("  Issuance per year ") && $0.hasSuffix("36 docs") }, english.joined(separator: "\n"))
    }
}
