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
    }

    /// All hits in `text[range]` (normalised indices), in order of position.
    public func hits(in text: [UInt32], range: Range<Int>? = nil) -> [Hit] {
        let r = range ?? 0..<text.count
        var result: [Hit] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let candidates = byFirst[text[i]] {
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
