import Foundation
import XCTest
@testable import PolicyModel

/// Problems with a value of an HTML page's header table (标题, 发文字号, 发文机关, 成文日期 …) were reported at
/// `page.html:1:1` whatever line the table is on: they are reported at the value's cell now.
final class ImportHeaderPositionTests: XCTestCase {
    static let page = "<html><body><table>\n"
        + "<tr><td>标题：</td><td>关于\u{202E}互联网的意见</td></tr>\n"
        + "<tr><td>发文字号：</td><td>国发〔2015〕1号</td></tr>\n"
        + "<tr><td>发文机关：</td><td>外星办</td><td>成文日期：</td><td>2015年13月1日</td></tr>\n"
        + "</table>\n<div id=\"UCAP-CONTENT\"><p>正文</p></div></body></html>\n"

    func testHeaderProblemsAreReportedAtTheirCell() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nh1,,national,h1.html\n")
        try f.write("h1.html", Self.page)
        guard case .failure(let failure) = f.importer(strict: true).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/h1.html:2:17: the title contains the control character U+202E (a bidirectional-text control: it changes the order the text is shown in); remove it (it comes from the page) (manifest line 2)",
            "src/h1.html:4:19: unknown issuer '外星办' (not an id, code, name or former name in issuers.json), from the page's 发文机关; give issuer in the manifest (manifest line 2)",
            "src/h1.html:4:45: the page's 成文日期 '2015年13月1日' is not a date; give date_written in the manifest (manifest line 2)",
        ])
    }

    func testThePageTitleIsPlacedAtItsElement() {
        let page = HTMLText(html: "<html>\n<head>\n  <title>标题甲_中国政府网</title></head><body><p>正文</p></body></html>")
        XCTAssertEqual(page.pageTitle, "标题甲")
        XCTAssertEqual(page.pageTitlePosition, SourcePosition(line: 3, column: 3))
    }

    /// The unknown-issuer warning of a page's 发文机关 said "(line 1)" of a row on manifest line 2: the page's line
    /// read as the manifest's. It names the manifest line, and the page's place.
    func testAnUnknownIssuerFromAPageNamesItsManifestLine() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nh1,关于互联网的意见,national,h1.html\n")
        try f.write("h1.html", Self.page.replacingOccurrences(of: "\u{202E}", with: "").replacingOccurrences(of: "2015年13月1日", with: "2015年3月1日"))
        switch f.importer().plan() {
        case .success(let plan):
            XCTAssertEqual(plan.warnings.map(\.description), [
                "src/h1.html:4:19: warning: unknown issuer '外星办' kept as written, 1 time (manifest line 2; read from src/h1.html:4); "
                    + "add it to taxonomy/issuers.json or use --strict to refuse it",
            ])
            XCTAssertEqual(plan.warnings.map { $0.text.zh }, [
                "警告：未知发文机关“外星办”按原文保留，共 1 处（清单第 2 行；取自 src/h1.html:4）；请将其加入 taxonomy/issuers.json，或用 --strict 拒绝",
            ])
        case .failure(let failure):
            XCTFail(failure.description)
        }
    }
}
