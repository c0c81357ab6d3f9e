import XCTest
@testable import TerminalUI
@testable import NcursesTerminal

final class KeyDecoderTests: XCTestCase {
    func testSpecialKeys() {
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 259), .up)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 258), .down)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 260), .left)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 261), .right)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 262), .home)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 360), .end)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 339), .pageUp)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 338), .pageDown)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 330), .delete)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 263), .backspace)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 343), .enter)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 353), .backTab)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 410), .resize)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 265), .function(1))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: true, value: 276), .function(12))
        XCTAssertNil(NcursesKeys.decode(isKeyCode: true, value: 9999))
    }

    func testCharacters() {
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 0x6A), .char("j"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 0x20), .char(" "))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 0x4E2D), .char("中"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 0xFF0C), .char("，"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 0x20000), .char("𠀀"))
    }

    func testControlCodes() {
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 27), .escape)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 127), .backspace)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 8), .backspace)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 10), .enter)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 13), .enter)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 9), .tab)
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 3), .ctrl("c"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 1), .ctrl("a"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 26), .ctrl("z"))
        XCTAssertEqual(NcursesKeys.decode(isKeyCode: false, value: 31), .ctrl("_"))
        XCTAssertNil(NcursesKeys.decode(isKeyCode: false, value: 0x9B))  // C1 CSI is never a key
    }
}
