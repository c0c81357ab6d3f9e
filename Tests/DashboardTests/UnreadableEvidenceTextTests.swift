import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document whose text file was changed or moved after the analysis: its tool-shares evidence page said
/// '（无：该文件没有此项的依据段落）' ('no passage of this document supports it'), a reason the page had not seen;
/// another indicator's page listed the document and nothing under it. Both say the text could not be read, as the
/// document's own page does ('正文未能读取（文件可能已被改动或移走）'); and so does a tool's list of clauses.
final class UnreadableEvidenceTextTests: XCTestCase {
    func testAnUnreadableTextIsSaidSoOnTheEvidencePages() throws {
        let demo = try DemoFixture.writable()
        var corpus = demo.corpus
        corpus.releaseLoadedTexts()
        let dir = corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let id = "demo-00019"
        try FileManager.default.removeItem(at: dir.appendingPathComponent("documents/\(id).json"))
        XCTAssertNil(corpus.document(id).flatMap { corpus.text(of: $0) })
        for language in [Language.chinese, .english] {
            var state = DemoFixture.initialState(.init(corpus: corpus, analysis: demo.analysis), width: 100, height: 30, language: language)
            for kind in [TextIndicatorKind.toolShares, .copiedFromCentre] {
                state.stack = [.indicators, .evidence(indicator: kind, subject: .document(id))]
                let rows = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }
                let shown = "\(kind.rawValue) \(language)\n" + rows.joined(separator: "\n")
                XCTAssertTrue(rows.contains { $0.contains(Label.theTextCouldNotBe.text(in: language)) }, shown)
                XCTAssertFalse(rows.contains { $0.contains(Label.noneNoPassageOfThis.text(in: language)) }, shown)
            }
            // A tool's clauses (tab 8) listed the document with '… 1 条（未摘录）' ('1 clause (not quoted)') under it, the header saying quotes stop
            // at 300: a cap the page had not reached.
            // The document's tool with the fewest clauses in the corpus, under the quoting cap (a dictionary's first tool,
            // as this test took first, differed from run to run, and one over the cap rightly named it: a flaky test).
            let tools = try XCTUnwrap(demo.analysis.indicators(id)?.toolAreaCounts.filter { ($0.value[ToolAreaCounts.allClauses] ?? 0) > 0 }.keys)
            let clauses = { (tool: String) in
                demo.analysis.result.documents.reduce(0) { $0 + ($1.toolAreaCounts[tool]?[ToolAreaCounts.allClauses] ?? 0) }
            }
            let tool = try XCTUnwrap(tools.sorted().min { clauses($0) < clauses($1) })
            XCTAssertLessThan(clauses(tool), ScreenContext.quotesPerPage, tool)
            state.stack = [.tools, .toolClauses(tool: tool, scope: .all)]
            let content = Layout.content(state)
            let rows = content.rows.map { $0.cells.joined(separator: " ") }
            let shown = "\(tool) \(language)\n" + (content.header.map(\.text) + rows).joined(separator: "\n")
            let title = try XCTUnwrap(corpus.document(id)?.title)
            let at = try XCTUnwrap(rows.firstIndex { $0.contains(title) }, shown)
            XCTAssertEqual(rows[at + 1], "    " + Label.theTextCouldNotBe.text(in: language), shown)
            XCTAssertFalse(content.header.contains { $0.text == Phrase.toolClausesQuotesCapped(ScreenContext.quotesPerPage).text(in: language) }, shown)
        }
    }
}
