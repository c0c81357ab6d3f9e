import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 80x24 `n` stopped with the passage it went to half below the status line (§2's heading and 4 of its 7 rows
/// shown): the jump kept the passage's first row in sight, not the passage. `n` and `N` bring the whole passage into
/// view where it fits, else its heading at the top.
final class ComparePassageInViewTests: XCTestCase {
    /// The rows of the passage whose first line is `row`: its heading through its last line.
    private func passageRows(at row: Int, in rows: [ScreenContent.Row]) -> ClosedRange<Int> {
        let last = rows[(row + 1)...].firstIndex { $0.kind == .heading || $0.target == nil }.map { $0 - 1 } ?? rows.count - 1
        return (row - 1)...last
    }

    /// demo-00001 → demo-00019 is the QA's case (its long title takes two rows of the header at 80 columns).
    func testNAndNBringTheWholePassageIntoView() throws {
        for (source, target) in [("demo-00001", "demo-00019"), ("demo-00000", "demo-00019")] {
            try assertEveryPassageComesIntoView(source, target)
        }
    }

    private func assertEveryPassageComesIntoView(_ source: String, _ target: String) throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.analysis.pair(source, target))
        for (width, height) in [(80, 24), (200, 60)] {
            for language in [Language.chinese, .english] {
                var state = DemoFixture.initialState(demo, width: width, height: height, language: language)
                state.stack = [.documents, .compare(source, target)]
                let count = pair.passages.count
                // Forward through every passage, then back from the last.
                let keys = Array(repeating: Key.char("n"), count: count) + Array(repeating: Key.char("N"), count: count - 1)
                for k in 1...keys.count {
                    let (b, s) = try DemoFixture.resume(state, keys: Array(keys.prefix(k)))
                    let content = Layout.shown(s).content
                    let rows = passageRows(at: s.view.selected, in: content.rows)
                    let visible = Layout(state: s, content: content).tableRows
                    let screen = "\(width)x\(height) \(language), \(k) keys" + DemoFixture.screen(b)
                    XCTAssertEqual(content.rows[rows.lowerBound].kind, .heading, screen)
                    XCTAssertLessThanOrEqual(rows.count, visible, screen)
                    XCTAssertLessThanOrEqual(s.view.offset, rows.lowerBound, screen)
                    XCTAssertLessThan(rows.upperBound, s.view.offset + visible, screen)
                    // On screen: its heading and its last line's right pane.
                    let heading = content.rows[rows.lowerBound].cells[0]
                    XCTAssertTrue(b.rows.contains { $0.contains(heading) }, screen)
                    XCTAssertTrue(b.rows.contains { $0.contains(content.rows[rows.upperBound].cells[1]) }, screen)
                }
            }
        }
    }

    /// A passage taller than the rows shown: its heading at the top, the first lines under it.
    func testAPassageTallerThanTheScreenStartsAtTheTop() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 80, height: 12, language: .chinese)
        state.stack = [.documents, .compare("demo-00000", "demo-00019")]
        for k in 1...2 {
            let (b, s) = try DemoFixture.resume(state, keys: Array(repeating: .char("n"), count: k))
            let content = Layout.shown(s).content
            let rows = passageRows(at: s.view.selected, in: content.rows)
            XCTAssertGreaterThan(rows.count, Layout(state: s, content: content).tableRows, DemoFixture.screen(b))
            XCTAssertEqual(s.view.offset, rows.lowerBound, DemoFixture.screen(b))
        }
    }
}
