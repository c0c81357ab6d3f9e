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
    private let patterns: [[UInt32]]
    private let byFirst: [UInt32: [Int]]
    /// For first scalars in the Basic Multilingual Plane, the candidate list's slot (0 = none), so that the
    /// scan costs an array read per character instead of a dictionary lookup.
    private let slotOfFirst: [UInt16]
    private let slots: [[Int]]

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
        // Longer keywords first, so that 专项资金 is reported before 资金 at the same position.
        for key in byFirst.keys { byFirst[key]?.sort { patterns[$0].count > patterns[$1].count } }
        self.patterns = patterns
        self.byFirst = byFirst
        var slotOfFirst = [UInt16](repeating: 0, count: 0x10000)
        var slots: [[Int]] = [[]]
        for (first, candidates) in byFirst.sorted(by: { $0.key < $1.key }) where first < 0x10000 && slots.count < Int(UInt16.max) {
            slotOfFirst[Int(first)] = UInt16(slots.count)
            slots.append(candidates)
        }
        self.slotOfFirst = slotOfFirst
        self.slots = slots
    }

    private func candidates(_ scalar: UInt32) -> [Int]? {
        if scalar < 0x10000 {
            let slot = Int(slotOfFirst[Int(scalar)])
            return slot == 0 ? nil : slots[slot]
        }
        return byFirst[scalar]
    }

    /// All hits in `text[range]` (normalised indices), in order of position.
    public func hits(in text: [UInt32], range: Range<Int>? = nil) -> [Hit] {
        let r = range ?? 0..<text.count
        var result: [Hit] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let candidates = candidates(text[i]) {
                for c in candidates {
                    let p = patterns[c]
                    let end = i + p.count
                    guard end <= r.upperBound else { continue }
                    var ok = true
                    var j = 1
                    while j < p.count { if text[i + j] != p[j] { ok = false; break }; j += 1 }
                    if ok { result.append(Hit(entry: c, range: i..<end)) }
                }
            }
            i += 1
        }
        return result
    }
}
