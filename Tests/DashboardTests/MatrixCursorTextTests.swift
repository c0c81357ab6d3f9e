import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Under the cursor, a grid's cell that has a text but no shading value showed '·', which a matrix uses for zero:
/// the tools matrix's Total (tab 8, l to the last column) read 'S Talent development … ·' while the line under the
/// grid said '= 63', and the heat map's '-' (one document) read '·' ('none shared') there. The cell keeps its text.
final class MatrixCursorTextTests: XCTestCase {
    func testTheToolsTotalUnderTheCursorShowsItsCount() throws {
        for language in [Language.english, .chinese] {
            let keys: [Key] = [.char("8")] + Array(repeating: .char("l"), count: 11)
            let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 30, language: language, keys: keys)
            XCTAssertTrue(DemoFixture.status(b).contains("1/24×12/12"), DemoFixture.screen(b))
            let grid = try XCTUnwrap(Layout.content(state).grid)
            let total = try XCTUnwrap(grid.shown(row: 0, column: 11))
            XCTAssertNotEqual(total, "·")
            let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(grid.rowLabels[0] + " ") }, DemoFixture.screen(b))
            XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix(" " + total), "'\(row)'")
            XCTAssertTrue(b.rows.contains { $0.contains(" = " + total) }, DemoFixture.screen(b))
        }
    }

    func testTheHeatMapsOneDocumentCellUnderTheCursorKeepsItsMark() throws {
        // From the strongest cell, Centre × Anhui (row 1, column 9), to Liaoning × Liaoning (row 4, column 4).
        let keys: [Key] = [.char("7"), .down, .down, .down] + Array(repeating: .left, count: 5)
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: keys)
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix("辽 Liaoning ") }, DemoFixture.screen(b))
        XCTAssertTrue(row.hasPrefix("辽 Liaoning     ·  ·  ·  -  "), "'\(row)'")
    }
}
