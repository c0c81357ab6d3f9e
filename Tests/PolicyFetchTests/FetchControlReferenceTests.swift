import FetchFixtures
import Foundation
import PolicyModel
import XCTest
@testable import PolicyFetch

/// `ipap import` refused a page whose character reference stands for a control (`&#27;`), but `ipap fetch`
/// stored such a page's text with the control in it. The fetch refuses it now by the import's rule, and says
/// where in the page the reference is; the run's other pages are written as before.
final class FetchControlReferenceTests: XCTestCase {
    var server: FixtureServer!
    var corpus: URL!

    override func setUpWithError() throws {
        server = try FixtureServer { request in
            guard request.host == "www.fixture.gov.cn", request.path == "/2016/utf8-1.html" else { return FixtureSite.respond(request) }
            let page = FixtureSite.govPage(n: 1).replacingOccurrences(of: "现提出以下意见", with: "现提出&#27;]0;PWNED&#7;以下意见")
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
        }
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-fetch-control-\(UUID().uuidString)")
        try FixtureSite.writeCorpus(to: corpus)
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: corpus)
        ProxySettings.install(from: [:])
    }

    func testAPageWithAControlReferenceIsNotStoredAndTheResultSaysWhere() throws {
        var options = FetchOptions()
        options.interval = 0.02
        options.timeout = 1
        options.retries = 1
        options.backoff = 0.01
        options.environment = ["HTTP_PROXY": server.baseURL]
        let fetcher = CorpusFetcher(corpus: corpus, displayPath: "corpus", taxonomyDirectory: CorpusFetcherTests.taxonomy, options: options)
        let report = try fetcher.run(ids: ["utf8-1", "gbk-1"])

        let refused = try XCTUnwrap(report.results.first { $0.id == "utf8-1" })
        XCTAssertEqual(refused.kind, .failed)
        XCTAssertEqual(refused.url, FixtureSite.official + "/2016/utf8-1.html")
        // The second paragraph is the page's line 9; its `&` the 24th character of that line.
        XCTAssertEqual(refused.problem, .controlCharacter(HTMLText.RefusedControl(control: "\u{1B}", written: "&#27;",
                                                                                  position: SourcePosition(line: 9, column: 24))))
        XCTAssertEqual(refused.problem?.reason.en,
                       "the control character U+001B (written &#27;): a text may not hold control characters (line 9, column 24 of the page)")
        XCTAssertEqual(refused.problem?.reason.zh, "控制字符 U+001B（写作 &#27;）：正文不能含控制字符（页面第 9 行第 24 列）")
        XCTAssertEqual(report.results.first { $0.id == "gbk-1" }?.kind, .fetched)
        XCTAssertEqual(report.imported?.replaced, ["gbk-1"])

        let documents = try XCTUnwrap(CorpusLoader(taxonomyDirectory: CorpusFetcherTests.taxonomy).load(corpus, displayPath: "corpus").corpus)
        XCTAssertNil(documents.document("utf8-1")?.text, "the page's text is not stored")
        XCTAssertNil(documents.document("utf8-1")?.source.fetched)
        XCTAssertNotNil(documents.document("gbk-1")?.text)
    }
}
