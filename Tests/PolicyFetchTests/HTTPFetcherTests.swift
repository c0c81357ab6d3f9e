import FetchFixtures
import Foundation
import XCTest
@testable import PolicyFetch

final class HTTPFetcherTests: XCTestCase {
    override func tearDown() {
        ProxySettings.install(from: [:])
    }

    func testProxyRedirectAndSizeLimit() throws {
        let server = try FixtureServer { FixtureSite.respond($0) }
        defer { server.stop() }
        ProxySettings.install(from: ["HTTP_PROXY": server.baseURL])
        let fetcher = HTTPFetcher(timeout: 1, maxBytes: 1 << 20)
        let ok = try fetcher.get(try XCTUnwrap(URL(string: FixtureSite.official + "/2016/utf8-1.html")), headers: ["User-Agent": "x"]).get()
        XCTAssertEqual(ok.status, 200)
        XCTAssertEqual(server.requests.last?.target, FixtureSite.official + "/2016/utf8-1.html")
        let moved = try fetcher.get(try XCTUnwrap(URL(string: FixtureSite.official + "/old/moved-1.html")), headers: [:]).get()
        XCTAssertEqual(moved.status, 301)
        XCTAssertEqual(moved.headers["location"], "/2016/moved-1.html")
        XCTAssertEqual(fetcher.get(try XCTUnwrap(URL(string: FixtureSite.official + "/2016/huge-1.html")), headers: [:]).failure, .tooLarge(1 << 20))
        XCTAssertEqual(fetcher.get(try XCTUnwrap(URL(string: FixtureSite.official + "/2016/slow-1.html")), headers: [:]).failure, .timedOut)
        ProxySettings.install(from: [:])
        let d = try fetcher.get(try XCTUnwrap(URL(string: server.baseURL + "/robots.txt")), headers: [:]).get()
        XCTAssertEqual(d.status, 200)
    }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { f } else { nil } }
}
