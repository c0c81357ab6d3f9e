import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A page that counts its later documents' clauses puts the count on a row after each document ('… 7 条（未摘录）'),
/// a row the cursor does not stop on. G (or j onto the last document) left the last document's count below the
/// table: the page ended on that document's row, its count unseen. The table now scrolls to its end when the last
/// row the cursor stops on is reached. Demo, 80x24: 应用示范 × 益民服务 (371 clauses, more than the 300 quoted).
final class TrailingNoteTests: XCTestCase {
    private let openCell: [Key] = [.char("8")] + Array(repeating: .char("j"), count: 15) + Array(repeating: .char("l"), count: 5) + [.enter]

    func testGShowsTheLastDocumentsCount() throws {
        let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: openCell + [.char("G")])
        guard case .toolClauses = state.route else { return XCTFail("\(state.route)\n" + DemoFixture.screen(b)) }
        let table = b.rows.dropLast()  // the status line
        XCTAssertTrue(table.last?.hasPrefix("     … ") ?? false, DemoFixture.screen(b))
        XCTAssertTrue(table.last?.contains(" 条（未摘录）") ?? false, DemoFixture.screen(b))
    }

    func testJOntoTheLastDocumentShowsItsCountToo() throws {
        let (_, atBottom) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: openCell + [.char("G")])
        // From the row above the last document, j.
        let (b, _) = try DemoFixture.resume(atBottom, keys: [.char("k"), .char("j")])
        XCTAssertTrue(b.rows.dropLast().last?.contains(" 条（未摘录）") ?? false, DemoFixture.screen(b))
    }
}
