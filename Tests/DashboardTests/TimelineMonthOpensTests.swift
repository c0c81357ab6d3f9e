import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// On the timeline by month (`v`), Enter on a month's row opened the whole year: `2015-09 … 1`, Enter, read
/// `2015   5 份文件` under the breadcrumb `时间线 › 2015`. It opens the month's documents, named as the row names it.
final class TimelineMonthOpensTests: XCTestCase {
    func testEnterOnAMonthOpensThatMonthsDocuments() throws {
        // The fixture's 2015 holds two documents: Sichuan's of 2015-06-15 and the guiding opinion of 2015-07-04.
        let corpus = try DashboardFixture.corpus()
        for language in [Language.chinese, .english] {
            let (b, state) = try DashboardFixture.run(corpus, width: 80, height: 24, language: language,
                                                      keys: [.char("9"), .char("v"), .char("j"), .enter])
            let screen = "\n" + b.rows.joined(separator: "\n")
            XCTAssertEqual(state.route, .documentSet(DocumentFilter(year: 2015, month: 7)), screen)
            XCTAssertTrue(b.rows.last?.contains((language == .chinese ? "时间线" : "Timeline") + " › 2015-07") == true, screen)
            let listed = Layout.content(state).rows.compactMap(\.target)
            XCTAssertEqual(listed, [.document("gf-2015-40")], screen)
        }
    }

    /// The filter prompt reads and writes a month as the breadcrumb names it, so `f` on the month's list edits it.
    func testTheFilterSyntaxTakesAMonth() throws {
        let taxonomy = try DashboardFixture.corpus().taxonomy
        let filter = try FilterSyntax.parse("year:2015-07", taxonomy: taxonomy).get()
        XCTAssertEqual(filter, DocumentFilter(year: 2015, month: 7))
        XCTAssertEqual(FilterSyntax.format(filter, taxonomy: taxonomy), "year:2015-07")
        XCTAssertEqual(FilterSyntax.format(DocumentFilter(year: 2015), taxonomy: taxonomy), "year:2015")
        XCTAssertThrowsError(try FilterSyntax.parse("year:2015-13", taxonomy: taxonomy).get())
    }
}
