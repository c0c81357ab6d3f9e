import TerminalUI
import XCTest
@testable import Dashboard

/// `]` in a document and `n` in a comparison moved the screen only as far as the row found: a passage below the
/// screen landed on its last line, its first line alone in sight (§3 of demo-00000 ↔ demo-00002 at 80x24 showed
/// '§3 套话…' and one line of it above the status line). A jump that leaves the screen shows the row found with
/// the lines after it.
final class JumpContextTests: XCTestCase {
    private let open: (String) -> [Key] = { [.char(":")] + [Key].type($0) + [.enter] }

    /// The rows of the table below the selection, on screen; nil when nothing is selected.
    private func rowsBelowSelection(_ b: TestBackend) -> Int? {
        DemoFixture.selectedRows(b).first.map { (b.rows.count - 2) - $0 }
    }

    func testNextPassageInACompareViewShowsItsLines() throws {
        let demo = try DemoFixture.shared()
        var (b, state) = try DemoFixture.run(demo, width: 80, height: 24,
                                             keys: open("demo-00000") + [.char("m")] + open("demo-00002") + [.char("c")])
        XCTAssertEqual(state.route, .compare("demo-00000", "demo-00002"))
        for step in 1...3 {
            (b, state) = try DemoFixture.resume(state, keys: [.char("n")])
            let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
            XCTAssertGreaterThanOrEqual(below, 3, "n \(step)" + DemoFixture.screen(b))
        }
    }

    func testNextFindingInADocumentShowsItsLines() throws {
        let demo = try DemoFixture.shared()
        var (b, state) = try DemoFixture.run(demo, width: 100, height: 30, keys: open("demo-00012"))
        XCTAssertEqual(state.route, .document("demo-00012"))
        for step in 1...4 {
            (b, state) = try DemoFixture.resume(state, keys: [.char("]")])
            let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
            XCTAssertGreaterThanOrEqual(below, 3, "] \(step)" + DemoFixture.screen(b))
        }
    }
}

/// `ViewState.jump` on a table of fewer than four rows set the offset three rows above the row, below the table
/// ('jump(to: 5, visible: 2)' gave offset 2, showing rows 2 and 3): drawing brought it back, the state did not.
final class ShortTableJumpTests: XCTestCase {
    func testAJumpKeepsTheRowAmongTheRowsShown() {
        for visible in 1...12 {
            for start in [0, 4, 9, 30] {
                for row in 0...25 {
                    var view = ViewState()
                    view.offset = start
                    view.jump(to: row, visible: visible)
                    XCTAssertEqual(view.selected, row)
                    XCTAssertTrue(view.offset <= row && row < view.offset + visible,
                                  "row \(row), \(visible) rows shown from \(start): offset \(view.offset)")
                }
            }
        }
    }

    func testRowsAfterTheRowStayInSight() {
        // Seven rows or more: three above it, the rest after it, as before.
        var view = ViewState()
        view.jump(to: 20, visible: 10)
        XCTAssertEqual(view.offset, 17)
        // Three rows: one above, one after; two: the row first, one after it.
        view = ViewState()
        view.jump(to: 5, visible: 3)
        XCTAssertEqual(view.offset, 4)
        view = ViewState()
        view.jump(to: 5, visible: 2)
        XCTAssertEqual(view.offset, 5)
    }
}
