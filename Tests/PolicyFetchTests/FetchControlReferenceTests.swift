import FetchFixtures
import Foundation
import PolicyModel
import XCTest
@testable import PolicyFetch

/// `ipap import` refused a page whose character reference stands for a control (`&#27;`), but `ipap fetch`
/// stored such a page's text with the control in it. The fetch refuses it now by the import's rule, and says
/// where in the page the reference is; the run's other pages are written as before. Windows-1252 references
/// (`&#147;`) are read as the import reads them, as a browser shows them.
extension CorpusFetcherTests {
    /// The fixture site, with references written into the second paragraph of three pages: utf8-1 an escape;
    /// moved-1 Windows-1252 quotes and a dash; gbk-2 a value Windows-1252 leaves unassigned (still a control).
    static func pageWithReferences(_ request: FixtureServer.Request) -> FixtureServer.Response {
        let changed: [String: (n: Int, with: String)] = [
            "/2016/utf8-1.html": (1, "现提出&#27;]0;PWNED&#7;以下意见"),
            "/2016/moved-1.html": (4, "现提出&#147;以下意见&#148;&#150;"),
            "/2016/gbk-2.html": (3, "现提出&#x81;以下意见"),
        ]
        guard request.host == "www.fixture.gov.cn", let change = changed[request.path] else { return FixtureSite.respond(request) }
        let page = FixtureSite.govPage(n: change.n).replacingOccurrences(of: "现提出以下意见", with: change.with)
        return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
    }

    func testAPageWithAControlReferenceIsNotStoredAndTheResultSaysWhere() throws {
        let server2 = try FixtureServer(handler: Self.pageWithReferences)
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["utf8-1", "gbk-1"])

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

        let documents = try XCTUnwrap(CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus)
        XCTAssertNil(documents.document("utf8-1")?.text, "the page's text is not stored")
        XCTAssertNil(documents.document("utf8-1")?.source.fetched)
        XCTAssertNotNil(documents.document("gbk-1")?.text)
    }

    /// A control written as a reference in the page's 发文字号 cell reached the record's number (the fetch copies a
    /// number the record lacks) or the reason quoting the number: the page is refused, at the reference.
    func testAControlReferenceInTheHeaderIsNotStored() throws {
        let server2 = try FixtureServer { request in
            guard request.host == "www.fixture.gov.cn", request.path == "/2016/utf8-1.html" else { return FixtureSite.respond(request) }
            let page = FixtureSite.govPage(n: 1).replacingOccurrences(of: "<td>发文字号：</td><td>", with: "<td>发文字号：</td><td>&#27;]0;x&#7;")
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
        }
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["utf8-1"])
        // The number cell is the page's line 7, its value the 23rd character.
        XCTAssertEqual(report.results.first?.problem, .controlCharacter(HTMLText.RefusedControl(control: "\u{1B}", written: "&#27;",
                                                                                                 position: SourcePosition(line: 7, column: 23))))
        let documents = try XCTUnwrap(CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus)
        XCTAssertNil(documents.document("utf8-1")?.text)
        XCTAssertEqual(documents.document("utf8-1")?.number, FixtureSite.number(1))
    }

    func testWindowsReferencesAreFetchedAsABrowserShowsThem() throws {
        let server2 = try FixtureServer(handler: Self.pageWithReferences)
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["moved-1", "gbk-2"])
        XCTAssertEqual(report.results.map(\.kind), [.fetched, .failed])
        XCTAssertEqual(report.results.last?.problem, .controlCharacter(HTMLText.RefusedControl(control: "\u{81}", written: "&#x81;",
                                                                                                position: SourcePosition(line: 9, column: 24))))
        let documents = try XCTUnwrap(CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus)
        XCTAssertEqual(documents.document("moved-1")?.text?.split(separator: "\n").dropFirst().first,
                       "为推进“互联网+”示范第4项工作，现提出“以下意见”–（测试页正文，非真实文件）。")
        XCTAssertNil(documents.document("gbk-2")?.text)
    }

    /// A raw vertical tab was dropped with nothing in its place ("现提出以下意见" from "现提出⟨VT⟩以下意见"): it is
    /// kept as the import keeps it, so the fetched text is the imported page's.
    func testAVerticalTabInAFetchedPageIsKeptAsInTheImport() throws {
        let served = Data(FixtureSite.govPage(n: 1).replacingOccurrences(of: "现提出以下意见", with: "现提出\u{0B}以下意见").utf8)
        let server2 = try FixtureServer { request in
            guard request.host == "www.fixture.gov.cn", request.path == "/2016/utf8-1.html" else { return FixtureSite.respond(request) }
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: served)
        }
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["utf8-1"])
        XCTAssertEqual(report.results.first?.kind, .fetched)
        let documents = try XCTUnwrap(CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus)
        let text = try XCTUnwrap(documents.document("utf8-1")?.text)
        XCTAssertTrue(text.contains("现提出\u{0B}以下意见"), text)
        XCTAssertEqual(text, HTMLText(html: try TextDecoder.decode(served).get().text).text)
    }

    /// A raw control the fetch drops (an ESC) before a reference on the same line moved the reference's reported
    /// column one to the left: the column is the `&`'s in the page as served.
    func testAReferenceAfterADroppedControlIsPlacedWhereItIsInThePage() throws {
        let line = "<p>为推进\u{1B}[31m“互联网+”\u{9B}示范，现提出&#27;以下意见</p>"
        let server2 = try FixtureServer { request in
            guard request.host == "www.fixture.gov.cn", request.path == "/2016/utf8-1.html" else { return FixtureSite.respond(request) }
            let page = FixtureSite.govPage(n: 1).replacingOccurrences(of: "<div id=\"UCAP-CONTENT\">", with: "<div id=\"UCAP-CONTENT\">\n" + line + "\n")
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
        }
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["utf8-1"])
        // The paragraph is the page's line 9; its `&` stands where it stands in `line`, the two controls counted.
        let column = Array(line.unicodeScalars).firstIndex(of: "&").map { $0 + 1 }
        XCTAssertEqual(column, 25)
        XCTAssertEqual(report.results.first?.problem, .controlCharacter(HTMLText.RefusedControl(control: "\u{1B}", written: "&#27;",
                                                                                                 position: SourcePosition(line: 9, column: 25))))
    }
}

