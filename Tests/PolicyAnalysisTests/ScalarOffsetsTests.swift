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
        if rng.next() % 4 == 0 { return page(&rng) }
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

    /// Text as a PDF's extraction leaves it: lines of 20 to 40 characters, mostly ending inside a sentence,
    /// with page numbers and a running header between some of them (`PageFurniture`), and now and then a
    /// character of the whole alphabet, so that some lines end in punctuation or spaces.
    static func page(_ rng: inout SplitMix64) -> String {
        var out = String.UnicodeScalarView()
        var page = 1
        for _ in 0..<Int(6 + rng.next() % 10) {
            for _ in 0..<Int(20 + rng.next() % 21) {
                let r = Int(rng.next() % 100)
                out.append(r < 8 ? alphabet[Int(rng.next() % UInt64(alphabet.count))] : alphabet[r % 4])
            }
            out.append("\n")
            if rng.next() % 3 == 0 {
                page += 1
                out.append(contentsOf: (rng.next() % 2 == 0 ? "— \(page) —\n某某省人民政府\n" : "\(page)/12\n").unicodeScalars)
            }
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
            // Content mode, less the page furniture of a wrapped text, which the analysis does not read.
            let folded = NormalizedText(text, mode: .fold)
            let filtered = NormalizedText(filteringContentOf: folded)
            let content = NormalizedText(text, mode: .content)
            #expect(Self.offsets(filtered) == Self.offsets(content, leavingOut: Self.furnitureOffsets(folded)), "seed \(seed)")
        }
    }

    static func offsets(_ text: NormalizedText, leavingOut left: Set<Int> = []) -> [Int] {
        var out: [Int] = []
        for i in 0..<text.count where !left.contains(text.offset(at: i)) { out.append(text.offset(at: i)) }
        return out
    }

    static func furnitureOffsets(_ folded: NormalizedText) -> Set<Int> {
        var out = Set<Int>()
        for i in furnitureIndices(folded) { out.insert(folded.offset(at: i)) }
        return out
    }

    /// The folded indices on page furniture lines (`LineLayout.furniture`), their line breaks aside.
    static func furnitureIndices(_ folded: NormalizedText) -> Set<Int> {
        let layout = LineLayout(folded.scalars)
        return Set(layout.furniture.flatMap { layout.lines[$0] })
    }

    /// What the content text should be: the folded text without what content mode skips and without the page
    /// furniture; per UTF-16 unit its offset, whether a clause boundary is before it (where the offsets jump,
    /// unless `wraps` marks a wrap there) and its folded index.
    static func contentModel(_ folded: NormalizedText, wraps: NormalizedUnits<UInt16>)
        -> (scalars: [UInt32], offsets: [Int], boundaries: [Bool], indices: [Int], furniture: Set<Int>) {
        let furniture = furnitureIndices(folded)
        var scalars: [UInt32] = [], offsets: [Int] = [], boundaries: [Bool] = [], indices: [Int] = []
        var previous = -2
        for i in folded.scalars.indices {
            let v = folded.scalars[i]
            if furniture.contains(i) || NormalizedText.isSkippedInContent(v) { continue }
            scalars.append(v)
            let offset = folded.offset(at: i)
            let boundary = offset != previous + 1
            for unit in 0..<(v > 0xFFFF ? 2 : 1) {
                boundaries.append(unit == 0 && boundary && !wraps.isWrap(offsets.count))
                offsets.append(offset)
                indices.append(i)
            }
            previous = offset
        }
        return (scalars, offsets, boundaries, indices, furniture)
    }

    /// Between two characters of the content text joined by a wrap, in the folded text: spaces, and at most one
    /// line break that ends neither a furniture line nor a blank line (what folding drops, a zero-width space,
    /// is not there).
    static func isWrapGap(_ gap: Range<Int>, in folded: NormalizedText, furniture: Set<Int>) -> Bool {
        var breaks = 0
        for i in gap {
            let v = folded.scalars[i]
            if furniture.contains(i) { continue }
            if v == 0x0A && !furniture.contains(i - 1) && !endsBlankLine(i, in: folded) { breaks += 1 }
            if v != 0x20 && v != 0x09 && v != 0x0D && v != 0x0A { return false }
        }
        return breaks <= 1
    }

    /// Whether the line break at `i` ends a line of nothing but spaces.
    static func endsBlankLine(_ i: Int, in folded: NormalizedText) -> Bool {
        var j = i - 1
        while j >= 0 && folded.scalars[j] != 0x0A {
            if ![0x20, 0x09, 0x0D].contains(folded.scalars[j]) { return false }
            j -= 1
        }
        return true
    }

    /// The drawn texts do hold wrapped lines and page furniture, so that the properties below are not empty.
    @Test func theTextsHaveWrapsAndFurniture() {
        var wrapped = 0, furnished = 0
        for seed in 0..<300 {
            let layout = LineLayout(NormalizedText(Self.text(seed: seed), mode: .fold).scalars)
            if layout.isWrapped { wrapped += 1 }
            if !layout.furniture.isEmpty { furnished += 1 }
        }
        #expect(wrapped >= 10 && furnished >= 3, "\(wrapped) wrapped, \(furnished) with furniture")
    }

    /// A text folded one for one (most texts: nothing dropped or expanded) is joined again with its offsets
    /// made at once (`ScalarOffsets(identity:)`), to the text joined unit by unit.
    @Test func oneForOneTextsJoinWithTheirOffsetsMadeAtOnce() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let scalars = Self.text(seed: seed).unicodeScalars.filter { $0 != "\u{200B}" && $0 != "㌖" }
            let folded = NormalizedText(String(String.UnicodeScalarView(scalars)), mode: .fold)
            #expect(folded.offsets.isIdentity, "seed \(seed)")
            let (content, remainder) = NormalizedText.splittingContent(of: folded, into: UInt16.self)
            let joined = NormalizedText(joining: content, remainder, identity: true)
            #expect(joined.scalars == folded.scalars, "seed \(seed)")
            #expect((0..<joined.count).map { joined.offset(at: $0) } == Array(0..<folded.count), "seed \(seed)")
            #expect((0...joined.count).map { joined.isClauseBoundary($0) } == (0...folded.count).map { folded.isClauseBoundary($0) })
            #expect(joined.originalLength == folded.originalLength)
        }
    }

    /// The content text and what it leaves out give the folded text back, scalar for scalar and offset for
    /// offset: the analysis makes the text indicators from the folded text joined again after the reuse search.
    @Test func contentAndRemainderJoinIntoTheFoldedText() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let folded = NormalizedText(Self.text(seed: seed), mode: .fold)
            let (content, remainder) = NormalizedText.splittingContent(of: folded, into: UInt16.self)
            let joined = NormalizedText(joining: content, remainder)
            #expect(folded.offsets.isIdentity == (0..<folded.count).allSatisfy { folded.offset(at: $0) == $0 }, "seed \(seed)")
            #expect(joined.scalars == folded.scalars, "seed \(seed)")
            #expect((0..<joined.count).map { joined.offset(at: $0) } == (0..<folded.count).map { folded.offset(at: $0) }, "seed \(seed)")
            #expect((0...joined.count).map { joined.isClauseBoundary($0) } == (0...folded.count).map { folded.isClauseBoundary($0) })
            #expect(joined.originalLength == folded.originalLength)
            // The content text in UTF-16 units is the folded text without what content mode skips and without
            // the page furniture of a wrapped text (`LineLayout.furniture`): the same characters, each unit at
            // its character's offset, and clause boundaries only between characters, where the offsets jump.
            let model = Self.contentModel(folded, wraps: content)
            #expect(Array(String(decoding: content.scalars, as: UTF16.self).unicodeScalars.map(\.value)) == model.scalars, "seed \(seed)")
            let unitOffsets = model.offsets, unitBoundaries = model.boundaries, unitIndices = model.indices
            #expect((0..<content.count).map { content.offset(at: $0) } == unitOffsets, "seed \(seed)")
            #expect((0..<content.count).map { content.isClauseBoundary($0) } == unitBoundaries, "seed \(seed)")
            for u in 1..<max(1, content.count) where content.isWrap(u) && unitIndices.count == content.count {
                // Between the two characters, in the folded text: spaces, and at most one line break that
                // does not end a furniture line (what folding drops, a zero-width space, is not there).
                let gap = (unitIndices[u - 1] + 1)..<unitIndices[u]
                #expect(Self.isWrapGap(gap, in: folded, furniture: model.furniture), "seed \(seed)")
                #expect(NormalizedText.isWrappable(UInt32(content.scalars[u - 1])) && NormalizedText.isWrappable(UInt32(content.scalars[u])))
            }
        }
    }
}
