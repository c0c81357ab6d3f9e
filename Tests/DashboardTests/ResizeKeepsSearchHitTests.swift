import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// After `/` found words late in a wide row, a resize to 80 columns put the cursor on the row above the match: the
/// anchor was the row's first character, and the match had wrapped onto the next row (QA pass 48b #9).
final class ResizeKeepsSearchHitTests: XCTestCase {
    func testTheCursorStaysOnTheRowHoldingTheMatch() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        state.stack = [.documents, .document("demo-00019")]
        let rows = Layout.content(state).rows
        // A text row with four characters, well past 80 columns into it, that do not occur before them in the row.
        var found: (row: Int, query: String, offset: Int)?
        for (i, row) in rows.enumerated() {
            guard let start = row.textOffset else { continue }
            let line = Array((row.cells.first ?? "").dropFirst(row.textStart))
            guard line.count > 70 else { continue }
            let at = 60, query = String(line[at..<(at + 4)])
            guard !query.contains(" "), !String(line[..<at]).contains(query) else { continue }
            found = (i, query, start + line[..<at].reduce(0) { $0 + $1.unicodeScalars.count })
            break
        }
        let (row, query, offset) = try XCTUnwrap(found, "a long row of text")
        state.view.search = query
        state.view.selected = row
        var backend = TestBackend(width: 200, height: 60)
        backend.queueResize(width: 80, height: 24)
        let after = try Dashboard.run(backend: &backend, initial: state)
        XCTAssertEqual(after.size, Size(width: 80, height: 24))
        let narrow = Layout.content(after).rows
        let here = try XCTUnwrap(narrow[after.view.selected].textOffset, "a line of the text is selected")
        let next = narrow[(after.view.selected + 1)...].lazy.compactMap(\.textOffset).first ?? Int.max
        XCTAssertTrue(here <= offset && offset < next, "the match at \(offset) is on the selected line [\(here), \(next))")
        XCTAssertEqual(Search.matchOffset(in: narrow, at: after.view.selected, query), offset)
    }
}
