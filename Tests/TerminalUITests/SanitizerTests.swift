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

    func testGlyphsNeverCarryControls() {
        let hostile = "\u{1b}]0;owned\u{07}\u{1b}[2J\u{9b}\u{202E}\u{7f}\r\n\u{0}"
        for glyph in Glyph.glyphs(of: hostile) {
            XCTAssertFalse(glyph.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, glyph.text)
        }
    }
}
