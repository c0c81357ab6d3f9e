import XCTest
@testable import TerminalUI

final class DisplayWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of(" "), 1)
    }

    func testCJKIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("互联网+"), 7)
        XCTAssertEqual(DisplayWidth.of("国务院关于积极推进"), 18)
        XCTAssertEqual(DisplayWidth.of(Character("网")), 2)
        XCTAssertEqual(DisplayWidth.of("𠀀"), 2)  // CJK Extension B, outside the BMP
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("かな"), 4)
    }

    func testFullwidthPunctuation() {
        XCTAssertEqual(DisplayWidth.of("，。；：（）"), 12)
        XCTAssertEqual(DisplayWidth.of("　"), 2)  // ideographic space
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        // Ambiguous-width punctuation is narrow, as glibc (and so ncurses and tmux) count it.
        XCTAssertEqual(DisplayWidth.of("“”…·"), 4)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2)  // modifier dropped, not counted twice
        XCTAssertEqual(DisplayWidth.of("❤️"), 1)  // VS16 dropped: text presentation, as wcwidth says
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2)  // a ZWJ sequence is drawn as its first emoji
    }

    func testCombiningMarksAreZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(UInt32(0x0301))!), 0)
        // A mark with no base is drawn on a dotted circle: one column, not zero.
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 1)
        XCTAssertEqual(Glyph.glyphs(of: "\u{301}"), [Glyph(text: "\u{25CC}\u{301}", width: 1)])
    }

    func testControlsMeasureAsTheirPlaceholders() {
        XCTAssertEqual(DisplayWidth.of("\u{1b}[2J"), 4)
        XCTAssertEqual(DisplayWidth.of("a\tb"), 3)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(UInt8(0x1b))), -1)
    }

    func testMeasuringAgreesWithGlyphs() {
        for sample in ["互联网+行动", "e\u{301}x", "😀👍🏽", "\u{1b}]0;x\u{07}", "a\r\nb", "\u{202E}abc", "ＡＢ，"] {
            XCTAssertEqual(DisplayWidth.of(sample), Glyph.glyphs(of: sample).reduce(0) { $0 + $1.width }, sample)
        }
    }

    func testTruncateAndPad() {
        XCTAssertEqual(DisplayWidth.truncate("互联网加行动", to: 7), "互联网…")
        XCTAssertEqual(DisplayWidth.truncate("互联网加行动", to: 8), "互联网…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 3), "abc")
        XCTAssertEqual(DisplayWidth.truncateHead("首页›省份›浙江", to: 7), "…›浙江")
        XCTAssertEqual(DisplayWidth.pad("中文", to: 6, alignment: .right), "  中文")
        XCTAssertEqual(DisplayWidth.pad("中文字", to: 5), "中文…")
        XCTAssertEqual(DisplayWidth.pad("中文字", to: 4), "中… ")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("中文字", to: 4)), 4)
    }
}
