/// Codes clauses from the scheme's keyword dictionaries with one keyword scan per document.
public struct ClauseCoder: Sendable {
    public let scheme: CodingScheme
    private let matcher: KeywordMatcher
    private let areaCount: Int
    /// Per matcher entry: the area or tool id, worked out once instead of per hit.
    private let entryIDs: [String]

    public init(scheme: CodingScheme) {
        self.scheme = scheme
        // Entries: "area:<id>" and "tool:<id>", sorted for deterministic output.
        var entries: [(code: String, keyword: String)] = []
        for id in scheme.actionAreas.keys.sorted() {
            for k in scheme.actionAreas[id] ?? [] where !k.isEmpty { entries.append(("area:" + id, k)) }
        }
        areaCount = entries.count
        for id in scheme.tools.keys.sorted() {
            for k in scheme.tools[id] ?? [] where !k.isEmpty { entries.append(("tool:" + id, k)) }
        }
        matcher = KeywordMatcher(entries)
        entryIDs = entries.map { String($0.code.dropFirst(5)) }
    }

    public func code(_ text: String, structure: DocumentStructure) -> [ClauseCoding] {
        code(NormalizedText(text, mode: .fold), structure: structure)
    }

    public func code(_ norm: NormalizedText, structure: DocumentStructure) -> [ClauseCoding] {
        let hits = matcher.hits(in: norm.scalars)
        var cursor = 0
        return structure.clauses.map { clause in
            let range = norm.normalizedRange(of: clause.span)
            while cursor < hits.count && hits[cursor].range.lowerBound < range.lowerBound { cursor += 1 }
            var areas = Set<String>(), tools = Set<String>()
            var evidence: [KeywordEvidence] = []
            var j = cursor
            while j < hits.count && hits[j].range.lowerBound < range.upperBound {
                let hit = hits[j]
                j += 1
                guard hit.range.upperBound <= range.upperBound else { continue }
                let entry = matcher.entries[hit.entry]
                let id = entryIDs[hit.entry]
                if hit.entry < areaCount { areas.insert(id) } else { tools.insert(id) }
                evidence.append(KeywordEvidence(code: entry.code, keyword: entry.keyword,
                                                span: norm.originalSpan(hit.range.lowerBound, hit.range.upperBound)))
            }
            let classes = Set(tools.filter { !scheme.nonTools.contains($0) }.compactMap { scheme.toolClasses[$0] })
                .filter { !$0.isEmpty }
            return ClauseCoding(clause: clause.span, role: clause.role, actionAreas: areas.sorted(), tools: tools.sorted(),
                                toolClasses: classes.sorted(), evidence: evidence.sorted())
        }
    }
}
