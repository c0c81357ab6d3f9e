import SafeText
import XCTest
@testable import TerminalUI

final class SanitizerTests: XCTestCase {
    func testWindowTitleSequenceBecomesVisible() {
        let evil = "\u{1b}]0;owned\u{07}"
        let clean = Sanitizer.sanitize(evil)
        XCTAssertEqual(clean, "␛]0;owned␇")
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) })
    }

    func testClearScreenSequenceBecomesVisible() {
        XCTAssertEqual(Sanitizer.sanitize("\u{1b}[2J"), "␛[2J")
        XCTAssertFalse(Sanitizer.sanitize("x\u{1b}[2Jy").contains("\u{1b}"))
    }

    func testC0DelAndC1() {
        XCTAssertEqual(Sanitizer.sanitize("a\u{0}b\u{7f}c"), "a␀b␡c")
        XCTAssertEqual(Sanitizer.sanitize("line\nnext\r"), "line␊next␍")
        XCTAssertEqual(Sanitizer.sanitize("\u{9b}2J"), "\u{FFFD}2J")  // C1 CSI
        XCTAssertEqual(Sanitizer.sanitize("\u{85}"), "\u{FFFD}")
    }

    func testTabBecomesASpace() {
        XCTAssertEqual(Sanitizer.sanitize("a\tb"), "a b")
    }

    func testBidiAndFormatControls() {
        XCTAssertEqual(Sanitizer.sanitize("\u{202E}txt.exe\u{202C}"), "\u{FFFD}txt.exe\u{FFFD}")
        XCTAssertEqual(Sanitizer.sanitize("\u{2066}x\u{2069}"), "\u{FFFD}x\u{FFFD}")
        XCTAssertEqual(Sanitizer.sanitize("a\u{200B}b\u{FEFF}"), "a\u{FFFD}b\u{FFFD}")
        XCTAssertEqual(Sanitizer.sanitize("a\u{2028}b"), "a\u{FFFD}b")
    }

    func testOrdinaryTextPassesThrough() {
        let text = "国务院关于积极推进“互联网+”行动的指导意见（国发〔2015〕40号）"
        XCTAssertEqual(Sanitizer.sanitize(text), text)
        XCTAssertFalse(Sanitizer.needsSanitizing(text))
        XCTAssertEqual(Sanitizer.sanitize("👨‍👩‍👧 e\u{301}"), "👨‍👩‍👧 e\u{301}")  // ZWJ and marks kept
    }

    /// The CLI and the exported files printed a run of 40 combining marks, which stack over the rows around it;
    /// the dashboard kept 4 (QA pass 51). Every output keeps 4 now; fewer, and CJK, pass as written.
    func testARunOfCombiningMarksIsCappedAsTheDashboardCapsIt() {
        let zalgo = "组合a" + String(repeating: "\u{301}", count: 40) + "字" + String(repeating: "\u{20DD}", count: 6)
        let capped = "组合a" + String(repeating: "\u{301}", count: 4) + "字" + String(repeating: "\u{20DD}", count: 4)
        XCTAssertEqual(Sanitizer.sanitize(zalgo).unicodeScalars.map(\.value), capped.unicodeScalars.map(\.value))
        XCTAssertEqual(ControlCharacters.sanitizeLines(zalgo + "\n" + zalgo).unicodeScalars.map(\.value),
                       (capped + "\n" + capped).unicodeScalars.map(\.value))
        let fine = "e\u{301}\u{302}\u{303}\u{304} か\u{3099} 国务院"
        XCTAssertFalse(Sanitizer.needsSanitizing(fine))
        XCTAssertEqual(ControlCharacters.sanitizeLines(fine), fine)
    }

    func testGlyphsNeverCarryControls() {
        let hostile = "\u{1b}]0;owned\u{07}\u{1b}[2J\u{9b}\u{202E}\u{7f}\r\n\u{0}"
        for glyph in Glyph.glyphs(of: hostile) {
            XCTAssertFalse(glyph.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, glyph.text)
        }
    }
}
