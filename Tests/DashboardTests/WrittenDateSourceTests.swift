import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document with no number said it was written in "2015 (from number)": the year was its publication's
/// (`mofcom-20150515`, published 2015-05-15, no written date, no number). The written date is the written one,
/// else the year in the number, marked so, else unknown.
final class WrittenDateSourceTests: XCTestCase {
    private func writtenLine(_ catalog: Corpus, _ id: String, _ language: Language) throws -> String {
        var state = AppState(corpus: catalog, language: language, size: Size(width: 80, height: 24))
        state.stack = [.documents, .document(id)]
        var backend = TestBackend(width: 80, height: 24)
        _ = try Dashboard.run(backend: &backend, initial: state)
        let written = language == .english ? " Written " : " 成文 "
        return try XCTUnwrap(backend.rows.first { $0.hasPrefix(written) }, DemoFixture.screen(backend))
    }

    func testTheWrittenDateComesFromTheNumberOnlyWhenThereIsOne() throws {
        let catalog = try DashboardFixture.catalogue()
        // No written date, no number, published.
        let unnumbered = try XCTUnwrap(catalog.document("mofcom-20150515"))
        XCTAssertNil(unnumbered.number)
        XCTAssertNil(unnumbered.dateWritten)
        XCTAssertTrue(try writtenLine(catalog, "mofcom-20150515", .english).hasPrefix(" Written unknown   Published 2015-05-15"))
        XCTAssertTrue(try writtenLine(catalog, "mofcom-20150515", .chinese).hasPrefix(" 成文 未知　发布 2015-05-15"))
        // No written date, a number with its year, published: the number's year, said to be the number's.
        let numbered = try XCTUnwrap(catalog.document("36-ff-2015-43"))
        XCTAssertNil(numbered.dateWritten)
        XCTAssertNotNil(numbered.datePublished)
        XCTAssertTrue(try writtenLine(catalog, "36-ff-2015-43", .english).hasPrefix(" Written 2015 (from number)   Published 2015-09-23"))
        XCTAssertTrue(try writtenLine(catalog, "36-ff-2015-43", .chinese).hasPrefix(" 成文 2015（据文号）　发布 2015-09-23"))
    }
}
