import Foundation
import XCTest
@testable import PolicyModel

/// A .docx was never checked for controls: `&#27;` (or `&#x1B;`, or the control itself) in word/document.xml
/// reached the stored text. It is refused as in an HTML page, naming the paragraph of word/document.xml: Word
/// writes the whole body on one line, so a line and column there would not help to find it.
final class DocxControlTests: XCTestCase {
    func testAControlInWordDocumentXMLIsRefusedWithItsParagraph() throws {
        for (written, control) in [("&#27;", "U+001B"), ("&#x1B;", "U+001B"), ("&#x9D;", "U+009D")] {
            let data = try ImportTextTests.docx(paragraphs: ["一、总体要求", "", "现提出\(written)]0;PWNED以下意见"])
            guard case .failure(let f) = DocxText.extract(data, maxXMLSize: 1 << 20) else { return XCTFail("\(written) reached the text") }
            XCTAssertEqual(f.paragraph, 3)
            XCTAssertEqual(f.refusedControl.map { String(format: "U+%04X", $0.control.value) }, control)
            XCTAssertEqual(f.refusedControl?.written, written)
            XCTAssertEqual(f.refusedControl?.position.line, 2)
            XCTAssertEqual(f.message, "the control character \(control) (written \(written)): a text may not hold control characters "
                + "(paragraph 3 of word/document.xml); remove it")
        }
        // Written as itself: a C1 control is well-formed XML.
        let raw = try ImportTextTests.docx(paragraphs: ["甲\u{9B}31m乙"])
        guard case .failure(let f) = DocxText.extract(raw, maxXMLSize: 1 << 20) else { return XCTFail("U+009B reached the text") }
        XCTAssertEqual(f.message, "the control character U+009B: a text may not hold control characters (paragraph 1 of word/document.xml); remove it")
        XCTAssertEqual(f.text.zh, "控制字符 U+009B：正文不能含控制字符（word/document.xml 第 1 段）；请删除")
        // Tab, line feed, form feed and Windows-1252 references are text.
        XCTAssertEqual(try DocxText.extract(try ImportTextTests.docx(paragraphs: ["甲&#9;乙&#147;丙&#12;丁"]), maxXMLSize: 1 << 20).get()
            .split(separator: "\n").first, "甲\t乙“丙\u{0C}丁")
    }

    func testTheImportRefusesTheDocxAndWritesNothing() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nd1,标题,national,d1.docx\n")
        try f.write("d1.docx", try ImportTextTests.docx(paragraphs: ["正文&#27;]0;PWNED&#7;结束"]))
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a control reached the text") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/d1.docx:1:1: the control character U+001B (written &#27;): a text may not hold control characters (paragraph 1 of word/document.xml); "
                + "remove it (manifest line 2)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }
}