/// A page's raw control characters are dropped (a page is not a file the analyst chose), but the C1 controls
/// (U+0080 to U+009F, UTF-8 C2 80 to C2 9F) were kept and reached the stored text: dropped now too, so a fetched
/// text holds no control the import refuses, whether written raw or as a reference.
final class PageDecoderControlTests: XCTestCase {
    func testRawC0AndC1ControlsAreDropped() throws {
        let page = Data("<p>甲\u{1B}[31m乙\u{9B}32m丙\u{85}丁\u{7F}\t戊\u{0B}己</p>\r\n".utf8)
        let decoded = try PageDecoder.decode(page, contentType: "text/html; charset=utf-8").get()
        XCTAssertEqual(decoded.text, "<p>甲[31m乙32m丙丁\t戊\u{0B}己</p>\n")
        // Each where what followed it stands in the text ("[" is its 5th character); "丙", 13th there, is the page's 15th.
        XCTAssertEqual(decoded.dropped.map(\.column), [5, 10, 14, 15])
        XCTAssertEqual(decoded.pagePosition(of: SourcePosition(line: 1, column: 13)), SourcePosition(line: 1, column: 15))
    }

    /// A raw form feed, and later a raw vertical tab, was dropped with nothing in its place, so the words on either
    /// side ran together ("第一页第二页"). Both are kept by the import's rule (`TextDecoder.isRefusedControl`, one rule
    /// for both), and read as the import reads the same byte of a page: a form feed a space, a vertical tab kept.
    func testAFormFeedOrVerticalTabSeparatesWordsAsInTheImport() throws {
        for (control, read) in [("\u{0C}", " "), ("\u{0B}", "\u{0B}")] {
            let bytes = Data("<p>第一页\(control)第二页</p><pre>甲\(control)乙</pre>".utf8)
            let fetched = HTMLText(html: try PageDecoder.decode(bytes, contentType: "text/html; charset=utf-8").get().text).text
            let imported = HTMLText(html: try TextDecoder.decode(bytes).get().text).text
            XCTAssertEqual(fetched, "第一页\(read)第二页\n甲\(read)乙")
            XCTAssertEqual(fetched, imported)
        }
    }
}
