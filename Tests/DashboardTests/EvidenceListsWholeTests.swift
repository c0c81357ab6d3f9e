import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 47, item 4: 资金安排 · 天津 counted 84 measures without funds in a document and quoted 50, then a row
/// '… 另有 34 处' on which Enter did nothing: 64 of the 164 measures counted could not be reached from the number.
/// The row now says Enter lists them, and Enter lists them in place (that one document read whole); likewise a
/// page's documents past its quotes ('… 84 段（未摘录）：Enter 摘录') and a tool cell's.
final class EvidenceListsWholeTests: XCTestCase {
    private func state(at route: Route, width: Int = 100, height: Int = 40, language: Language = .chinese) throws -> AppState {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: width, height: height, language: language)
        state.stack = [route]
        return state
    }

    /// The rows of a document's list on a page: its quotes (rows opening the document at a place), in order.
    private func quotes(of document: String, in content: ScreenContent) -> Int {
        content.rows.count { $0.focus != nil && $0.target == .document(document) }
    }

    /// Puts the cursor on `row` and presses Enter.
    private func enter(on row: Int, in state: AppState) throws -> (TestBackend, AppState) {
        var s = state
        s.view.selected = row
        s.view.offset = max(0, row - 3)
        return try DemoFixture.resume(s, keys: [.enter])
    }

    func testEnterOnTheMoreRowListsEveryMeasureCounted() throws {
        let tianjin = "120000"
        for language in Language.allCases {
            let route = Route.evidence(indicator: .funding, subject: .province(tianjin))
            let before = try state(at: route, language: language)
            let content = Layout.content(before)
            let more = try XCTUnwrap(content.rows.firstIndex { $0.expands != nil }, "a list cut short")
            let cell = content.rows[more].cells[0]
            XCTAssertTrue(cell.contains(language == .chinese ? "：Enter 列出" : ": Enter lists them"), cell)
            XCTAssertTrue(content.rows[more].isSelectable, "the cursor can rest on it")
            let document = try XCTUnwrap(content.rows[more].expands)
            let left = try XCTUnwrap(Int(cell.filter(\.isNumber)))
            let shown = quotes(of: document, in: content)

            let (b, after) = try enter(on: more, in: before)
            XCTAssertEqual(after.route, route, "Enter lists in place, it opens nothing")
            let whole = Layout.content(after)
            XCTAssertEqual(quotes(of: document, in: whole), shown + left, DemoFixture.screen(b))
            XCTAssertFalse(whole.rows.contains { $0.expands == document }, "no row of that document is cut short")
            // The cursor is on the first of them, the row it was on.
            XCTAssertEqual(after.view.selected, more)
            XCTAssertEqual(whole.rows[more].focus.map { _ in true }, true)
            // The other document's list is still cut (read on demand, one document at a time).
            XCTAssertTrue(whole.rows.contains { $0.expands != nil && $0.expands != document }, "the second document keeps its cut")
        }
    }

    /// The status line offers what Enter does on such a row.
    func testTheStatusLineSaysEnterListsTheRest() throws {
        let before = try state(at: .evidence(indicator: .funding, subject: .province("120000")), width: 120)
        let content = Layout.content(before)
        var s = before
        s.view.selected = try XCTUnwrap(content.rows.firstIndex { $0.expands != nil })
        s.view.offset = max(0, s.view.selected - 3)
        let (b, _) = try DemoFixture.resume(s, keys: [])
        XCTAssertTrue(DemoFixture.status(b).contains("⏎ 列出其余"), DemoFixture.status(b))
    }

    /// A page of all the documents quotes up to `quotesPerPage`; a later document's count is a row Enter quotes it on.
    func testEnterOnANotQuotedCountQuotesThatDocument() throws {
        for id in [TextIndicatorKind.vagueMeasures, .toolShares] {
            let before = try state(at: .evidence(indicator: id, subject: .corpus))
            let content = Layout.content(before)
            let count = try XCTUnwrap(content.rows.lastIndex { $0.expands != nil && $0.cells[0].contains("未摘录") }, "\(id)")
            let document = try XCTUnwrap(content.rows[count].expands)
            XCTAssertEqual(quotes(of: document, in: content), 0)
            let counted = try XCTUnwrap(Int(content.rows[count].cells[0].filter(\.isNumber)))
            let (_, after) = try enter(on: count, in: before)
            let whole = Layout.content(after)
            XCTAssertEqual(quotes(of: document, in: whole), counted, "\(id): every passage or clause counted is quoted")
        }
    }

    /// The same on a tool cell's clauses past the page's quotes.
    func testEnterOnAToolCellsCountQuotesThatDocumentsClauses() throws {
        let keys: [Key] = [.char("8")] + Array(repeating: .char("j"), count: 15) + Array(repeating: .char("l"), count: 5) + [.enter]
        let (_, opened) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 30, keys: keys)
        guard case .toolClauses = opened.route else { return XCTFail("\(opened.route)") }
        let content = Layout.wholeShown(opened).content
        let count = try XCTUnwrap(content.rows.lastIndex { $0.expands != nil })
        let document = try XCTUnwrap(content.rows[count].expands)
        let counted = try XCTUnwrap(Int(content.rows[count].cells[0].filter(\.isNumber)))
        var s = opened
        s.view.selected = count
        let (_, after) = try DemoFixture.resume(s, keys: [.enter])
        XCTAssertEqual(quotes(of: document, in: Layout.wholeShown(after).content), counted)
    }

    /// A view's export writes the count without the key.
    func testTheExportedRowHasNoKey() throws {
        let content = Layout.content(try state(at: .evidence(indicator: .funding, subject: .province("120000"))))
        let row = try XCTUnwrap(content.rows.first { $0.expands != nil })
        XCTAssertEqual(row.exportedText.map { $0.contains("Enter") }, false)
    }
}
