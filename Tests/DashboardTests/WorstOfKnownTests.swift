import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The overview's worst indicators said 'Response lag: Hainan (46-gov-20170418) 657 days' on the bundled
/// catalogue, where only 11 provinces have a lag in days: the longest known, not the longest. A worst subject
/// ranked among the known only says so.
final class WorstOfKnownTests: XCTestCase {
    private func overview(_ corpus: Corpus, _ language: Language) throws -> [String] {
        try DashboardFixture.run(corpus, width: 80, height: 24, language: language, keys: []).0.rows
    }

    func testTheLongestLagOfTheCatalogueSaysItIsTheLongestKnown() throws {
        let catalogue = try DashboardFixture.catalogue()
        XCTAssertTrue(try overview(catalogue, .english).contains(
            "Response lag: Hainan (46-gov-20170418) (longest of 11 known)            657 days"))
        XCTAssertTrue(try overview(catalogue, .chinese).contains(
            "响应时滞：海南（46-gov-20170418）（已知 11 省中最长）                     657 天"))
    }

    /// Coverage is ranked among the provinces whose coverage is known too; a year and an area always have a value.
    func testTheLeastCoverageSaysItIsTheLeastKnownAndCountsSayNothing() throws {
        let context = ScreenContext(state: DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24))
        let rows = OverviewScreen(context: context).worstIndicators().map(\.1.label)
        XCTAssertTrue(rows.contains("行动领域覆盖：辽宁（按标题）等 5 个（已知 21 省中最少）"), "\(rows)")
        XCTAssertTrue(rows.contains("年度发文量：2017"), "\(rows)")
        XCTAssertTrue(rows.contains("各行动领域的发文机关数：益民服务"), "\(rows)")
    }
}
