import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `/照搬中央` on the Indicators tab matched problem 2's description and rested the cursor on the row above it, problem 1's
/// 年度发文量: Enter opened it and `r` rated it (QA pass 48). A note under its section's heading is about the rows after it.
final class SearchRestsInSectionTests: XCTestCase {
    func testAHitInAProblemsDescriptionRestsOnARowOfThatProblem() throws {
        let demo = try DemoFixture.shared()
        let (b, after) = try DemoFixture.run(demo, width: 80, height: 24, keys: [.char("6"), .char("g"), .char("/")] + [Key].type("照搬中央") + [.enter])
        let rows = Layout.shown(after).content.rows
        let match = try XCTUnwrap(after.view.matchRow, DemoFixture.screen(b))
        XCTAssertFalse(rows[match].isSelectable, "the first hit is in a description")
        guard after.view.selected > match else { return XCTFail("rests above the hit, in another section\n" + DemoFixture.screen(b)) }
        // No heading between the hit and the row the cursor rests on: the same section.
        XCTAssertFalse(rows[(match + 1)..<after.view.selected].contains { $0.kind == .heading }, DemoFixture.screen(b))
        XCTAssertNotEqual(rows[after.view.selected].target, .indicator(.metadata(.issuancePerYear)), DemoFixture.screen(b))
    }

    /// A note under a row (a document's value) still rests on the row above it, which it is about.
    func testANoteUnderARowRestsAbove() {
        let rows: [ScreenContent.Row] = [.init(cells: ["heading"], kind: .heading), .init(cells: ["row"]), .init(cells: ["note"], kind: .note),
                                         .init(cells: ["row 2"])]
        XCTAssertEqual(Search.restingRow(for: 2, in: rows, visible: 10), 1)
        let headed: [ScreenContent.Row] = [.init(cells: ["row"]), .init(cells: ["heading"], kind: .heading), .init(cells: ["note"], kind: .note),
                                           .init(cells: ["row 2"])]
        XCTAssertEqual(Search.restingRow(for: 2, in: headed, visible: 10), 3)
    }
}
