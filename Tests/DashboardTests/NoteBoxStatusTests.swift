import XCTest
import TerminalUI
@testable import Dashboard

/// The note's box covered the status line at 80x24 ("Documents ›  └────── Enter new line…"), which says where the
/// note goes (QA pass 49): the box stands above it.
final class NoteBoxStatusTests: XCTestCase {
    func testTheStatusLineStaysInSightWhileANoteIsTyped() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 80, height: 24)
        state.stack = [.documents, .document("demo-00019")]
        state.view.selected = try XCTUnwrap(Layout.content(state).rows.firstIndex { $0.clause != nil })
        let (b, opened) = try DemoFixture.resume(state, keys: [.char("a")] + [Key].type("第一行"))
        XCTAssertNotNil(opened.prompt, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("文件 › "), DemoFixture.screen(b))
        XCTAssertTrue(b.rows.dropLast(2).contains { $0.contains("Ctrl-D") }, DemoFixture.screen(b))
    }
}
