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
