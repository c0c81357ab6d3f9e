import FetchFixtures
import Foundation
import PolicyModel
import XCTest
@testable import PolicyFetch

/// `CorpusFetcher` end to end against the local fixture server (through it as the proxy, so the pages have
/// real-looking host names): every kind of page the issue names, the official page before a repost, robots.txt,
/// and a second run that asks only for changes.
final class CorpusFetcherTests: XCTestCase {
    static let taxonomy = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../data/taxonomy").standardizedFileURL

    var server: FixtureServer!
    let version = SiteVersion()
    var corpus: URL!

    override func setUpWithError() throws {
        let version = self.version
        server = try FixtureServer { FixtureSite.respond($0, version: version.current) }
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-fetch-\(UUID().uuidString)")
        try FixtureSite.writeCorpus(to: corpus)
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: corpus)
        // The fetcher set this process's proxy variables for libcurl: leave none behind for other tests.
        ProxySettings.install(from: [:])
    }

    func fetcher(all: Bool = false) -> CorpusFetcher { fetcher(through: server, all: all) }

    /// A fetcher of the corpus with `server` as its proxy (a test's own server serving other pages).
    func fetcher(through server: FixtureServer, all: Bool = false) -> CorpusFetcher {
        var options = FetchOptions()
        options.interval = 0.02
        options.timeout = 1
        options.retries = 1
        options.backoff = 0.01
        options.maxBytes = 1 << 20
        options.all = all
        options.environment = ["HTTP_PROXY": server.baseURL]
        return CorpusFetcher(corpus: corpus, displayPath: "corpus", taxonomyDirectory: Self.taxonomy, options: options)
    }

    func kinds(_ report: CorpusFetcher.Report) -> [String: String] {
        Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0.kind.rawValue) })
    }

    func testEveryKindOfPageThenAnIncrementalRun() throws {
        let report = try fetcher().run(ids: [])
        XCTAssertEqual(kinds(report), [
            "utf8-1": "fetched", "gbk-1": "fetched", "gbk-2": "fetched", "moved-1": "fetched", "both-1": "fetched",
            "gone-1": "failed", "slow-1": "failed", "huge-1": "failed", "robots-1": "failed",
            "soft-1": "not-the-document", "captcha-1": "not-the-document", "mismatch-1": "not-the-document",
            "index-1": "not-the-document", "title-1": "not-the-document",
        ], "nourl-1 (no URL) and hastext-1 (has text) are not fetched by default")
        let problems = Dictionary(uniqueKeysWithValues: report.results.compactMap { r in r.problem.map { (r.id, $0) } })
        XCTAssertEqual(problems["gone-1"], .http(404))
        XCTAssertEqual(problems["slow-1"], .network(LocalizedText(zh: "超时", en: "timed out")))
        XCTAssertEqual(problems["huge-1"], .tooLarge(1 << 20))
        XCTAssertEqual(problems["robots-1"], .robotsDisallowed(host: "www.fixture.gov.cn", path: "/private/robots-1.html"))
        XCTAssertEqual(problems["soft-1"], .pageNotFound)
        XCTAssertEqual(problems["captcha-1"], .loginOrCaptcha)
        XCTAssertEqual(problems["mismatch-1"], .headerDisagrees("发文字号 国发〔2016〕999号, the record 国发〔2016〕910号"))
        XCTAssertEqual(problems["index-1"], .indexPage(links: 40, characters: 870))
        XCTAssertEqual(problems["title-1"], .titleMismatch(page: "关于另一项工作的通知（测试页）"))
        XCTAssertEqual(report.imported?.replaced.sorted(), FixtureSite.fetchedIDs)

        // What was written: the body text (not the script, not the navigation), where and when it came from.
        let loaded = CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus")
        XCTAssertEqual(loaded.problems, [])
        let documents = try XCTUnwrap(loaded.corpus)
        for id in FixtureSite.fetchedIDs {
            let d = try XCTUnwrap(documents.document(id))
            let n = Int(d.title.split(separator: "第")[1].split(separator: "项")[0]) ?? 0
            XCTAssertEqual(d.text, FixtureSite.paragraphs(n).joined(separator: "\n"), id)
            XCTAssertEqual(d.source.fetched?.place, .officialSite, id)
            XCTAssertEqual(d.source.seen.place, .officialSite, id)
            XCTAssertEqual(d.source.seen.fields, [.title, .number, .date], id)
            XCTAssertNotNil(d.source.fetched?.at.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression), id)
        }
        XCTAssertEqual(documents.document("moved-1")?.source.fetched?.url, FixtureSite.official + "/2016/moved-1.html", "the page after the redirect")
        XCTAssertEqual(documents.document("both-1")?.source.fetched?.url, FixtureSite.official + "/2016/both-1.html")
        XCTAssertFalse(server.requests.contains { $0.host == "repost.example.com" && $0.path != "/robots.txt" },
                       "the official page worked: the repost is never asked for")
        XCTAssertFalse(server.requests.contains { $0.path == "/private/robots-1.html" }, "robots.txt is obeyed")
        XCTAssertTrue(server.requests.allSatisfy { $0.headers["user-agent"] == "ipap/\(IPAPVersion.current) (Internet Plus policy review; robots.txt respected)" })
        XCTAssertNil(documents.document("soft-1")?.text, "a page that is not the document is never imported")
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("fetch/run.json").path), "a finished run leaves no journal")

        // Second run over every document with a URL: the cache's ETag / Last-Modified make unchanged pages 304s,
        // nothing is written; then one page changes and only it is fetched again.
        server.resetRequests()
        let before = try Data(contentsOf: corpus.appendingPathComponent("documents/utf8-1.json"))
        let second = try fetcher(all: true).run(ids: [])
        for id in FixtureSite.fetchedIDs { XCTAssertEqual(kinds(second)[id], "unchanged", id) }
        XCTAssertNil(second.imported)
        XCTAssertEqual(try Data(contentsOf: corpus.appendingPathComponent("documents/utf8-1.json")), before)
        let utf8Request = try XCTUnwrap(server.requests.first { $0.path == "/2016/utf8-1.html" })
        XCTAssertEqual(utf8Request.headers["if-none-match"], "\"utf8-1-v1\"")
        XCTAssertEqual(server.requests.first { $0.path == "/2016/gbk-1.html" }?.headers["if-modified-since"], "Tue, 01 Mar 2016 08:00:00 GMT")

        version.current = 2
        let third = try fetcher().run(ids: ["utf8-1", "gbk-1"])
        XCTAssertEqual(kinds(third), ["utf8-1": "fetched", "gbk-1": "unchanged"])
        XCTAssertEqual(third.imported?.replaced, ["utf8-1"])
        let changed = CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus?.document("utf8-1")
        XCTAssertTrue(changed?.text?.hasSuffix("四、本意见自印发之日起施行（第二版）。") ?? false, changed?.text ?? "no text")
    }

    func testARepostIsUsedOnlyWhenTheOfficialPageFails() throws {
        // both-1's official page gone: the repost is tried, and the result says what happened to the official one.
        let server2 = try FixtureServer { request in
            request.host == "www.fixture.gov.cn" && request.path == "/2016/both-1.html"
                ? FixtureServer.Response(status: 404) : FixtureSite.respond(request)
        }
        defer { server2.stop() }
        let report = try fetcher(through: server2).run(ids: ["both-1"])
        let result = try XCTUnwrap(report.results.first)
        XCTAssertEqual(result.kind, .fetched)
        XCTAssertEqual(result.url, FixtureSite.repost + "/news/both-1.html")
        XCTAssertEqual(result.passedOver?.url, FixtureSite.official + "/2016/both-1.html")
        XCTAssertEqual(result.passedOver?.problem, .http(404))
        let d = CorpusLoader(taxonomyDirectory: Self.taxonomy).load(corpus, displayPath: "corpus").corpus?.document("both-1")
        XCTAssertEqual(d?.source.fetched?.place, .thirdPartyRepost)
        XCTAssertEqual(d?.source.seen.place, .officialSite, "a repost does not replace an official sighting")
        XCTAssertTrue(d?.text?.hasPrefix("转载：") ?? false)
    }

    func testRobotsRulesAndCharsets() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow: /\n\nUser-agent: ipap\nDisallow: /private/\nAllow: /private/open$\nDisallow: /*.pdf$\nCrawl-delay: 5\n", agent: "ipap")
        XCTAssertTrue(rules.allows("/2016/a.html"))
        XCTAssertFalse(rules.allows("/private/x.html"))
        XCTAssertTrue(rules.allows("/private/open"))
        XCTAssertFalse(rules.allows("/files/a.pdf"))
        XCTAssertEqual(rules.crawlDelay, 5)
        XCTAssertFalse(RobotsRules(parsing: "User-agent: *\nDisallow: /\n", agent: "ipap").allows("/a"))
        XCTAssertTrue(RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "ipap").allows("/a"))

        let page = FixtureSite.gbk("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>互联网</body></html>")
        XCTAssertEqual(PageDecoder.metaCharset(page), "gb2312")
        XCTAssertEqual(try? PageDecoder.decode(page, contentType: "text/html").get().text.contains("互联网"), true)
        XCTAssertEqual(try? PageDecoder.decode(page, contentType: "text/html; charset=GBK").get().encoding, "GB18030 (declared GBK)")
        XCTAssertEqual(try? PageDecoder.decode(Data("<p>互联网</p>".utf8), contentType: "text/html; charset=gbk").get().encoding,
                       "UTF-8 (declared gbk)", "a wrong header does not garble a UTF-8 page")
        if case .success = PageDecoder.decode(Data("x".utf8), contentType: "text/html; charset=Big5") { XCTFail("Big5 is refused, not garbled") }
        // An undeclared Big5 page (第一條 為推進互聯網行動) is well-formed GBK byte for byte: refused, not garbled.
        let big5: [UInt8] = [0xB2, 0xC4, 0xA4, 0x40, 0xB1, 0xF8, 0x20, 0xAC, 0xB0, 0xB1, 0xC0, 0xB6, 0x69, 0xA4, 0xAC,
                             0xC1, 0x70, 0xBA, 0xF4, 0xA6, 0xE6, 0xB0, 0xCA]
        if case .success(let d) = PageDecoder.decode(Data(big5), contentType: "text/html") { XCTFail("undeclared Big5 read as \(d.encoding)") }
        XCTAssertTrue(PageCheck.titlesMatch("国务院关于积极推进“互联网+”行动的指导意见", "国务院关于积极推进\"互联网+\"行动的指导意见"))
        XCTAssertFalse(PageCheck.titlesMatch("关于另一项工作的通知", "国务院关于积极推进“互联网+”行动的指导意见"))
        XCTAssertEqual(PageCheck.normalizedNumber("国发[2015]40号"), PageCheck.normalizedNumber("国发〔2015〕40号"))
    }
}

/// Politeness and limits, each against a server built to provoke it.
final class PoliteClientTests: XCTestCase {
    override func tearDown() {
        ProxySettings.install(from: [:])
    }

    func client(_ server: FixtureServer, interval: TimeInterval = 0, retries: Int = 2, directory: URL) -> PoliteClient {
        var options = FetchOptions()
        options.interval = interval
        options.timeout = 1
        options.retries = retries
        options.backoff = 0.05
        options.maxRedirects = 3
        ProxySettings.install(from: ["HTTP_PROXY": server.baseURL])
        return PoliteClient(options: options, cache: PageCache(corpus: directory))
    }

    func temporary() -> URL { FileManager.default.temporaryDirectory.appendingPathComponent("ipap-polite-\(UUID().uuidString)") }

    func testRetriesWithBackoffAfter503ThenSucceeds() throws {
        let failures = SiteVersion()
        let server = try FixtureServer { request in
            if request.path == "/robots.txt" { return FixtureServer.Response(status: 404) }
            if failures.current < 3 {
                failures.current += 1
                return FixtureServer.Response(status: 503, headers: [("Retry-After", "0")])
            }
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: Data("<p>ok</p>".utf8))
        }
        defer { server.stop() }
        let dir = temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = client(server, retries: 2, directory: dir)
        let page = try c.page("http://a.example.gov.cn/p.html").get()
        XCTAssertEqual(String(decoding: page.body, as: UTF8.self), "<p>ok</p>")
        XCTAssertEqual(server.requests.filter { $0.path == "/p.html" }.count, 3, "two 503s, then the page")
        failures.current = 0
        guard case .failure(.http(503)) = client(server, retries: 1, directory: dir).page("http://b.example.gov.cn/q.html") else {
            return XCTFail("out of retries: the last status is the reason")
        }
    }

    /// A host that cannot be reached fails as a network failure, not as "disallowed by robots.txt" (its
    /// robots.txt is unreachable for the same reason as its pages): the analyst must see the real cause.
    func testAnUnreachableHostFailsForTheNetworkNotForRobots() {
        var options = FetchOptions()
        options.interval = 0
        options.timeout = 1
        options.retries = 0
        ProxySettings.install(from: [:])
        let dir = temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = PoliteClient(options: options, cache: PageCache(corpus: dir))
        switch c.page("http://127.0.0.1:1/p.html") {
        case .failure(.network): break
        case let other: XCTFail("expected a network failure, got \(other)")
        }
    }

    func testOneHostIsPacedAndRedirectLoopsAndOtherSchemesStop() throws {
        let server = try FixtureServer { request in
            switch request.path {
            case "/robots.txt": return FixtureServer.Response(status: 404)
            case "/loop": return FixtureServer.Response(status: 302, headers: [("Location", "/loop")])
            case "/file": return FixtureServer.Response(status: 302, headers: [("Location", "file:///etc/passwd")])
            default: return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: Data("<p>x</p>".utf8))
            }
        }
        defer { server.stop() }
        let dir = temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let polite = client(server, interval: 0.3, directory: dir)
        for i in 0..<3 { _ = polite.page("http://paced.example.gov.cn/\(i).html") }
        let times = server.requests.map(\.receivedAt)
        XCTAssertEqual(times.count, 4, "robots.txt and three pages")
        for (a, b) in zip(times, times.dropFirst()) {
            XCTAssertGreaterThanOrEqual(b.timeIntervalSince(a), 0.28, "one request per interval per host")
        }
        let quick = client(server, directory: dir)
        guard case .failure(.tooManyRedirects(3)) = quick.page("http://loop.example.gov.cn/loop") else { return XCTFail("a loop ends") }
        XCTAssertEqual(server.requests.filter { $0.host == "loop.example.gov.cn" && $0.path == "/loop" }.count, 4, "the page and three redirects")
        guard case .failure(.network(let m)) = quick.page("http://loop.example.gov.cn/file") else { return XCTFail("file: is refused") }
        XCTAssertEqual(m.en, "redirected to a non-web address: file:///etc/passwd")
    }
}

final class PageCheckTests: XCTestCase {
    func testADocumentWithALargeSiteMenuIsNotAnIndex() {
        let menu = (1...120).map { "<li><a href=\"/m\($0)\">栏目\($0)</a></li>" }.joined()
        let body = FixtureSite.paragraphs(1).map { "<p>\($0)\($0)</p>" }.joined()
        let html = "<html><head><title>\(FixtureSite.title(1))</title></head><body><ul>\(menu)</ul>\(body)</body></html>"
        let record = PolicyDocument(id: "x", title: FixtureSite.title(1), level: .national)
        XCTAssertNil(PageCheck.check(html: html, page: HTMLText(html: html), record: record))
        let index = "<html><head><title>\(FixtureSite.title(1))</title></head><body><ul>\(menu)</ul></body></html>"
        guard case .indexPage? = PageCheck.check(html: index, page: HTMLText(html: index), record: record) else {
            return XCTFail("links and no paragraphs: an index")
        }
    }
}
