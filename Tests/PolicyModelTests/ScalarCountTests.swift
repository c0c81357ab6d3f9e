import XCTest
@testable import PolicyModel

final class ScalarCountTests: XCTestCase {
    /// Characters of one to four bytes at every offset of the eight-byte steps, against the scalar view.
    func testCountIsTheScalarViewsCount() {
        let pieces = ["a", "é", "中", "😀", "\n", "\u{9B}", "\u{10FFFF}"]
        for length in 0..<40 {
            var text = ""
            for k in 0..<length { text += pieces[(k * 5 + length) % pieces.count] }
            XCTAssertEqual(ScalarCount.of(text), text.unicodeScalars.count, text)
            var hash = InputHash()
            XCTAssertEqual(hash.add(text), text.unicodeScalars.count, text)
        }
        // Long texts, past the 255 sixteen-byte steps a lane counts before the lanes are summed.
        for length in [1020, 1021, 4080, 4095, 4096, 4097, 9000] {
            var text = ""
            for k in 0..<length { text += pieces[(k * 3 + length) % pieces.count] }
            XCTAssertEqual(ScalarCount.of(text), text.unicodeScalars.count, "length \(length)")
            var hash = InputHash()
            XCTAssertEqual(hash.add(text), text.unicodeScalars.count, "length \(length)")
        }
    }
}
