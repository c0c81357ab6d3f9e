import XCTest
@testable import TerminalUI

final class KeyDecoderTests: XCTestCase {
    func testSpecialKeys() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 259), .up)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 258), .down)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 260), .left)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 261), .right)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 262), .home)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 360), .end)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 339), .pageUp)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 338), .pageDown)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 330), .delete)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 263), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 343), .enter)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 353), .backTab)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 410), .resize)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 265), .function(1))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 276), .function(12))
        XCTAssertNil(KeyDecoder.decode(isKeyCode: true, value: 9999))
    }

    func testCharacters() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0x6A), .char("j"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0x20), .char(" "))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0x4E2D), .char("中"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0xFF0C), .char("，"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0x20000), .char("𠀀"))
    }

    func testControlCodes() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 27), .escape)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 127), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 8), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 10), .enter)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 13), .enter)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 9), .tab)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 3), .ctrl("c"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 1), .ctrl("a"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 26), .ctrl("z"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 31), .ctrl("_"))
        XCTAssertNil(KeyDecoder.decode(isKeyCode: false, value: 0x9B))  // C1 CSI is never a key
    }
}
