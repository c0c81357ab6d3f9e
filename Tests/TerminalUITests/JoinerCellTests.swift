import XCTest
@testable import TerminalUI

/// 👨‍👩‍👧 was drawn as one cell "👨" + ZWJ + ZWJ: tmux joined the next character it was sent to the joiner, so
/// "combining" after it showed as "co‍…" with the rest of the row moved, and a title ending in one put a stray
/// U+200D at the start of the next row. No cell sends a joiner; the sequence is its first emoji, two columns.
final class JoinerCellTests: XCTestCase {
    func testNoCellHoldsAJoiner() {
        var canvas = Canvas(width: 20, height: 1)
        let written = canvas.put("😀👨‍👩‍👧 co\u{200C}x\u{200D}", x: 0, y: 0)
        XCTAssertEqual(written, 8)
        XCTAssertEqual(canvas.rows, ["😀👨 cox            "])
        XCTAssertFalse(canvas.cells.contains { $0.symbol.unicodeScalars.contains { $0.value == 0x200C || $0.value == 0x200D } })
        XCTAssertEqual(canvas.cell(atX: 2, y: 0), Cell(symbol: "👨", width: 2, style: .plain))
    }

    func testCombiningMarksStillJoinTheirBase() {
        XCTAssertEqual(Glyph.glyphs(of: "e\u{301}\u{301}"), [Glyph(text: "e\u{301}\u{301}", width: 1)])
        XCTAssertEqual(Glyph.glyphs(of: "\u{200D}"), [])
        XCTAssertEqual(DisplayWidth.of("😀👨‍👩‍👧 combining"), 4 + 1 + 9, "the width drawn")
    }
}
