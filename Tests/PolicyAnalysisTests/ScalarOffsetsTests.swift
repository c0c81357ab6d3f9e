import PropertyBased
import Testing
@testable import PolicyAnalysis

/// The compact offset map answers what the plain one (an offset per normalised scalar) would.
@Suite struct ScalarOffsetsTests {
    /// Content characters, dropped ones (punctuation, spaces, zero-width) and expanding ones, so that runs
    /// of every length and breaks at and across the 64-scalar words of the bit set occur.
    static let alphabet: [Unicode.Scalar] = ["互", "联", "网", "加", "A", "z", "7", "２", "，", "。", " ", "\n", "、",
                                             "\u{200B}", "㌖", "①", "“", "ｂ", "𪚥", "😀"]

    static func text(seed: Int) -> String {
        var rng = SplitMix64(seed: UInt64(seed))
        let length = Int(rng.next() % 400)
        // Long stretches without a dropped character as well as dense ones.
        let dense = rng.next() % 2 == 0
        var out = String.UnicodeScalarView()
        for _ in 0..<length {
            let r = Int(rng.next() % 100)
            out.append(dense || r < 10 ? alphabet[Int(rng.next() % UInt64(alphabet.count))] : alphabet[r % 4])
        }
        return String(out)
    }

    @Test func compactOffsetsAreThePlainMapping() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let text = Self.text(seed: seed)
            for mode in [NormalizationMode.fold, .content] {
                var plain: [Int] = []
                for (i, s) in text.unicodeScalars.enumerated() {
                    NormalizedText.fold(s.value) { v in
                        if mode == .content, NormalizedText.isSkippedInContent(v) { return }
                        plain.append(i)
                    }
                }
                let norm = NormalizedText(text, mode: mode)
                #expect(norm.count == plain.count)
                #expect((0..<norm.count).map { norm.offset(at: $0) } == plain, "seed \(seed) \(mode)")
                let boundaries = (0...norm.count).map { i in i == 0 || i == plain.count || plain[i] != plain[i - 1] + 1 }
                #expect((0...norm.count).map { norm.isClauseBoundary($0) } == boundaries, "seed \(seed) \(mode)")
                for offset in 0...(text.unicodeScalars.count + 1) {
                    #expect(norm.normalizedIndex(atOrAfter: offset) == (plain.firstIndex { $0 >= offset } ?? plain.count))
                }
            }
            let folded = NormalizedText(text, mode: .fold)
            let filtered = NormalizedText(filteringContentOf: folded)
            let content = NormalizedText(text, mode: .content)
            #expect((0..<filtered.count).map { filtered.offset(at: $0) } == (0..<content.count).map { content.offset(at: $0) })
        }
    }

    /// The content text and what it leaves out give the folded text back, scalar for scalar and offset for
    /// offset: the analysis makes the text indicators from the folded text joined again after the reuse search.
    @Test func contentAndRemainderJoinIntoTheFoldedText() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let folded = NormalizedText(Self.text(seed: seed), mode: .fold)
            let (content, remainder) = NormalizedText.splittingContent(of: folded, into: UInt16.self)
            let joined = NormalizedText(joining: content, remainder)
            #expect(joined.scalars == folded.scalars, "seed \(seed)")
            #expect((0..<joined.count).map { joined.offset(at: $0) } == (0..<folded.count).map { folded.offset(at: $0) }, "seed \(seed)")
            #expect((0...joined.count).map { joined.isClauseBoundary($0) } == (0...folded.count).map { folded.isClauseBoundary($0) })
            #expect(joined.originalLength == folded.originalLength)
            // The content text in UTF-16 units is the 32-bit content text: the same characters, each unit at
            // its character's offset, and clause boundaries only between characters.
            let wide = NormalizedText(Self.text(seed: seed), mode: .content)
            #expect(Array(String(decoding: content.scalars, as: UTF16.self).unicodeScalars.map(\.value)) == wide.scalars)
            // (Where a wrapped line breaks, the content text has no boundary: a line break alone, between two
            // ideographs or digits; `WrappedLineTests` checks which line breaks are wraps.)
            var unitOffsets: [Int] = [], unitBoundaries: [Bool] = []
            for (i, v) in wide.scalars.enumerated() {
                for unit in 0..<(v > 0xFFFF ? 2 : 1) {
                    unitBoundaries.append(unit == 0 && wide.isClauseBoundary(i) && !content.isWrap(unitOffsets.count))
                    unitOffsets.append(wide.offset(at: i))
                }
            }
            #expect((0..<content.count).map { content.offset(at: $0) } == unitOffsets, "seed \(seed)")
            #expect((0..<content.count).map { content.isClauseBoundary($0) } == unitBoundaries, "seed \(seed)")
            let stored = Array(Self.text(seed: seed).unicodeScalars)
            for u in 1..<max(1, content.count) where content.isWrap(u) {
                // Besides at most one line break: spaces, and what folding drops (a zero-width space).
                let gap = stored[(content.offset(at: u - 1) + 1)..<content.offset(at: u)]
                let foldsAway = { (s: Unicode.Scalar) in
                    var kept = false
                    NormalizedText.fold(s.value) { _ in kept = true }
                    return !kept
                }
                // (No line break: the spaces of a letter-spaced line.)
                #expect(gap.filter { $0 == "\n" }.count <= 1
                        && gap.allSatisfy { " \t\r\n".unicodeScalars.contains($0) || foldsAway($0) }, "seed \(seed)")
                #expect(NormalizedText.isWrappable(UInt32(content.scalars[u - 1])) && NormalizedText.isWrappable(UInt32(content.scalars[u])))
            }
        }
    }
}
