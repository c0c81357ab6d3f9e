import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A row holds the end of one clause and the start of the next: `o` took the clause the row starts in, the clauses
/// wholly inside the row could not be reached, and at 80 columns the prompt named neither the clause's words nor its
/// codes (QA pass 48b). ↑ ↓ in the prompt take the clause before or after; the prompt quotes the clause's first words.
final class OverrideNeighbourClauseTests: XCTestCase {
    /// The demo document's first text row that holds a clause starting after the row's own first clause.
    private func rowHoldingTwoClauses(_ state: AppState, id: String) throws -> (row: Int, clause: Int, text: String) {
        let text = try XCTUnwrap(state.corpus.document(id).flatMap { state.corpus.text(of: $0) })
        let clauses = ScreenContext(state: state).reviewedClauses(id, text: text)
        let rows = Layout.content(state).rows
        for (i, row) in rows.enumerated() {
            guard let clause = row.clause, let next = clauses.first(where: { $0.index == clause.index + 1 }),
                  let offset = row.textOffset, i + 1 < rows.count, let nextOffset = rows[i + 1].textOffset,
                  next.span.start > offset, next.span.start < nextOffset else { continue }
            return (i, clause.index, text)
        }
        throw XCTSkip("no row holds two clauses")
    }

    /// demo-00019 at 100x30, the cursor on such a row.
    private func atRowHoldingTwoClauses() throws -> (state: AppState, row: Int, clause: Int, text: String) {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 100, height: 30)
        state.stack = [.documents, .document("demo-00019")]
        let (row, clause, text) = try rowHoldingTwoClauses(state, id: "demo-00019")
        state.view.selected = row
        return (state, row, clause, text)
    }

    func testDownTakesTheNextClauseOfTheRowAndQuotesIt() throws {
        let (state, row, clause, text) = try atRowHoldingTwoClauses()
        let (_, opened) = try DemoFixture.resume(state, keys: [.char("o")])
        guard case .override(let first, _)? = opened.prompt?.kind else { return XCTFail("no override prompt") }
        XCTAssertEqual(first.clause, clause)
        let (b, moved) = try DemoFixture.resume(opened, keys: [.char("人"), .down])
        guard case .override(let next, let previous)? = moved.prompt?.kind, let span = next.span else { return XCTFail("the prompt closed") }
        XCTAssertEqual(next.clause, clause + 1)
        XCTAssertEqual(moved.prompt?.text, "人", "what was typed stays")
        // The prompt quotes the clause it is now about, and lists its codes.
        let words = String(text.unicodeScalars.dropFirst(span[0]).prefix(3).map(Character.init))
        XCTAssertTrue(DemoFixture.status(b).contains("「" + words), DemoFixture.screen(b))
        let context = ScreenContext(state: moved)
        let codes = previous.currentTools.map { context.codeName($0, field: .policyTool) } + previous.currentAreas.map { context.codeName($0, field: .actionArea) }
        if let firstCode = codes.first { XCTAssertTrue(DemoFixture.status(b).contains(firstCode), DemoFixture.screen(b)) }
        // The cursor stands on the row where that clause starts (still this row: it starts inside it).
        XCTAssertEqual(moved.view.selected, row)
        // ↑ goes back.
        let (_, back) = try DemoFixture.resume(moved, keys: [.up])
        guard case .override(let again, _)? = back.prompt?.kind else { return XCTFail("the prompt closed") }
        XCTAssertEqual(again.clause, clause)
        // At 80 columns the document gives way first: the codes stay (they were dropped).
        var narrow = moved
        narrow.size = Size(width: 80, height: 24)
        let (b80, _) = try DemoFixture.resume(narrow, keys: [])
        if let firstCode = codes.first { XCTAssertTrue(DemoFixture.status(b80).contains("条款 \(clause + 1)"), DemoFixture.screen(b80))
            XCTAssertTrue(DemoFixture.status(b80).contains(firstCode), DemoFixture.screen(b80)) }
        // Enter records the override for the clause the prompt was about.
        guard case .override(let target, _)? = moved.prompt?.kind else { return }
        XCTAssertEqual(target.span?.first, span[0])
    }

    func testTheFirstClauseHasNoneBefore() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 120, height: 40)
        state.stack = [.documents, .document("demo-00019")]
        let rows = Layout.content(state).rows
        state.view.selected = try XCTUnwrap(rows.firstIndex { $0.clause?.index == 0 })
        let (_, opened) = try DemoFixture.resume(state, keys: [.char("o"), .up])
        guard case .override(let target, _)? = opened.prompt?.kind else { return XCTFail("the prompt closed") }
        XCTAssertEqual(target.clause, 0)
    }

    /// At 80 columns every clause's prompt keeps a few of its words, in both languages, whatever its codes (QA pass 49:
    /// with long code names it fell back to "override document … clause 41:").
    func testEveryClauseIsQuotedAt80Columns() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            var state = DemoFixture.initialState(demo, width: 80, height: 24, language: language)
            state.stack = [.documents, .document("demo-00019")]
            state.view.selected = try XCTUnwrap(Layout.content(state).rows.firstIndex { $0.clause?.index == 0 })
            var (b, s) = try DemoFixture.resume(state, keys: [.char("o")])
            for _ in 0..<45 {
                guard case .override(let target, _)? = s.prompt?.kind, let n = target.clause, let words = s.prompt?.excerpt else {
                    return XCTFail("the prompt closed" + DemoFixture.screen(b))
                }
                let line = DemoFixture.status(b)
                let named = (language == .chinese ? "条款 \(n)「" : "clause \(n) “") + String(words.prefix(2))
                XCTAssertTrue(line.contains(named), "\(language): " + line)
                XCTAssertLessThanOrEqual(DisplayWidth.of(line.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)), 80)
                (b, s) = try DemoFixture.resume(s, keys: [.down])
            }
        }
    }

    /// `t` on such a row tagged the clause the row starts in, and ↓ did nothing (QA pass 49 #7): ↑ ↓ take the clause
    /// before or after, quoted, as in an override.
    func testATagMovesToTheNextClauseToo() throws {
        let (state, _, clause, _) = try atRowHoldingTwoClauses()
        let (_, moved) = try DemoFixture.resume(state, keys: [.char("t"), .char("核"), .down])
        guard case .tag(let target)? = moved.prompt?.kind else { return XCTFail("the prompt closed") }
        XCTAssertEqual(target.clause, clause + 1)
        XCTAssertEqual(moved.prompt?.text, "核")
        let words = try XCTUnwrap(moved.prompt?.excerpt)
        let (b, _) = try DemoFixture.resume(moved, keys: [])
        XCTAssertTrue(DemoFixture.status(b).contains("条款 \(clause + 1)「" + String(words.prefix(3))), DemoFixture.screen(b))
    }

    /// After a search, `o` took the clause the match's row starts in, which depends on the width (QA pass 49 #8): it
    /// takes the clause holding the match.
    func testAfterASearchTheClauseHoldingTheMatch() throws {
        var (state, row, clause, text) = try atRowHoldingTwoClauses()
        let probe = ScreenContext(state: state).reviewedClauses("demo-00019", text: text)
        let next = try XCTUnwrap(probe.first { $0.index == clause + 1 })
        let scalars = Array(text.unicodeScalars)
        let query = String(String.UnicodeScalarView(scalars[next.span.start..<min(next.span.end, next.span.start + 4)]))
        let rowStart = try XCTUnwrap(Layout.content(state).rows[row].textOffset)
        try XCTSkipIf(String(String.UnicodeScalarView(scalars[rowStart..<next.span.start])).contains(query), "the words occur earlier in the row")
        state.view.search = query
        let (_, opened) = try DemoFixture.resume(state, keys: [.char("o")])
        guard case .override(let target, _)? = opened.prompt?.kind else { return XCTFail("no override prompt") }
        XCTAssertEqual(target.clause, clause + 1)
    }

    /// Enter with nothing typed said "unknown code: " (QA pass 49): it closes the prompt and records nothing, as an
    /// empty tag or note does.
    func testEnterWithNothingTypedRecordsNothing() throws {
        let (state, _, _, _) = try atRowHoldingTwoClauses()
        let (b, after) = try DemoFixture.resume(state, keys: [.char("o"), .enter])
        XCTAssertNil(after.prompt, DemoFixture.screen(b))
        XCTAssertFalse(DemoFixture.screen(b).contains("未知编码"), DemoFixture.screen(b))
        XCTAssertEqual(after.ownEntries, [])
    }

    /// `o` on a document the corpus has no text for said "press o on a clause of a document's text" (QA pass 49).
    func testADocumentWithoutTextSaysSo() throws {
        let catalogue = try DashboardFixture.catalogue()
        let id = try XCTUnwrap(catalogue.documents.first { catalogue.text(of: $0) == nil }?.id, "a document without text")
        let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 30, keys: [.char(":")] + [Key].type(id) + [.enter, .char("o")])
        XCTAssertTrue(DemoFixture.status(b).contains("没有该文件的全文"), DemoFixture.screen(b))
    }
}
