import TerminalUI
import XCTest
@testable import Dashboard

/// Enter on a Tools cell looked up every document's counts to list the cell's documents, the main thread's work before
/// the page's header showed (15 ms at 10,000 documents). Each tool's documents are now found once per data and scope
/// (`ToolDocuments`), with the matrix: its cells' pages list theirs from the same index, in the corpus's order.
final class ToolDocumentsTests: XCTestCase {
    func testTheMatrixAndItsCellsPagesFindTheToolsDocumentsOnce() throws {
        let loaded = try DemoFixture.shared()
        let (_, state) = try DemoFixture.run(loaded, width: 120, height: 30, keys: [.char("8"), .enter, .escape, .char("l"), .char("l"), .enter])
        guard case .toolClauses = state.route else { return XCTFail("\(state.route)") }
        XCTAssertEqual(state.toolDocuments.builds, 1)
        // The page's documents, in the corpus's order, are those whose counts the cell sums.
        let context = ScreenContext(state: state)
        guard case .toolClauses(let tool, let scope) = state.route else { return }
        let listed = ToolClausesScreen(context: context, tool: tool, scope: scope).content().rows.compactMap { row -> String? in
            guard row.kind == .item, row.focus == nil, case .document(let id)? = row.target else { return nil }
            return id
        }
        let expected = context.corpus.documents.filter { d in
            (context.analysis?.indicators(d.id)?.toolAreaCounts[tool]?[scope.toolAreaKey] ?? 0) > 0 && scope.admits(d)
        }.map(\.id)
        XCTAssertFalse(listed.isEmpty)
        XCTAssertEqual(listed, expected)
    }
}
