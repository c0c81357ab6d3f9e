import Foundation
import XCTest
@testable import PolicyModel

/// A .docx was never checked for controls: `&#27;` (or `&#x1B;`, or the control itself) in word/document.xml
/// reached the stored text. It is refused as in an HTML page, at its line and column in word/document.xml (the
/// import placed it at "d1.docx:1:1", nowhere), its message naming the paragraph, for one who reads it in Word.
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
        // Line 2 of word/document.xml (Word's body is one line), the `&` its 195th character: not "d1.docx:1:1".
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/d1.docx (word/document.xml):2:195: the control character U+001B (written &#27;): a text may not hold control characters "
                + "(paragraph 1 of word/document.xml); remove it (manifest line 2)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }

    /// The position is the control's own in word/document.xml, columns counted in characters as an editor does, in
    /// a later paragraph too; the message still names the paragraph, for one who reads the document in Word.
    func testTheImportPlacesTheControlInWordDocumentXML() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nd1,标题,national,d1.docx\n")
        try f.write("d1.docx", try ImportTextTests.docx(paragraphs: ["一、总体要求", "", "现提出\u{9B}以下意见"]))
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a control reached the text") }
        let problem = try XCTUnwrap(failure.problems.first)
        XCTAssertEqual(problem.file, "src/d1.docx (word/document.xml)")
        let xml = try XCTUnwrap(String(validating: try ImportTextTests.documentXML(of: f.source.appendingPathComponent("d1.docx")), as: UTF8.self))
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false)[problem.position.line - 1]
        XCTAssertEqual(Array(line.unicodeScalars)[problem.position.column - 1], "\u{9B}")
        XCTAssertEqual(problem.description(in: .chinese), "src/d1.docx (word/document.xml):2:\(problem.position.column): "
            + "控制字符 U+009B：正文不能含控制字符（word/document.xml 第 3 段）；请删除（清单第 2 行）")
    }

    /// A body that is not UTF-8 is placed at its first bad byte, as a .txt file's is; a file that is no ZIP archive
    /// stays at the file.
    func testWholeFileProblemsStayAtTheFileAndBadBytesAreAtTheirByte() throws {
        // "é" as Latin-1 writes it: one byte E9, no UTF-8.
        let latin1 = try ImportTextTests.docx(paragraphs: ["MARK"], bytes: { xml in
            let parts = xml.components(separatedBy: "MARK")
            return Array(parts[0].utf8) + [0xE9] + Array(parts[1].utf8)
        })
        guard case .failure(let bad) = DocxText.extract(latin1, maxXMLSize: 1 << 20) else { return XCTFail("not UTF-8 was read") }
        XCTAssertEqual(bad.position?.line, 2)
        XCTAssertEqual(bad.message.hasPrefix("word/document.xml is not UTF-8 (byte offset "), true, bad.message)
        guard case .failure(let notZip) = DocxText.extract(Data("not a zip".utf8), maxXMLSize: 1 << 20) else { return XCTFail("not a docx") }
        XCTAssertNil(notZip.position)
    }
}
