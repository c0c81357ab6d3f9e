/// Finds many keywords in one pass over folded text: candidates are looked up by their first two scalars, so a
/// document is scanned once however many keywords the taxonomy has.
public struct KeywordMatcher: Sendable {
    public struct Hit: Sendable, Hashable {
        /// Index into the (code, keyword) list the matcher was built from.
        public var entry: Int
        /// Range in the normalised (fold-mode) text.
        public var range: Range<Int>
    }

    public let entries: [(code: String, keyword: String)]
    /// All folded patterns end to end (a candidate's is patternScalars[from..<(from + length)]): a flat array,
    /// so that the scan retains nothing per character.
    private let patternScalars: [UInt32]
    /// Candidates by their keyword's first two scalars, in an open-addressed table (`pairSlots`): a position
    /// whose pair passes `leadingPairs` reads only the keywords that start with that very pair, longer first
    /// (so that 专项资金 is reported before 资金 at the same position), each known to match two scalars.
    private let pairSlots: [PairSlot]
    private let pairCandidates: [Candidate]
    /// One-scalar keywords by their scalar, after the pairs' (they are the shortest), in entry order.
    private let singleCandidates: [UInt32: [Candidate]]
    /// Hashed first two scalars of the keywords (a 64K-bit map, 8 KB, stays in the first-level cache): most
    /// positions are rejected here, by one well-predicted test, before the pair table is read.
    private let leadingPairs: [UInt64]
    /// First scalars of one-scalar keywords, which the pair test cannot vouch for (nil: there are none).
    private let singleScalars: ScalarSet?

    /// A keyword to compare at a position: its entry and where its folded scalars are in `patternScalars`.
    private struct Candidate: Sendable {
        var entry: Int
        var from: Int
        var length: Int
    }

    /// A slot of the pair table: the pair (`pairKey`, `emptyKey` for none) and its candidates' range.
    private struct PairSlot: Sendable {
        var key: UInt64
        var start: Int32
        var end: Int32
    }

    /// No pair of scalars (at most 0x10FFFF each) has this key.
    private static let emptyKey = UInt64.max

