import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The cursor's row hid its ▸ finding mark: `]` moved to a finding and the mark went away with it. In a comparison
/// of one passage, `n` moved the cursor onto that passage (1/9 to 2/9) and said nothing, its ▸ hidden: it now
/// says which passage it reached, and the mark stays.
final class CursorFindingMarkTests: XCTestCase {
    func testTheCursorsRowKeepsItsFindingMark() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        state.stack = [.documents, .document("demo-00019")]
        let (b, after) = try DemoFixture.resume(state, keys: [.char("]")])
        XCTAssertTrue(Layout.shown(after).content.rows[after.view.selected].isFinding)
        let cursor = try XCTUnwrap(DemoFixture.selectedRows(b).first, DemoFixture.screen(b))
        XCTAssertTrue(b.rows[cursor].hasPrefix("▸"), DemoFixture.screen(b))
        XCTAssertEqual(b.style(atX: 0, y: cursor)?.reverse, true, "drawn with the row's cursor")
    }

    func testNToTheOnlyPassageSaysSo() throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.analysis.pairs(involving: "demo-00019").first { $0.copies + $0.formulae == 1 })
        for (language, said) in [(Language.chinese, "第 1 段（1 / 1）"), (.english, "passage 1 of 1")] {
            var state = DemoFixture.initialState(demo, width: 100, height: 30, language: language)
            state.stack = [.documents, .compare(pair.source, pair.target)]
            let (b, after) = try DemoFixture.resume(state, keys: [.char("n")])
            XCTAssertEqual(after.message, said, DemoFixture.screen(b))
            XCTAssertTrue(Layout.shown(after).content.rows[after.view.selected].isFinding)
            let cursor = try XCTUnwrap(DemoFixture.selectedRows(b).first, DemoFixture.screen(b))
            XCTAssertTrue(b.rows[cursor].hasPrefix("▸"), DemoFixture.screen(b))
            XCTAssertTrue(DemoFixture.status(b).contains(said), DemoFixture.screen(b))
        }
    }
}
