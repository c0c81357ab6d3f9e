import TerminalUI
import XCTest
@testable import Dashboard

/// After a resize to fewer rows the selection landed on the table's last row, the rows after it out of sight
/// (the Documents tab at 100x30, 21st document selected, then 80x14: '2017-02-03 … 安徽省…' just above the status
/// line). A resize keeps the selection in sight as a jump does (`ViewState.jump`): with `jumpContext` rows after it.
final class ResizeContextTests: XCTestCase {
    /// The rows of the table below the selection, on screen; nil when nothing is selected.
    private func rowsBelowSelection(_ b: TestBackend) -> Int? {
        DemoFixture.selectedRows(b).first.map { (b.rows.count - 2) - $0 }
    }

    private func resized(_ keys: [Key], from: (Int, Int), to: (Int, Int), then: [Key] = []) throws -> (TestBackend, AppState) {
        let (_, state) = try DemoFixture.run(try DemoFixture.shared(), width: from.0, height: from.1, keys: keys)
        var backend = TestBackend(width: from.0, height: from.1)
        backend.queueResize(width: to.0, height: to.1)
        backend.feed(then)
        let after = try Dashboard.run(backend: &backend, initial: state)
        XCTAssertEqual(after.size, Size(width: to.0, height: to.1))
        return (backend, after)
    }

    func testAListKeepsRowsAfterTheSelectionInSight() throws {
        let (b, state) = try resized([.char("5")] + Array(repeating: .char("j"), count: 20), from: (100, 30), to: (80, 14))
        XCTAssertEqual(state.view.selected, 20)
        let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
        XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, DemoFixture.screen(b))
    }

    /// A document's page, on a row of its own (a reuse pair) and on a line of its text.
    func testADocumentKeepsRowsAfterTheSelectionInSight() throws {
        for moves in [20, 60] {
            let (b, _) = try resized([.char("5"), .char("j"), .enter] + Array(repeating: .char("j"), count: moves), from: (100, 30), to: (80, 14))
            let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
            XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, "\(moves) j" + DemoFixture.screen(b))
        }
    }

    /// Going back (Esc) after a resize to a screen under the one shown: only the screen shown was scrolled, the list
    /// gone back to had its selection on the table's last row ('2017-02-03 … 安徽省…' above the status line).
    func testGoingBackToAListKeepsRowsAfterTheSelectionInSight() throws {
        let (b, state) = try resized([.char("5")] + Array(repeating: .char("j"), count: 20) + [.enter], from: (100, 30), to: (80, 14),
                                     then: [.escape])
        XCTAssertEqual(state.route, .documents)
        XCTAssertEqual(state.view.selected, 20)
        let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
        XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, DemoFixture.screen(b))
    }

    /// A document's page gone back to from its comparison kept the line number its selection had at the old width:
    /// another place in the text ('业协会围绕…' for '（二）发展目标…'), on the table's last row.
    func testGoingBackToADocumentFindsTheSamePlaceInTheText() throws {
        let open: [Key] = [.char(":")] + [Key].type("demo-00019") + [.enter] + Array(repeating: .char("j"), count: 30)
        let (_, before) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 30, keys: open)
        let anchor = try XCTUnwrap(Layout.content(before).rows[before.view.selected].textOffset)
        let (b, state) = try resized(open + [.char("c")], from: (100, 30), to: (80, 14), then: [.escape])
        XCTAssertEqual(state.route, .document("demo-00019"))
        let rows = Layout.content(state).rows
        XCTAssertEqual(state.view.selected, rows.lastIndex { $0.textOffset.map { $0 <= anchor } ?? false }, DemoFixture.screen(b))
        let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
        XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, DemoFixture.screen(b))
    }

    /// A resize laid out every screen on the stack at the new size (140-215 ms at 10,000 documents with three):
    /// now only the screen shown, and a screen under it when it is shown again.
    func testAResizeLaysOutOnlyTheScreenShown() throws {
        let keys: [Key] = [.char("5")] + Array(repeating: .char("j"), count: 20) + [.enter, .char("c")]
        let (_, state) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 30, keys: keys)
        XCTAssertEqual(state.stack.count, 3, "\(state.stack)")
        let builds = state.cache.builds
        let resized = Dashboard.resized(state, to: Size(width: 80, height: 14))
        XCTAssertEqual(state.cache.builds - builds, 1, "screens not shown were laid out at the new size")
        let back = Dashboard.update(resized, .key(.escape)).0
        XCTAssertEqual(back.stack.count, 2)
        XCTAssertEqual(state.cache.builds - builds, 2, "the document gone back to is laid out once at the new size")
        XCTAssertNil(back.view.fittedTo)
    }

    /// A tab left for another, the terminal resized, then gone back to: its selection in sight with rows after
    /// it, as on the screen shown at the resize (it kept the scroll position of the old size).
    func testGoingBackToATabAfterAResizeKeepsRowsAfterTheSelectionInSight() throws {
        let (b, state) = try resized([.char("5")] + Array(repeating: .char("j"), count: 20) + [.char("1")], from: (100, 30), to: (80, 14),
                                     then: [.char("5")])
        XCTAssertEqual(state.route, .documents)
        XCTAssertEqual(state.view.selected, 20)
        let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
        XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, DemoFixture.screen(b))
    }

    /// A document left (Esc), the terminal resized on the list, the same document opened again (Enter): its page
    /// kept the line number its selection had at the old width, another place in the text.
    func testReopeningADocumentAfterAResizeFindsTheSamePlaceInTheText() throws {
        let open: [Key] = [.char("5"), .char("j"), .char("j"), .enter] + Array(repeating: .char("j"), count: 90)
        let (_, before) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 30, keys: open)
        guard case .document = before.route else { return XCTFail("\(before.route)") }
        let anchor = try XCTUnwrap(Layout.content(before).rows[before.view.selected].textOffset)
        let (b, state) = try resized(open + [.escape], from: (100, 30), to: (70, 14), then: [.enter])
        XCTAssertEqual(state.route, before.route)
        let rows = Layout.content(state).rows
        XCTAssertEqual(state.view.selected, rows.lastIndex { $0.textOffset.map { $0 <= anchor } ?? false }, DemoFixture.screen(b))
        let below = try XCTUnwrap(rowsBelowSelection(b), DemoFixture.screen(b))
        XCTAssertGreaterThanOrEqual(below, ViewState.jumpContext, DemoFixture.screen(b))
    }
}
