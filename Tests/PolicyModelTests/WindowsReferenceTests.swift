import Foundation
import XCTest
@testable import PolicyModel

/// `&#128;` to `&#159;` (and `&#x80;` to `&#x9F;`) were read as the C1 controls and the page refused, where a
/// browser shows the Windows-1252 characters (HTML's numeric character reference end state): old Windows tools
/// wrote `&#147;互联网+&#148;` for “互联网+”. They are read so now; the five code points Windows-1252 leaves
/// unassigned stay controls, and stay refused.
final class WindowsReferenceTests: XCTestCase {
    func testTheC1RangeReadsAsWindows1252() {
        XCTAssertEqual(HTMLEntities.decode("&#128;&#130;&#133;&#145;&#146;&#147;&#148;&#150;&#151;&#153;&#159;"), "€‚…‘’“”–—™Ÿ")
        XCTAssertEqual(HTMLEntities.decode("&#x80;&#x93;&#X94;&#x96;&#x9f;"), "€“”–Ÿ")
        // Unassigned in Windows-1252: the code point itself, as a browser keeps it.
        XCTAssertEqual(HTMLEntities.decode("&#129;&#x8D;&#143;&#x90;&#157;").unicodeScalars.map(\.value), [0x81, 0x8D, 0x8F, 0x90, 0x9D])
        // Only references are mapped: a character written as itself is what it is.
        XCTAssertEqual(HTMLEntities.decode("&#8364;\u{2013}&#127;").unicodeScalars.map(\.value), [0x20AC, 0x2013, 0x7F])
    }

    func testAPageWithWindowsReferencesIsImportedAsABrowserShowsIt() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nw1,标题,national,w1.html\n")
        try f.write("w1.html", "<html><body><p>&#147;互联网+&#148;行动&#151;2015&#150;2018年，投入&#128;100万</p></body></html>")
        let plan = try f.importer().plan().get()
        XCTAssertEqual(plan.documents.first?.text, "“互联网+”行动—2015–2018年，投入€100万")
    }

    func testAnUnassignedOneIsStillARefusedControl() {
        let page = HTMLText(html: "<p>甲&#147;乙&#148;</p>\n<p>丙&#x8D;丁</p>")
        XCTAssertEqual(page.refusedControl, HTMLText.RefusedControl(control: "\u{8D}", written: "&#x8D;",
                                                                    position: SourcePosition(line: 2, column: 5)))
        XCTAssertNil(HTMLText(html: "<p>甲&#147;乙&#148;&#x9F;</p>").refusedControl)
    }
}
