import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.csv` on the policy-tools matrix wrote '·', the screen's mark for a count of zero, into the
/// cells no clause is counted in: a CSV cell holds the number, 0. The Markdown writes 0 too (a file, not the screen).
/// In the demo, 人才培养 (Talent development) has no clause in 协同制造, the second column.
final class ToolMatrixViewExportZeroTests: XCTestCase {
    func testAZeroCountIsExportedAsTheNumberZero() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 200, height: 60, language: .english)
        state.stack = [.tools]
        let content = Sorting.apply(Layout.content(state), view: state.view)
        let grid = try XCTUnwrap(content.grid)
        let talent = try XCTUnwrap(grid.rowLabels.firstIndex { $0.hasSuffix("Talent development") }, "\(grid.rowLabels)")
        XCTAssertEqual(grid.texts[talent][1], "·", "the screen shows the mark")
        for format in [ViewExport.Format.csv, .markdown] {
            let text = ViewExport.text(content, title: "Policy tools", format: format)
            XCTAssertFalse(text.contains("·"), text)
            let separator = format == .csv ? "," : " | "
            let line = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.contains("Talent development") }, text)
            let cells = line.components(separatedBy: separator).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "| ")) }
            let labelCell = try XCTUnwrap(cells.firstIndex { $0.hasSuffix("Talent development") }, line)
            XCTAssertEqual(cells[labelCell + 2], "0", line)
            XCTAssertTrue(cells[(labelCell + 1)...].allSatisfy { Int($0) != nil }, line)
        }
    }
}