    public init(_ entries: [(code: String, keyword: String)]) {
        self.entries = entries
        let patterns = entries.map { NormalizedText.folded($0.keyword) }
        var patternScalars: [UInt32] = [], patternStart: [Int] = [0]
        for p in patterns {
            patternScalars += p
            patternStart.append(patternScalars.count)
        }
        self.patternScalars = patternScalars
        func candidate(_ entry: Int) -> Candidate {
            Candidate(entry: entry, from: patternStart[entry], length: patterns[entry].count)
        }
        // Entries by their first two scalars (and the one-scalar ones by their scalar), in entry order.
        var byPair: [UInt64: [Int]] = [:], singles: [UInt32: [Candidate]] = [:]
        for (i, p) in patterns.enumerated() {
            if p.count >= 2 {
                byPair[KeywordMatcher.pairKey(p[0], p[1]), default: []].append(i)
            } else if let only = p.first {
                singles[only, default: []].append(candidate(i))
            }
        }
        // At least twice as many slots as pairs, so that a probe seldom goes past its first slot.
        var slotCount = 16
        while slotCount < 2 * byPair.count { slotCount *= 2 }
        var slots = [PairSlot](repeating: PairSlot(key: KeywordMatcher.emptyKey, start: 0, end: 0), count: slotCount)
        var pairCandidates: [Candidate] = []
        for (key, list) in byPair.sorted(by: { $0.key < $1.key }) {
            var slot = KeywordMatcher.pairHash(UInt32(key >> 32), UInt32(truncatingIfNeeded: key)) & (slotCount - 1)
            while slots[slot].key != KeywordMatcher.emptyKey { slot = (slot + 1) & (slotCount - 1) }
            let start = pairCandidates.count
            // Longer first; stable, so among keywords of one length, entry order.
            pairCandidates += list.enumerated().sorted { a, b in
                patterns[a.element].count != patterns[b.element].count
                    ? patterns[a.element].count > patterns[b.element].count : a.offset < b.offset
            }.map { candidate($0.element) }
            slots[slot] = PairSlot(key: key, start: Int32(start), end: Int32(pairCandidates.count))
        }
        pairSlots = slots
        self.pairCandidates = pairCandidates
        singleCandidates = singles
        var leadingPairs = [UInt64](repeating: 0, count: 1 << 10)
        for p in patterns where p.count >= 2 {
            let h = KeywordMatcher.pairHash(p[0], p[1])
            leadingPairs[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.leadingPairs = leadingPairs
        singleScalars = singles.isEmpty ? nil : ScalarSet(singles.keys)
    }

    @inline(__always)
    private static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int((a &* 0x9E37_79B1 ^ b &* 0x85EB_CA77) >> 16)
    }

    @inline(__always)
    private static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 {
        UInt64(a) << 32 | UInt64(b)
    }

    /// All hits in `text[range]` (normalised indices), in order of position.
    public func hits(in text: [UInt32], range: Range<Int>? = nil) -> [Hit] {
        let r = range ?? 0..<text.count
        var result: [Hit] = []
        // Policy text has about one hit in ten characters: reserved once rather than grown by doubling.
        result.reserveCapacity(r.count / 8)
        // Read through pointers: with the arrays, every character paid bounds checks and each position whose
        // pair starts a keyword (one in six) a retained slice of the candidates.
        scan(text, r) { result.append($0) }
        return result
    }

    /// The smallest entry index among the hits in `text[range]`, nil when there is none: what `hits(in:range:)`
    /// would give, without making its list (asked of every heading's title, where a list was an allocation).
    func smallestEntry(in text: [UInt32], range: Range<Int>) -> Int? {
        var smallest: Int?
        scan(text, range) { hit in smallest = min(smallest ?? hit.entry, hit.entry) }
        return smallest
    }

    /// `report` with each hit in `text[r]`, in order of position.
    @inline(__always)
    private func scan(_ text: [UInt32], _ r: Range<Int>, _ report: (Hit) -> Void) {
        text.withUnsafeBufferPointer { text in
            pairSlots.withUnsafeBufferPointer { pairSlots in
                pairCandidates.withUnsafeBufferPointer { pairCandidates in
                    patternScalars.withUnsafeBufferPointer { patternScalars in
                        leadingPairs.withUnsafeBufferPointer { leadingPairs in
                            scan(text, r, pairSlots, pairCandidates, patternScalars, leadingPairs, report)
                        }
                    }
                }
            }
        }
    }

    /// Positions the filters are run over before any of them is looked up: a block's candidate positions are
    /// gathered without a branch, so that the filters' answers (yes at one position in five, at random) cost no
    /// mispredicted jump each.
    private static let block = 256

    @inline(__always)
    private func scan(_ text: UnsafeBufferPointer<UInt32>, _ r: Range<Int>, _ pairSlots: UnsafeBufferPointer<PairSlot>,
                      _ pairCandidates: UnsafeBufferPointer<Candidate>, _ patternScalars: UnsafeBufferPointer<UInt32>,
                      _ leadingPairs: UnsafeBufferPointer<UInt64>, _ report: (Hit) -> Void) {
        let mask = pairSlots.count - 1
        let singleScalars = self.singleScalars
        /// Appends the hits of `candidates[from..<to]` at `i` whose scalars from `known` on match.
        @inline(__always)
        func compare(_ candidates: UnsafeBufferPointer<Candidate>, _ from: Int, _ to: Int, at i: Int, known: Int) {
            for k in from..<to {
                let c = candidates[k]
                guard i + c.length <= r.upperBound else { continue }
                var j = known
                while j < c.length && text[i + j] == patternScalars[c.from + j] { j += 1 }
                if j == c.length { report(Hit(entry: c.entry, range: i..<(i + c.length))) }
            }
        }
        guard !r.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.block) { found in
            var blockStart = r.lowerBound
            while blockStart < r.upperBound {
                let blockEnd = min(r.upperBound, blockStart + Self.block)
                // The block's positions whose pair passes the leading-pair map or whose scalar starts a
                // one-scalar keyword, in order (the last position of the range has no pair).
                var count = 0
                let pairsEnd = min(blockEnd, r.upperBound - 1)
                if let singleScalars {
                    for i in blockStart..<max(blockStart, pairsEnd) {
                        let c = text[i]
                        let h = KeywordMatcher.pairHash(c, text[i + 1])
                        let pass = (leadingPairs[h >> 6] >> UInt64(h & 63)) & 1 != 0 || singleScalars.contains(c)
                        found[count] = Int32(truncatingIfNeeded: i)
                        count &+= pass ? 1 : 0
                    }
                } else {
                    for i in blockStart..<max(blockStart, pairsEnd) {
                        let h = KeywordMatcher.pairHash(text[i], text[i + 1])
                        found[count] = Int32(truncatingIfNeeded: i)
                        count &+= Int((leadingPairs[h >> 6] >> UInt64(h & 63)) & 1)
                    }
                }
                if pairsEnd < blockEnd, let singleScalars, singleScalars.contains(text[pairsEnd]) {
                    found[count] = Int32(truncatingIfNeeded: pairsEnd)
                    count += 1
                }
                for f in 0..<count {
                    let i = Int(found[f])
                    let c = text[i]
                    if i + 1 < r.upperBound {
                        let next = text[i + 1]
                        let key = KeywordMatcher.pairKey(c, next)
                        var slot = KeywordMatcher.pairHash(c, next) & mask
                        while pairSlots[slot].key != key && pairSlots[slot].key != KeywordMatcher.emptyKey { slot = (slot + 1) & mask }
                        if pairSlots[slot].key == key {
                            compare(pairCandidates, Int(pairSlots[slot].start), Int(pairSlots[slot].end), at: i, known: 2)
                        }
                    }
                    if let singleScalars, singleScalars.contains(c), let singles = singleCandidates[c] {
                        singles.withUnsafeBufferPointer { compare($0, 0, $0.count, at: i, known: 1) }
                    }
                }
                blockStart = blockEnd
            }
        }
    }
}
