import XCTest
@testable import PolicyModel

/// `String.scalarArray` is `Array(unicodeScalars)`, made in one pass: for any text.
final class ScalarArrayTests: XCTestCase {
    func testItIsTheTextsScalarsForAnyText() {
        var rng = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x4E00...0x9FFF, 0x80...0x7FF, 0x1F300...0x1FAFF, 0xFF01...0xFF5E, 0x0...0x1F]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...300, using: &rng) {
                let range = ranges.randomElement(using: &rng) ?? ranges[0]
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { text.unicodeScalars.append(scalar) }
            }
            XCTAssertEqual(text.scalarArray, Array(text.unicodeScalars), text.debugDescription)
        }
        XCTAssertEqual("".scalarArray, [])
        XCTAssertEqual("e\u{301}国🇨🇳".scalarArray, Array("e\u{301}国🇨🇳".unicodeScalars))
    }
}
