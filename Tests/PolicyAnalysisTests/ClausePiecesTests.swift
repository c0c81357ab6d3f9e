import PropertyBased
import Testing
@testable import PolicyAnalysis

/// Clause pieces found through the breaks a word of bits at a time are the ones a walk over every character
/// finds: the same ranges, hashes and wholeness, for any range of any text (clauses over `maxLength`,
/// supplementary-plane characters, wrapped lines, numbers).
@Suite struct ClausePiecesTests {
    /// The pieces as `ClausePieces.allSatisfy` found them before it read the breaks: a test per character.
    static func reference(_ text: ContentText, _ range: Range<Int>) -> [(Range<Int>, UInt64, Bool)] {
        var out: [(Range<Int>, UInt64, Bool)] = []
        let lower = max(0, range.lowerBound), upper = min(range.upperBound, text.count)
        guard lower < upper else { return out }
        var start = lower
        while !text.isClauseBoundary(start) && lower - start < ClausePieces.maxLength { start -= 1 }
        while start < upper {
            var end = start + 1
            while !text.isClauseBoundary(end) && end - start < ClausePieces.maxLength { end += 1 }
            let complete = text.isClauseBoundary(start) && text.isClauseBoundary(end)
            if end - start >= ClausePieces.minLength {
                out.append((start..<end, complete ? ClausePieces.hash(text.scalars, start..<end) : 0,
                            complete && start >= lower && end <= upper))
            }
            start = end
        }
        return out
    }

    /// Ideographs (some supplementary), digits and punctuation; some clauses longer than `maxLength`, some
    /// texts in lines of one width (wrapped, as text taken from a PDF).
    static func text(_ rng: inout SplitMix64) -> String {
        var s = ""
        let width = rng.below(3) == 0 ? 30 + rng.below(10) : 0
        var column = 0
        for _ in 0..<rng.below(1_500) {
            switch rng.below(40) {
            case 0: s += "，"
            case 1: s += "。"
            case 2: s += "、"
            case 3: s += " "
            case 4: s += "\n"; column = 0
            case 5: s += String(rng.below(1_000))
            case 6: s += String(repeating: "发", count: 150 + rng.below(200))
            case 7: s.unicodeScalars.append(Unicode.Scalar(0x20000 + UInt32(rng.below(500))) ?? "字")
            default: s.unicodeScalars.append(Unicode.Scalar(0x4E00 + UInt32(rng.below(3_000))) ?? "字")
            }
            column += 1
            if width > 0 && column >= width { s += "\n"; column = 0 }
        }
        return s
    }

    @Test func piecesAreThoseACharacterByCharacterWalkFinds() async throws {
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let text = ContentText(contentOf: Self.text(&rng))
            var ranges = [0..<text.count]
            for _ in 0..<20 {
                let a = rng.below(text.count + 5) - 2, b = a + rng.below(400)
                ranges.append(a..<b)
            }
            for range in ranges {
                var got: [(Range<Int>, UInt64, Bool)] = []
                ClausePieces.forEach(in: text, overlapping: range) { got.append(($0, $1, $2)) }
                let expected = Self.reference(text, range)
                #expect(got.map(\.0) == expected.map(\.0), "seed \(seed) range \(range)")
                #expect(got.map(\.1) == expected.map(\.1), "seed \(seed) range \(range)")
                #expect(got.map(\.2) == expected.map(\.2), "seed \(seed) range \(range)")
            }
        }
    }
}
