import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// 评估条款 (evaluation clauses) is a count, and was named in tenths like a share: documents read '0.0' / '1.0', the
/// distribution's bins '0.0–0.1 … 0.8–0.9', the Indicators tab '评估条款 … 0.0' with no unit. A document's count is
/// whole with its unit ('1 条', '1 clause'); a province's mean of its documents' counts keeps a tenth where it is not
/// whole; the bins are whole numbers. Its definition said 监测 counted, which docs/indicators.md leaves out.
final class EvaluationCountShownWholeTests: XCTestCase {
    private let route = Route.indicator(.text(.evaluationClauses))

    func testCountsAreWholeNumbersWithTheirUnit() throws {
        let demo = try DemoFixture.shared()
        let state = DemoFixture.initialState(demo, width: 100, height: 60)
        let context = ScreenContext(state: state)
        let indicator = TextIndicator(.evaluationClauses)
        for (value, zh, en) in [(1.0, "1 条", "1 clause"), (0.0, "0 条", "0 clauses"), (1.5, "1.5 条", "1.5 clauses"), (2.04, "2 条", "2 clauses")] {
            XCTAssertEqual(context.formatted(indicator, value), zh)
            XCTAssertEqual(ScreenContext(state: DemoFixture.initialState(demo, width: 100, height: 60, language: .english)).formatted(indicator, value), en)
        }
        let chart = try XCTUnwrap(context.distribution(indicator, [0, 0, 1, 3, 2, 1], tenths: false))
        XCTAssertEqual(chart.bars.map(\.label), ["0", "1", "2", "3"])
        XCTAssertEqual(chart.bars.map(\.value), [2, 2, 1, 1])

        for language in [Language.chinese, .english] {
            var opened = DemoFixture.initialState(demo, width: 100, height: 60, language: language)
            opened.stack = [.indicators, route]
            let (b, _) = try DemoFixture.resume(opened, keys: [])
            let screen = DemoFixture.screen(b)
            let unit = language == .chinese ? " 条" : " clause"
            // Every ranked value is a whole count with its unit; none in tenths.
            XCTAssertFalse(b.rows.contains { $0.range(of: #"\d\.\d"#, options: .regularExpression) != nil }, screen)
            XCTAssertTrue(b.rows.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("1" + unit) }, screen)
            let definition = language == .chinese ? "单纯的“监测”不计" : "bare monitoring is not counted"
            XCTAssertTrue(b.rows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: language == .chinese ? "" : " ").contains(definition), screen)

            // The Indicators tab names the worst value with its unit.
            var list = DemoFixture.initialState(demo, width: 100, height: 60, language: language)
            list.stack = [.indicators]
            let (tab, _) = try DemoFixture.resume(list, keys: [])
            let name = language == .chinese ? "评估条款" : "Evaluation clauses"
            let row = try XCTUnwrap(tab.rows.first { $0.contains(name) }, DemoFixture.screen(tab))
            XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix(unit.trimmingCharacters(in: .whitespaces)), DemoFixture.screen(tab))
        }
    }
}
