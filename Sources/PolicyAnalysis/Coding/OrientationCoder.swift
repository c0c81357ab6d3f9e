/// Codes clauses with an `OrientationScheme`. Terms and the parts of patterns are keyword entries found in
/// the extractor's single scan; a clause's hits are then matched against the terms here.
struct OrientationCoder: Sendable {
    struct Term: Sendable {
        var mission: Bool
        /// Matcher entries of the parts, in order (one for a plain term).
        var parts: [Int]
    }

    let entries: [(code: String, keyword: String)]
    let terms: [Term]
    let maxGap: Int
    /// Per entry, the term it is the first part of (-1 for a later part): each entry is one part of one term.
    private let termOfFirstPart: [Int]

    init(scheme: OrientationScheme) {
        var entries: [(code: String, keyword: String)] = []
        var terms: [Term] = []
        for (mission, words) in [(true, scheme.mission), (false, scheme.diffusion)] {
            for w in words {
                let parts = w.split(separator: "…").map(String.init).filter { !$0.isEmpty }
                guard !parts.isEmpty else { continue }
                var indices: [Int] = []
                for p in parts {
                    indices.append(entries.count)
                    entries.append((mission ? "mission" : "diffusion", p))
                }
                terms.append(Term(mission: mission, parts: indices))
            }
        }
        self.entries = entries
        self.terms = terms
        maxGap = scheme.maxGap
        var termOfFirstPart = [Int](repeating: -1, count: entries.count)
        for (t, term) in terms.enumerated() { termOfFirstPart[term.parts[0]] = t }
        self.termOfFirstPart = termOfFirstPart
    }

    /// Mission and diffusion spans (normalised ranges) among `hits` (entries of this coder, inside one
    /// clause, in position order).
    func code<Hits: Collection>(_ hits: Hits) -> (mission: [Range<Int>], diffusion: [Range<Int>])
    where Hits.Element == KeywordMatcher.Hit {
        var mission: [Range<Int>] = [], diffusion: [Range<Int>] = []
        guard !hits.isEmpty else { return ([], []) }
        // Only the terms whose first part is among the hits can match: those, not every term of the scheme
        // (the order they are tried in does not matter, `outermost` sorts).
        var started: [Int] = []
        for hit in hits {
            let t = termOfFirstPart[hit.entry]
            if t >= 0 && !started.contains(t) { started.append(t) }
        }
        for t in started {
            let term = terms[t]
            // The earliest chain of the parts in order, each within maxGap of the previous part's end.
            for first in hits where first.entry == term.parts[0] {
                var end = first.range.upperBound
                var complete = true
                for part in term.parts.dropFirst() {
                    guard let next = hits.first(where: { $0.entry == part && $0.range.lowerBound >= end
                                                         && $0.range.lowerBound - end <= maxGap }) else {
                        complete = false
                        break
                    }
                    end = next.range.upperBound
                }
                guard complete else { continue }
                let r = first.range.lowerBound..<end
                if term.mission { mission.append(r) } else { diffusion.append(r) }
                if term.parts.count > 1 { break }
            }
        }
        // A shorter term inside a longer one of the same side adds nothing (核心技术 inside 突破核心技术).
        return (Self.outermost(mission), Self.outermost(diffusion))
    }

    static func outermost(_ ranges: [Range<Int>]) -> [Range<Int>] {
        guard ranges.count > 1 else { return ranges }  // most clauses: nothing to sort or drop
        let sorted = ranges.sorted { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
        var kept: [Range<Int>] = []
        for r in sorted where !kept.contains(where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) {
            kept.append(r)
        }
        return kept
    }
}
