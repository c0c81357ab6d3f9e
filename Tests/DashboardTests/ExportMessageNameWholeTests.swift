import TerminalUI
import XCTest
@testable import Dashboard

/// A CSV export's message, too long for the status line's rows, was cut at its start anywhere: its last row began
/// '…ws-disagreements.csv', a file's name cut in its middle. The cut goes before a word (a refusal to overwrite, cut
/// to one row, wraps now: `ExportOverwriteTests`).
final class ExportMessageNameWholeTests: XCTestCase {
    func testTheCutEndKeepsWholeWords() throws {
        let files = (1...12).map { "policy-reviews-table-\($0).csv" }.joined(separator: ", ")
        var state = AppState(corpus: try DashboardFixture.corpus(), language: .english, size: Size(width: 80, height: 24))
        state.message = "exported to /tmp/qa/a-rather-long-directory-name/and-another-one: " + files
        let rows = Layout.messageRows(state)
        XCTAssertEqual(rows.count, 3)
        let last = rows[2]
        XCTAssertTrue(last.hasPrefix("… policy-reviews-table-"), last)
        XCTAssertTrue(last.hasSuffix("policy-reviews-table-12.csv"), last)
        XCTAssertLessThanOrEqual(DisplayWidth.of(last), 79)
        // A single word wider than the row keeps its end.
        XCTAssertEqual(Layout.endOfWholeWords(String(repeating: "x", count: 30) + ".csv", width: 10), DisplayWidth.truncateHead(String(repeating: "x", count: 30) + ".csv", to: 10))
    }
}
