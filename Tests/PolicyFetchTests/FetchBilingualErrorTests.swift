import Foundation
import XCTest
import PolicyModel
@testable import PolicyFetch

/// The fetch's errors an analyst may see, in both languages (issue 15, item 11).
final class FetchBilingualErrorTests: XCTestCase {
    func testEveryFetchErrorHasBothLanguages() {
        let problems: [FetchProblem] = [
            .indexPage(links: 40, characters: 300), .loginOrCaptcha, .pageNotFound, .titleMismatch(page: "首页"),
            .headerDisagrees("文号"), .tooLittleText(12), .http(404), .network(LocalizedText(zh: "超时", en: "timed out")), .robotsDisallowed(host: "www.gov.cn", path: "/"), .robotsUnreadable(status: 503),
            .tooManyRedirects(5), .undecodable("Big5"), .tooLarge(1 << 20),
            .controlCharacter(HTMLText.RefusedControl(control: "\u{1B}", written: "&#27;", position: SourcePosition(line: 3, column: 6))),
        ]
        let samples: [BilingualError] = [CorpusFetcher.Failure(text: LocalizedText(zh: "语料中没有文件“x”", en: "no document 'x' in the corpus"))] + problems
        for error in samples {
            let zh = error.description(in: .chinese), en = error.description(in: .english)
            XCTAssertFalse(zh.isEmpty || en.isEmpty, "\(error)")
            XCTAssertNotEqual(zh, en, "\(error)")
        }
        // The reasons inside were English in the Chinese sentence: "网络：timed out", "robots.txt 不允许（… disallows …）".
        XCTAssertEqual(HTTPFetcher.Failure.timedOut.reason.zh, "超时")
        XCTAssertEqual(FetchProblem.robotsDisallowed(host: "www.gov.cn", path: "/a").description(in: .chinese), "robots.txt 不允许（www.gov.cn 禁止抓取 /a）")
    }
}
