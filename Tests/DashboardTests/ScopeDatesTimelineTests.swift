import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Within the review's scope (`w`) the timeline's "日期未知：5 份" line went with the undated documents, and nothing
/// said they were left out (QA pass 48): the timeline and the overview say what the scope's days did with them.
final class ScopeDatesTimelineTests: XCTestCase {
    func testTheTimelineAndTheOverviewSayWhatTheScopeLeftOut() throws {
        let corpus = try DashboardFixture.catalogue()
        let placements = CorpusScope.review.datePlacements(in: corpus.documents)
        XCTAssertGreaterThan(placements.undated, 0, "the catalogue has undated documents")
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 40))
        state.scope = .review
        state.stack = [.timeline]
        let rows = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }
        XCTAssertTrue(rows.contains { $0.hasPrefix("范围内：") && $0.contains("\(placements.undated) 份无日期，未计入") }, rows.joined(separator: "\n"))
        state.stack = [.overview]
        let header = Layout.content(state).header.map(\.text).joined(separator: "\n")
        XCTAssertTrue(header.contains("\(placements.undated) 份无日期，未计入"), header)
        // Without a scope nothing is left out, and the line is not there.
        state.scope = .all
        state.stack = [.timeline]
        XCTAssertFalse(Layout.content(state).rows.contains { $0.cells.joined().hasPrefix("范围内：") })
    }

    /// In English at 80 columns the row was cut ("…not coun…"): its first clause is said briefly there.
    func testTheEnglishRowFitsAt80Columns() throws {
        let corpus = try DashboardFixture.catalogue()
        let (b, _) = try DashboardFixture.run(corpus, width: 80, height: 24, language: .english, keys: [.char("9"), .char("w")])
        let row = try XCTUnwrap(b.rows.first { $0.contains("In scope:") }, b.rows.joined(separator: "\n"))
        XCTAssertTrue(row.contains("undated, not counted"), row)
        XCTAssertFalse(row.contains("…"), row)
    }
}
