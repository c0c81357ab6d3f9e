import XCTest
@testable import PolicyModel

/// `UTF8Validation` must accept exactly what `String(validating:as:)` accepts: the texts it passes are made into
/// strings unchecked.
final class UTF8ValidationTests: XCTestCase {
    private func libraryAccepts(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    private func accepts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    /// Every lead byte with every second byte (the rest continuation bytes), and with the edges of the second
    /// byte's ranges and of the continuation range after it; whole and cut short, alone and after ASCII (so that
    /// the eight-byte ASCII step leads into it).
    func testEverySequenceEdgeIsJudgedAsTheLibraryJudgesIt() {
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var sequences: [[UInt8]] = []
        for lead in 0...255 {
            for second in 0...255 { sequences.append([UInt8(lead), UInt8(second), 0x80, 0xBF]) }
            for second in edges {
                for third in edges {
                    for fourth in edges { sequences.append([UInt8(lead), second, third, fourth]) }
                }
            }
        }
        var checked = 0
        for sequence in sequences {
            for length in 1...4 {
                for prefix in [[], Array("policy 1".utf8)] {
                    let bytes = prefix + sequence[..<length]
                    guard accepts(bytes) == libraryAccepts(bytes) else {
                        XCTFail("\(bytes.map { String($0, radix: 16) }): the library says \(libraryAccepts(bytes))")
                        return
                    }
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 256 * (256 + 1_000) * 4 * 2)
    }

    func testTextsAreAcceptedAndTheirStringsAreTheLibrarys() {
        let texts = ["", "互联网+现代农业", "Internet Plus 行动 2015 年", "𠀋 Extension B, ㌖, é, \u{10FFFF}", String(repeating: "数字经济，", count: 300)]
        for text in texts {
            let bytes = Array(text.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { UTF8Validation.string($0) }, text)
        }
        // Cut inside its last character, a text is refused.
        let cut = Array("政策".utf8).dropLast()
        XCTAssertNil(Array(cut).withUnsafeBufferPointer { UTF8Validation.string($0) })
    }

    func testRandomBytesAreJudgedAsTheLibraryJudgesThem() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("数据".utf8), Array("ab".utf8), [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80],
                                 [0xC1, 0xBF], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xE4, 0xB8]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Bool.random(using: &generator) ? pieces.randomElement(using: &generator) ?? [] : [UInt8.random(in: 0...255, using: &generator)]
            }
            XCTAssertEqual(accepts(bytes), libraryAccepts(bytes), "\(bytes)")
        }
    }
}
