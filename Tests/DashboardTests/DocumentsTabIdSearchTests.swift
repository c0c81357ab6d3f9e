import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 47, item 13: on the Documents tab `/demo-00019` found nothing ('"demo-00019"：0 份文件，正文中 0 处'), though ids
/// are shown on every evidence and review screen and `:` finds them. `/` there lists the documents whose text, title,
/// number, id or issuer holds the words, as `ipap list --search` does.
final class DocumentsTabIdSearchTests: XCTestCase {
    func testAnIdANumberAndAnIssuerAreFound() throws {
        let demo = try DemoFixture.shared()
        let corpus = demo.corpus
        let d = try XCTUnwrap(corpus.document("demo-00019"))
        XCTAssertNotNil(TextSearchResults.search(d, for: "demo-00019", in: corpus))
        XCTAssertNotNil(TextSearchResults.search(d, for: "DEMO-00019", in: corpus), "letter case aside, as the text")
        let other = try XCTUnwrap(corpus.document("demo-00018"))
        XCTAssertNil(TextSearchResults.search(other, for: "demo-00019", in: corpus))
        if let numbered = corpus.documents.first(where: { $0.number != nil }), let number = numbered.number {
            XCTAssertNotNil(TextSearchResults.search(numbered, for: number, in: corpus))
        }
    }

    func testTheDocumentsTabListsTheDocumentOfAnId() throws {
        let demo = try DemoFixture.shared()
        var backend = TestBackend(width: 100, height: 24)
        backend.feed([.char("5"), .char("/")] + [Key].type("demo-00019") + [.enter])
        let state = try Dashboard.run(backend: &backend, initial: DemoFixture.initialState(demo, width: 100, height: 24))
        let (b, settled) = try BackgroundSettling.settled((backend, state))
        let results = try XCTUnwrap(settled.textSearchResults)
        XCTAssertEqual(results.found.map(\.document.id), ["demo-00019"])
        XCTAssertTrue(b.rows.contains { $0.contains("“demo-00019”：1 份文件") }, DemoFixture.screen(b))
        // Enter opens it.
        let (_, opened) = try DemoFixture.resume(settled, keys: [.enter])
        XCTAssertEqual(opened.route, .document("demo-00019"))
    }
}
