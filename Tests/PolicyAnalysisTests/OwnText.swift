@testable import PolicyAnalysis

extension SplitMix64 {
    /// Text of its own for each call: `length` CJK ideographs drawn at random, no punctuation.
    mutating func ownText(_ length: Int) -> String {
        String(String.UnicodeScalarView((0..<length).compactMap { _ in Unicode.Scalar(0x4E00 + UInt32(next() % 5000)) }))
    }
}
