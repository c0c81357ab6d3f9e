import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document whose text was fetched (`ipap fetch`) says where from and when, on its screen, in the words
/// `ipap show` uses; one without a fetched text has no such row.
final class FetchedTextRowTests: XCTestCase {
    func testADocumentsScreenSaysWhereItsTextWasFetchedFrom() throws {
        let fixture = try DashboardFixture.corpus()
        var fetched = PolicyDocument(id: "fetched", title: "河北省人民政府关于加快推进“互联网+”行动的实施意见", level: .provincial,
                                     region: "130000", datePublished: PolicyDate("2016-03-01"), text: "一、总体要求\n加快推进。")
        fetched.source = DocumentSource(url: "http://www.hebei.gov.cn/a.html")
        fetched.source.fetched = FetchedText(url: "http://www.hebei.gov.cn/a.html", at: "2026-11-30T08:00:00Z", place: .officialSite)
        let plain = PolicyDocument(id: "plain", title: "河北省“互联网+”行动计划", level: .provincial, region: "130000",
                                   datePublished: PolicyDate("2017-03-01"), text: "正文。")
        let corpus = Corpus(directory: fixture.directory, info: fixture.info, taxonomy: fixture.taxonomy,
                            documents: [fetched, plain], findings: [])
        let (shown, _) = try DashboardFixture.run(corpus, width: 120, height: 40, keys: [.char("5"), .enter, .char("q")])
        let screen = shown.rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("正文出处：http://www.hebei.gov.cn/a.html (政府网站, 获取于 2026-11-30T08:00:00Z)"), screen)
        let (other, _) = try DashboardFixture.run(corpus, width: 120, height: 40, keys: [.char("5"), .down, .enter, .char("q")])
        let otherScreen = other.rows.joined(separator: "\n")
        XCTAssertTrue(otherScreen.contains("河北省“互联网+”行动计划"), otherScreen)
        XCTAssertFalse(otherScreen.contains("正文出处"), otherScreen)
    }
}
