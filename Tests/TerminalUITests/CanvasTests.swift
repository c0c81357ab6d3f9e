import XCTest
@testable import TerminalUI

final class CanvasTests: XCTestCase {
    func testPutASCII() {
        var canvas = Canvas(width: 8, height: 2)
        XCTAssertEqual(canvas.put("hello", x: 1, y: 0), 5)
        XCTAssertEqual(canvas.rows, [" hello  ", "        "])
    }

    func testCJKAtRightEdgeNeverLeavesHalfACharacter() {
        var canvas = Canvas(width: 7, height: 1)
        let written = canvas.put("互联网加", x: 0, y: 0)
        XCTAssertEqual(written, 7)  // three characters and a filler space
        XCTAssertEqual(canvas.rows, ["互联网 "])
        XCTAssertEqual(canvas.cell(atX: 6, y: 0)?.symbol, " ")
        XCTAssertEqual(canvas.cell(atX: 5, y: 0)?.width, 0)
    }

    func testMaxWidthClipsByDisplayWidth() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.put("互联网加行动", x: 1, y: 0, maxWidth: 5)
        XCTAssertEqual(canvas.rows, [" 互联     "])
        canvas.put("ab", x: 7, y: 0, maxWidth: 0)
        XCTAssertEqual(canvas.rows, [" 互联     "])
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中文字", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)  // right half of 中
        XCTAssertEqual(canvas.rows, [" x文字"])
        canvas.put("y", x: 2, y: 0)  // left half of 文
        XCTAssertEqual(canvas.rows, [" xy 字"])
        canvas.put("国", x: 3, y: 0)  // over the blank and the left half of 字
        XCTAssertEqual(canvas.rows, [" xy国 "])
        for x in 0..<6 where canvas.cell(atX: x, y: 0)?.isContinuation == true {
            XCTAssertEqual(canvas.cell(atX: x - 1, y: 0)?.width, 2)
        }
    }

    func testNegativeXClipsOnTheLeft() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("中文ab", x: -1, y: 0)
        XCTAssertEqual(canvas.rows, [" 文a"])
    }

    func testPutSanitises() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put("\u{1b}[2Jx", x: 0, y: 0)
        XCTAssertEqual(canvas.rows, ["␛[2Jx       "])
    }

    func testFillAndStyles() {
        var canvas = Canvas(width: 4, height: 3)
        canvas.fill(Rect(x: 1, y: 1, width: 2, height: 5), style: .reverse, symbol: "#")
        XCTAssertEqual(canvas.rows, ["    ", " ## ", " ## "])
        XCTAssertEqual(canvas.style(atX: 1, y: 1), .reverse)
        XCTAssertEqual(canvas.style(atX: 0, y: 1), .plain)
        XCTAssertNil(canvas.style(atX: 9, y: 9))
        canvas.updateStyle(in: Rect(x: 0, y: 0, width: 1, height: 1)) { $0.merged(with: .bold) }
        XCTAssertEqual(canvas.style(atX: 0, y: 0), .bold)
    }

    func testOutOfBoundsIsIgnored() {
        var canvas = Canvas(width: 1, height: 1)
        XCTAssertEqual(canvas.put("中", x: 0, y: 0), 1)
        XCTAssertEqual(canvas.rows, [" "])
        XCTAssertEqual(canvas.put("a", x: 0, y: 5), 0)
        XCTAssertEqual(canvas.put("a", x: 3, y: 0), 0)
        var empty = Canvas(width: 0, height: 0)
        empty.put("x", x: 0, y: 0)
        empty.fill(Rect(x: 0, y: 0, width: 3, height: 3))
        XCTAssertEqual(empty.rows, [])
    }

    func testStyleMerging() {
        let base = Style(foreground: .red, bold: true)
        let merged = base.merged(with: Style(background: .blue, reverse: true))
        XCTAssertEqual(merged, Style(foreground: .red, background: .blue, bold: true, reverse: true))
    }

    func testRectSplitsClamp() {
        let r = Rect(x: 0, y: 0, width: 10, height: 3)
        XCTAssertEqual(r.splitTop(5).rest.height, 0)
        XCTAssertEqual(r.splitBottom(1).bottom, Rect(x: 0, y: 2, width: 10, height: 1))
        XCTAssertEqual(r.inset(dx: 6, dy: 6).isEmpty, true)
        XCTAssertEqual(r.centered(width: 4, height: 1), Rect(x: 3, y: 1, width: 4, height: 1))
    }
}
