import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// An indicator's distribution labelled its bars with their rounded lower edges ('9%  0' beside a province at 9.3%,
/// shown as '9%'): an analyst read it as nobody at 9%. Each bar is now labelled with the range of shown values it
/// counts ('8–11%'), the documents counted by their values as rounded on the page, so that every value the page
/// shows lies in exactly one bar's range, the one that counts it.
final class HistogramRangeLabelTests: XCTestCase {
    private static let route = Route.indicator(.text(.copiedFromCentre))

    /// A label's range in shown units: '8–11%' is 8...11, '9%' 9...9, '2.3–2.5%' 23...25 in tenths.
    private func range(_ label: String) -> ClosedRange<Int>? {
        let numbers = label.replacingOccurrences(of: "%", with: "").components(separatedBy: "–")
        let units = numbers.compactMap { Double($0).map { Int(($0 * (label.contains(".") ? 10 : 1)).rounded()) } }
        guard units.count == numbers.count, let first = units.first, let last = units.last, first <= last else { return nil }
        return first...last
    }

    private func assertEveryValueInOneBar(_ loaded: DemoFixture.Loaded, file: StaticString = #filePath, line: UInt = #line) throws {
        var state = DemoFixture.initialState(loaded, width: 200, height: 60)
        state.stack = [Self.route]
        let content = ScreenContext(state: state).screen(for: Self.route).content()
        let bars = try XCTUnwrap(content.chart?.bars, file: file, line: line)
        let ranges = try bars.map { try XCTUnwrap(range($0.label), "label \($0.label)", file: file, line: line) }
        // Ranges follow each other without a gap or an overlap.
        for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound + 1, b.lowerBound, "\(bars.map(\.label))", file: file, line: line) }
        let values = content.rows.filter { $0.kind == .item }.compactMap { $0.cells.last }
        XCTAssertFalse(values.isEmpty, file: file, line: line)
        for value in values {
            let shown = try XCTUnwrap(range(value), value, file: file, line: line).lowerBound
            XCTAssertEqual(ranges.filter { $0.contains(shown) }.count, 1, "\(value) in \(bars.map(\.label))", file: file, line: line)
        }
        // The documents' values are counted in the bar whose range holds them as shown.
        let byDocument = content.rows.drop { $0.cells.first != ScreenContext(state: state)[.byDocument] }.filter { $0.kind == .item }
        for (bar, range) in zip(bars, ranges) {
            let counted = try byDocument.filter { range.contains(try XCTUnwrap(self.range($0.cells.last ?? "")).lowerBound) }.count
            XCTAssertEqual(bar.value, counted, "\(bar.label)", file: file, line: line)
        }
    }

    func testEveryValueShownIsInTheBarThatNamesIt() throws {
        try assertEveryValueInOneBar(try DemoFixture.shared())
    }

    func testEveryValueShownInTenthsIsInTheBarThatNamesIt() throws {
        let small = try DemoFixture.changingSummary { summary in
            for i in summary.documents.indices { summary.documents[i].copiedFromCentre = summary.documents[i].copiedFromCentre.map { $0 / 10 } }
        }
        try assertEveryValueInOneBar(small)
    }

    /// On screen: the full chart at 200x60 names ranges in both languages, the compact one at 80x24 its two ends.
    func testTheChartNamesRangesOnScreen() throws {
        for (language, name) in [(Language.chinese, "照搬中央比例"), (.english, "copied from")] {
            let keys: [Key] = [.char("6"), .char("/")] + [Key].type(name) + [.enter, .enter]
            let (wide, _) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: language, keys: keys)
            XCTAssertTrue(wide.rows.contains { $0.hasPrefix(" 8–11%  █") }, DemoFixture.screen(wide))
            XCTAssertTrue(wide.rows.contains { $0.hasPrefix(" 32%    █") }, DemoFixture.screen(wide))
            let (narrow, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys)
            XCTAssertTrue(narrow.rows.contains { $0.contains(" 0% ") && $0.contains(" 32%  ") }, DemoFixture.screen(narrow))
        }
    }
}
