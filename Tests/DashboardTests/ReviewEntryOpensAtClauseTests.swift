import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Enter on a Reviews tab entry about a clause opened its document at the top (QA pass 49 #6): it opens at the clause.
final class ReviewEntryOpensAtClauseTests: XCTestCase {
    func testEnterOpensTheDocumentAtTheClause() throws {
        let demo = try DemoFixture.shared()
        let id = "demo-00019"
        let text = try XCTUnwrap(demo.corpus.document(id)?.text)
        let probe = DemoFixture.initialState(demo, width: 100, height: 30)
        let clauses = ScreenContext(state: probe).reviewedClauses(id, text: text)
        let late = try XCTUnwrap(clauses.dropFirst(30).first, "a clause far into the text")
        let entry = ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .note,
                                target: .document(id, span: (late.span.start, late.span.end), clause: late.index), note: "核实")
        let store = ReviewStore(entries: [ReviewStore.Located(entry: entry, file: "reviews/wang.jsonl", line: 1)])
        let state = Dashboard.update(probe, .journalsChanged(store)).0
        let (b, opened) = try DemoFixture.resume(state, keys: [.char("0"), .enter])
        XCTAssertEqual(opened.route, .document(id), DemoFixture.screen(b))
        let rows = Layout.content(opened).rows
        let here = try XCTUnwrap(rows[opened.view.selected].textOffset, "a line of the text is selected" + DemoFixture.screen(b))
        let next = rows[(opened.view.selected + 1)...].lazy.compactMap(\.textOffset).first ?? Int.max
        XCTAssertTrue(here <= late.span.start && late.span.start < next, "the clause at \(late.span.start) is on the selected line [\(here), \(next))")
    }
}
