import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A text search over the catalogue, which ships no text, said "0 documents, 0 hits in their texts" of texts it
/// never had. It says that no text was searched, and how many documents lack one, as `ipap list --search` does.
final class TextSearchWithoutTextTests: XCTestCase {
    func testASearchOverDocumentsWithoutTextSaysNoTextWasSearched() throws {
        let corpus = try DashboardFixture.catalogue()
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 30), analysisJob: nil)
        state.stack = [.documents, .textSearch("不存在的词")]
        let request = try XCTUnwrap(TextSearching.request(state))
        let job = TextSearchJob(request: request, documents: corpus.documents, corpus: corpus)
        job.start()
        XCTAssertTrue(job.waitUntilStopped(timeout: 30))
        let results = try XCTUnwrap(job.currentResults)
        XCTAssertEqual(results.withoutText, corpus.documents.count)
        state.textSearchResults = results
        let header = try XCTUnwrap(Layout.content(state).header.first?.text)
        XCTAssertEqual(header, "“不存在的词”：0 份文件；正文未检索：\(corpus.documents.count) 份文件都没有正文")
    }
}
