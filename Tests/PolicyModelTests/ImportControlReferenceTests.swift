import Foundation
import XCTest
@testable import PolicyModel

/// A control character written as an HTML reference (`&#27;]0;PWNED&#7;`) was stored in the document text, while
/// the raw byte in a .txt was refused. Both are refused now, at the file's line and column, and nothing is written:
/// the analyst's text is never silently changed, and no stored text holds a C0 or C1 control but tab, LF, VT, FF.
final class ImportControlReferenceTests: XCTestCase {
    func testAControlWrittenAsAReferenceIsRefusedLikeTheRawByte() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\n"
            + "h1,标题,national,h1.html\n"
            + "t1,标题,national,t1.txt\n"
            + "c1,标题,national,c1.txt\n"
            + "ok,标题,national,ok.html\n"
            + "h2,,national,h2.html\n")
        try f.write("h1.html", "<html><body>\n<div id=\"UCAP-CONTENT\">\n<p>正文&#27;]0;PWNED&#7;结束</p>\n</div></body></html>\n")
        // The page's title, read all the same: not also "the title is empty".
        try f.write("h2.html", "<html><head><title>甲_中国政府网</title></head><body><p>&#27;</p></body></html>")
        try f.write("t1.txt", "正文\u{1B}]0;x\n")
        // A C1 control (U+009B, the one-byte CSI) raw in UTF-8.
        try f.write("c1.txt", "正文\u{9B}31m\n")
        // Tab and form feed are text (as raw bytes in a .txt); a reference in a script is not text at all.
        try f.write("ok.html", "<html><body><script>var a = '&#27;';</script><p>甲&#9;乙&#12;丙</p></body></html>")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a control reached the text") }
        // In file order; columns of the .txt count bytes, as the raw byte's offset does.
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/c1.txt:1:7: control character U+009B: a text may not hold control characters; remove it (byte offset 6, line 1) (manifest line 4)",
            "src/h1.html:3:6: the control character U+001B (written &#27;): a text may not hold control characters; remove it (manifest line 2)",
            "src/h2.html:1:51: the control character U+001B (written &#27;): a text may not hold control characters; remove it (manifest line 6)",
            "src/t1.txt:1:7: control byte 0x1B: a text may not hold control characters; remove it (byte offset 6, line 1) (manifest line 3)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }

    func testTheReferenceIsPlacedInThePage() {
        let page = HTMLText(html: "<p>甲</p>\r\n<p>乙 &amp; &#x1b;</p>".replacingOccurrences(of: "\r\n", with: "\n"))
        XCTAssertEqual(page.refusedControl, HTMLText.RefusedControl(control: "\u{1B}", written: "&#x1b;",
                                                                    position: SourcePosition(line: 2, column: 12)))
        XCTAssertNil(HTMLText(html: "<p>甲&#9;乙&#10;丙&#12;</p>").refusedControl)
    }

    /// The raw byte's message said "control byte 0x1": bytes are named with two hex digits.
    func testAControlByteIsNamedWithTwoHexDigits() {
        guard case .failure(let failure) = TextDecoder.decode(Data([0x61, 0x01])) else { return XCTFail("0x01 is not text") }
        XCTAssertEqual(failure.message, "control byte 0x01: a text may not hold control characters; remove it (byte offset 1, line 1)")
        XCTAssertEqual(failure.text.zh, "控制字节 0x01：文本中不能有控制字符：请删去（字节偏移 1，第 1 行）")
        // A NUL anywhere makes it binary data, not a text with a stray control.
        guard case .failure(let binary) = TextDecoder.decode(Data([0x61, 0x01, 0x00])) else { return XCTFail("NUL is not text") }
        XCTAssertEqual(binary.message, "control byte 0x01: not a text file (byte offset 1, line 1)")
    }
}
