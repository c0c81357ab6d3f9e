import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Enter on a cell of the policy-tools matrix (8) coded every document the cell counts, to quote its clauses (clause
/// coding is not stored): at 10,000 formula-style documents 人才培养 × 创业创新 (6,843 clauses in 4,911 documents)
/// opened after 5.6 s, the screen and every key held meanwhile (release build, 200x60), and 人才培养 × 协同制造 after
/// 9 s. The page now quotes the clauses of the first documents, up to `ScreenContext.quotesPerPage`, and lists
/// the later documents with their counts (the summary's, as the cell's), which needs no coding; the header says so.
final class ToolClausesCapTests: XCTestCase {
    /// The demo's largest cell of the area view and its list, built in Chinese at 120x30.
    private func largestCell() throws -> (count: Int, content: ScreenContent) {
        let context = ScreenContext(state: DemoFixture.initialState(try DemoFixture.shared(), width: 120, height: 30))
        let grid = try XCTUnwrap(ToolsScreen(context: context, variant: 0).content().grid)
        var best: (count: Int, target: Route)?
        for (r, row) in grid.targets.enumerated() {
            for (col, target) in row.enumerated() where col < row.count - 1 {  // not the Total column
                guard let target, let n = Int(grid.texts[r][col]) else { continue }
                if n > best?.count ?? 0 { best = (n, target) }
            }
        }
        let cell = try XCTUnwrap(best)
        guard case .toolClauses(let tool, let scope) = cell.target else { throw XCTSkip("\(cell.target)") }
        return (cell.count, ToolClausesScreen(context: context, tool: tool, scope: scope).content())
    }

    func testALargeCellQuotesTheFirstClausesAndCountsTheRest() throws {
        let (count, content) = try largestCell()
        XCTAssertGreaterThan(count, ScreenContext.quotesPerPage)
        let quoted = content.rows.count { $0.focus != nil }
        // The first documents' clauses, whole documents at a time: at least the cap, less than the cell.
        XCTAssertGreaterThanOrEqual(quoted, ScreenContext.quotesPerPage)
        XCTAssertLessThan(quoted, count)
        // The later documents are listed with their clauses counted: quoted and counted make the cell.
        let counted = content.rows.compactMap { row -> Int? in
            guard row.kind == .note || row.expands != nil, let cell = row.cells.first, let r = cell.range(of: #"\d+(?= 条（未摘录）)"#, options: .regularExpression) else { return nil }
            return Int(cell[r])
        }
        XCTAssertFalse(counted.isEmpty)
        XCTAssertEqual(quoted + counted.reduce(0, +), count)
        let header = content.header.map(\.text)
        XCTAssertTrue(header.contains { $0.contains("\(count) 条条款") }, header.joined(separator: "\n"))
        XCTAssertTrue(header.contains { $0.contains("只摘录前 \(ScreenContext.quotesPerPage) 条") }, header.joined(separator: "\n"))
    }
}
