import Foundation
import XCTest
@testable import PolicyModel

/// A control written as a reference in the text of a page was refused, but one in a header-table cell, the
/// `<title>` or the `ArticleTitle` meta was decoded without the check: it could reach a document's title or
/// number. The same refusal applies there now, at the reference's line and column.
final class HeaderControlReferenceTests: XCTestCase {
    static let page = "<html><head><title>标题甲_中国政府网</title></head><body><table>\n"
        + "<tr><td>发文字号：</td><td>国发〔2015〕&#27;]0;x&#7;40号</td></tr>\n"
        + "</table>\n<div id=\"UCAP-CONTENT\"><p>正文</p></div></body></html>\n"

    func testAReferenceInAHeaderCellOrTheTitleIsRefusedWhereItIsWritten() {
        XCTAssertEqual(HTMLText(html: Self.page).refusedControl,
                       HTMLText.RefusedControl(control: "\u{1B}", written: "&#27;", position: SourcePosition(line: 2, column: 31)))
        // 发文字号：value in one cell.
        XCTAssertEqual(HTMLText(html: "<table><tr><td>发文字号：国发&#x9D;1号</td></tr></table><div id=\"zoom\">正文</div>").refusedControl,
                       HTMLText.RefusedControl(control: "\u{9D}", written: "&#x9D;", position: SourcePosition(line: 1, column: 23)))
        XCTAssertEqual(HTMLText(html: "<html><head>\n<title>关于&#x1b;的意见_中国政府网</title></head><body><p>正文</p></body></html>").refusedControl,
                       HTMLText.RefusedControl(control: "\u{1B}", written: "&#x1b;", position: SourcePosition(line: 2, column: 10)))
        XCTAssertEqual(HTMLText(html: "<html><head>\n<meta name=\"ArticleTitle\" content=\"关于&#7;的意见\"></head><body><p>正文</p></body></html>").refusedControl,
                       HTMLText.RefusedControl(control: "\u{07}", written: "&#7;", position: SourcePosition(line: 2, column: 38)))
        // Refused as the text's references are: tab, line feed, form feed and Windows-1252 ones are not controls.
        XCTAssertNil(HTMLText(html: "<title>甲&#9;乙&#147;丙&#12;</title><table><tr><td>标题：</td><td>关于&#10;意见</td></tr></table>").refusedControl)
    }

    /// The header's number was read into the document's number; refused now once, at the reference (not also as
    /// "the number contains the control character", at its cell).
    func testTheImportRefusesThePageOnceAtTheReference() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nh1,,national,h1.html\n")
        try f.write("h1.html", Self.page)
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a control reached the number") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/h1.html:2:31: the control character U+001B (written &#27;): a text may not hold control characters; remove it (manifest line 2)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }
}
