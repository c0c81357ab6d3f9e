/// Finds many keywords in one pass over folded text: candidates are looked up by their first scalar, so a
/// document is scanned once however many keywords the taxonomy has.
public struct KeywordMatcher: Sendable {
    public struct Hit: Sendable, Hashable {
        /// Index into the (code, keyword) list the matcher was built from.
        public var entry: Int
        /// Range in the normalised (fold-mode) text.
        public var range: Range<Int>
    }

    public let entries: [(code: String, keyword: String)]
    /// All folded patterns end to end; pattern i is patternScalars[patternStart[i]..<patternStart[i + 1]].
    /// Flat arrays, so that the scan retains nothing per character.
    private let patternScalars: [UInt32]
    private let patternStart: [Int]
    /// Candidate entries by first scalar: slot s lists candidateEntries[slotStart[s]..<slotStart[s + 1]],
    /// longer keywords first (so that 专项资金 is reported before 资金 at the same position).
    private let candidateEntries: [Int]
    /// Per candidate, its keyword's second scalar (nil for a one-scalar keyword): most candidates are ruled
    /// out by it without reading the keyword.
    private let candidateSecond: [UInt32?]
    private let slotStart: [Int]
    /// For first scalars in the Basic Multilingual Plane, the slot (0 = none): an array read per character
    /// instead of a dictionary lookup. Astral first scalars are looked up in `astralSlots`.
    private let slotOfFirst: [UInt16]
    private let astralSlots: [UInt32: Int]
    /// The BMP first scalars as a bitmap (8 KB, stays in the first-level cache): most characters start no
    /// keyword, and this answers them without touching the 128 KB slot table.
    private let firstScalars: ScalarSet
    /// Hashed first two scalars of the keywords (a 64K-bit map): most positions whose first scalar starts
    /// a keyword are still rejected here, by one well-predicted test, before any keyword is compared.
    private let leadingPairs: [UInt64]
    /// First scalars of one-scalar keywords, which the pair test cannot vouch for (nil: there are none).
    private let singleScalars: ScalarSet?

    public init(_ entries: [(code: String, keyword: String)]) {
        self.entries = entries
        var patterns: [[UInt32]] = []
        var byFirst: [UInt32: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            var folded: [UInt32] = []
            for s in e.keyword.unicodeScalars { NormalizedText.fold(s.value) { folded.append($0) } }
            patterns.append(folded)
            if let first = folded.first { byFirst[first, default: []].append(i) }
        }
        var patternScalars: [UInt32] = [], patternStart: [Int] = [0]
        for p in patterns {
            patternScalars += p
            patternStart.append(patternScalars.count)
        }
        self.patternScalars = patternScalars
        self.patternStart = patternStart
        var slotOfFirst = [UInt16](repeating: 0, count: 0x10000)
        var astralSlots: [UInt32: Int] = [:]
        var candidateEntries: [Int] = [], slotStart: [Int] = [0, 0]  // slot 0: no candidates
        for (first, list) in byFirst.sorted(by: { $0.key < $1.key }) {
            let slot = slotStart.count - 1
            if first < 0x10000 && slot < Int(UInt16.max) {
                slotOfFirst[Int(first)] = UInt16(slot)
            } else {
                astralSlots[first] = slot
            }
            // Stable: among keywords of one length, entry order.
            candidateEntries += list.enumerated().sorted { a, b in
                patterns[a.element].count != patterns[b.element].count
                    ? patterns[a.element].count > patterns[b.element].count : a.offset < b.offset
            }.map(\.element)
            slotStart.append(candidateEntries.count)
        }
        self.candidateEntries = candidateEntries
        candidateSecond = candidateEntries.map { patterns[$0].count > 1 ? patterns[$0][1] : nil }
        self.slotStart = slotStart
        self.slotOfFirst = slotOfFirst
        self.astralSlots = astralSlots
        firstScalars = ScalarSet(byFirst.keys)
        var leadingPairs = [UInt64](repeating: 0, count: 1 << 10)
        for p in patterns where p.count >= 2 {
            let h = KeywordMatcher.pairHash(p[0], p[1])
            leadingPairs[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.leadingPairs = leadingPairs
        let singles = patterns.filter { $0.count == 1 }.map { $0[0] }
        singleScalars = singles.isEmpty ? nil : ScalarSet(singles)
    }

    @inline(__always)
    private static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int((a &* 0x9E37_79B1 ^ b &* 0x85EB_CA77) >> 16)
    }

    /// All hits in `text[range]` (normalised indices), in order of position.
    public func hits(in text: [UInt32], range: Range<Int>? = nil) -> [Hit] {
        let r = range ?? 0..<text.count
        var result: [Hit] = []
        // Locals, so that the loop reads the tables without retaining them per character.
        let firstScalars = self.firstScalars, slotOfFirst = self.slotOfFirst, slotStart = self.slotStart
        let candidateEntries = self.candidateEntries, patternStart = self.patternStart, patternScalars = self.patternScalars
        let candidateSecond = self.candidateSecond
        let leadingPairs = self.leadingPairs, singleScalars = self.singleScalars
        for i in r {
            let c = text[i]
            if i + 1 < r.upperBound {
                let h = KeywordMatcher.pairHash(c, text[i + 1])
                guard leadingPairs[h >> 6] & (1 << UInt64(h & 63)) != 0 || singleScalars?.contains(c) == true else { continue }
            }
            guard firstScalars.contains(c) else { continue }
            let slot = c < 0x10000 ? Int(slotOfFirst[Int(c)]) : astralSlots[c] ?? 0
            guard slot != 0 else { continue }
            let next: UInt32? = i + 1 < r.upperBound ? text[i + 1] : nil
            for candidate in slotStart[slot]..<slotStart[slot + 1] {
                if let second = candidateSecond[candidate], second != next { continue }
                let entry = candidateEntries[candidate]
                let from = patternStart[entry], length = patternStart[entry + 1] - from
                guard i + length <= r.upperBound else { continue }
                var j = 1
                while j < length && text[i + j] == patternScalars[from + j] { j += 1 }
                if j == length { result.append(Hit(entry: entry, range: i..<(i + length))) }
            }
        }
        return result
    }
}
