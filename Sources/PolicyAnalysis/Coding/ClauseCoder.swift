import PolicyModel

/// Codes clauses from the scheme's keyword dictionaries with one keyword scan per document.
public struct ClauseCoder: Sendable {
    public let scheme: CodingScheme
    let matcher: KeywordMatcher
    /// Sorted ids; a clause's codes are indices into these (sorted indices are sorted ids).
    public let areaIDs: [String]
    public let toolIDs: [String]
    /// Tool classes counted as tools (non-tools and empty classes excluded), sorted.
    public let classIDs: [String]
    /// Per matcher entry: its area index or its tool index (the other is -1), and the tool's counted
    /// class index (-1 if none): worked out once instead of per hit.
    private let entryArea: [Int32]
    private let entryTool: [Int32]
    private let toolClass: [Int32]
    /// When an area or tool keyword is not read in its sense (across a word boundary, inside a word of another sense,
    /// in a responsible unit's name, in a phrase 受 opens); the words of another sense are the matcher's last entries (neither area nor tool).
    private let sense = KeywordSense(fold: NormalizedText.folded)
    /// The second characters of `KeywordSense.boundaryWords`, folded: a keyword starting with none of them is read
    /// across no word boundary, and its pair is not hashed (the set's lookup was a tenth of the coding).
    private let boundarySeconds = ScalarSet(KeywordSense.boundaryWords.compactMap { NormalizedText.folded($0).last })
    /// The first characters of `KeywordSense.framedByReceiving`, folded: only their keywords are looked at for 受.
    private let receivedFirsts = ScalarSet(KeywordSense.framedByReceiving.compactMap { NormalizedText.folded($0).first })

    /// One clause's codes as indices into `areaIDs`, `toolIDs` and `classIDs`.
    public struct Codes: Sendable, Hashable {
        public var areas = IndexSet64()
        public var tools = IndexSet64()
        public var classes = IndexSet64()
    }

    public init(scheme: CodingScheme) {
        self.scheme = scheme
        areaIDs = scheme.actionAreas.keys.sorted()
        toolIDs = scheme.tools.keys.sorted()
        let counted = toolIDs.map { id -> String? in
            guard !scheme.nonTools.contains(id), let cls = scheme.toolClasses[id], !cls.isEmpty else { return nil }
            return cls
        }
        classIDs = Array(Set(counted.compactMap { $0 })).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classIDs.enumerated().map { ($1, Int32($0)) })
        toolClass = counted.map { $0.flatMap { classIndex[$0] } ?? -1 }
        // Entries: "area:<id>" and "tool:<id>", in id order for deterministic output.
        var entries: [(code: String, keyword: String)] = []
        var entryArea: [Int32] = [], entryTool: [Int32] = []
        for (a, id) in areaIDs.enumerated() {
            for k in scheme.actionAreas[id] ?? [] where !k.isEmpty {
                entries.append(("area:" + id, k)); entryArea.append(Int32(a)); entryTool.append(-1)
            }
        }
        for (t, id) in toolIDs.enumerated() {
            for k in scheme.tools[id] ?? [] where !k.isEmpty {
                entries.append(("tool:" + id, k)); entryArea.append(-1); entryTool.append(Int32(t))
            }
        }
        for word in KeywordSense.otherSenses {
            entries.append(("sense:other", word)); entryArea.append(-1); entryTool.append(-1)
        }
        matcher = KeywordMatcher(entries)
        self.entryArea = entryArea
        self.entryTool = entryTool
    }

    public func code(_ text: String, structure: DocumentStructure) -> [ClauseCoding] {
        code(NormalizedText(text, mode: .fold), structure: structure)
    }

    public func code(_ norm: NormalizedText, structure: DocumentStructure) -> [ClauseCoding] {
        codes(norm, structure: structure, ranges: structure.clauses.map { norm.normalizedRange(of: $0.span) }).coding
    }

    /// The codes of every clause as indices (for counting without hashing strings) and, `withCoding`, as
    /// `ClauseCoding` values with their keyword evidence. `ranges`: each clause's range in `norm`.
    public func codes(_ norm: NormalizedText, structure: DocumentStructure, ranges: [Range<Int>],
                      withCoding: Bool = true) -> (coding: [ClauseCoding], codes: [Codes]) {
        codes(norm, structure: structure, ranges: ranges, hits: matcher.hits(in: norm.scalars), withCoding: withCoding)
    }

    /// As above, from the hits of `matcher` over the whole text (found by the caller, possibly together
    /// with other keywords in one scan).
    func codes(_ norm: NormalizedText, structure: DocumentStructure, ranges: [Range<Int>], hits: [KeywordMatcher.Hit],
               withCoding: Bool) -> (coding: [ClauseCoding], codes: [Codes]) {
        var scan = Scan()
        var coding: [ClauseCoding] = []
        var allCodes: [Codes] = []
        if withCoding { coding.reserveCapacity(structure.clauses.count) }
        allCodes.reserveCapacity(structure.clauses.count)
        var evidence: [KeywordEvidence] = []
        // By index (as a zip pairs them): a zip's iterator was a call per clause.
        for k in 0..<min(structure.clauses.count, ranges.count) {
            let codes = code(ranges[k], of: norm, hits: hits, scan: &scan, evidence: &evidence, collecting: withCoding)
            allCodes.append(codes)
            guard withCoding else { continue }
            let clause = structure.clauses[k]
            evidence.sort()
            coding.append(ClauseCoding(clause: clause.span, role: clause.role,
                                       actionAreas: codes.areas.members.map { areaIDs[$0] },
                                       tools: codes.tools.members.map { toolIDs[$0] },
                                       toolClasses: codes.classes.members.map { classIDs[$0] }, evidence: evidence))
            evidence = []
        }
        return (coding, allCodes)
    }

    /// The action areas the headings' titles name, read as a clause's words are (`titles`: their ranges in `norm`, in
    /// order). A title is no clause where its heading has text of its own ("（一）加快发展电子商务。省商务厅牵头…"), and
    /// in implementation opinions the titles are where the areas are named (QA pass 50: such a document covered 0/11).
    func areas(ofTitles titles: [Range<Int>], in norm: NormalizedText, hits: [KeywordMatcher.Hit]) -> IndexSet64 {
        var scan = Scan()
        var areas = IndexSet64()
        var none: [KeywordEvidence] = []
        for range in titles { code(range, of: norm, hits: hits, scan: &scan, evidence: &none, collecting: false).areas.forEach { areas.insert($0) } }
        return areas
    }

    /// Scratch kept between the ranges of one document: where its hits were reached, and lists emptied per range.
    private struct Scan {
        var cursor = 0
        /// The range's words of another sense and its tool hits.
        var otherSenses: [Range<Int>] = []
        var toolHits: [(range: Range<Int>, tool: Int32)] = []
    }

    /// One range's codes (ranges come in order), and `collecting` its keywords appended to `evidence`.
    private func code(_ range: Range<Int>, of norm: NormalizedText, hits: [KeywordMatcher.Hit], scan: inout Scan,
                      evidence: inout [KeywordEvidence], collecting: Bool) -> Codes {
        while scan.cursor < hits.count && hits[scan.cursor].range.lowerBound < range.lowerBound { scan.cursor += 1 }
        var codes = Codes()
        // The range's words of another sense first: one can start before the keyword it holds (产业|生态).
        // Emptied only when filled: most ranges leave both empty, and emptying is a call that checks uniqueness.
        if !scan.otherSenses.isEmpty { scan.otherSenses.removeAll(keepingCapacity: true) }
        if !scan.toolHits.isEmpty { scan.toolHits.removeAll(keepingCapacity: true) }
        var j = scan.cursor, coded = false
        while j < hits.count && hits[j].range.lowerBound < range.upperBound {
            let hit = hits[j]
            j += 1
            guard hit.range.upperBound <= range.upperBound else { continue }
            if entryArea[hit.entry] < 0 && entryTool[hit.entry] < 0 {
                scan.otherSenses.append(hit.range)
            } else {
                coded = true
                if entryTool[hit.entry] >= 0 { scan.toolHits.append((hit.range, entryTool[hit.entry])) }
            }
        }
        // Most clauses hold nothing a unit's name needs, and their hits are not looked around for one.
        let unitMarks = coded && FeatureDetector.mayNameUnit(norm.scalars, in: range)
        j = scan.cursor
        while j < hits.count && hits[j].range.lowerBound < range.upperBound {
            let hit = hits[j]
            j += 1
            guard hit.range.upperBound <= range.upperBound else { continue }
            // A word of another sense has no code of its own; an area keyword (since version 52) or a tool
            // keyword (since 60: 省市场监管局牵头 is no regulation) codes only where it is read in its sense.
            guard entryArea[hit.entry] >= 0 || entryTool[hit.entry] >= 0,
                  readsInSense(norm.scalars, hit.range, clause: range, otherSenses: scan.otherSenses, unitMarks: unitMarks) else { continue }
            // A tool keyword inside a longer one of another tool is that tool's word (since version 61: 补贴 in
            // 购置补贴 is a user subsidy, not funding), when the longer one is read in its sense.
            if entryTool[hit.entry] >= 0, scan.toolHits.contains(where: { other in
                other.tool != entryTool[hit.entry] && other.range.count > hit.range.count
                    && other.range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= other.range.upperBound
                    && readsInSense(norm.scalars, other.range, clause: range, otherSenses: scan.otherSenses, unitMarks: unitMarks)
            }) { continue }
            if entryArea[hit.entry] >= 0 {
                codes.areas.insert(Int(entryArea[hit.entry]))
            } else {
                let tool = Int(entryTool[hit.entry])
                codes.tools.insert(tool)
                if toolClass[tool] >= 0 { codes.classes.insert(Int(toolClass[tool])) }
            }
            guard collecting else { continue }
            let entry = matcher.entries[hit.entry]
            evidence.append(KeywordEvidence(code: entry.code, keyword: entry.keyword,
                                            span: norm.originalSpan(hit.range.lowerBound, hit.range.upperBound)))
        }
        return codes
    }

    /// Whether an area or tool keyword at `hit` is read in its sense (see `KeywordSense`): not across a word boundary,
    /// not wholly inside a word of another sense, not in a responsible unit's name, not entrusted (受…委托). `unitMarks`: whether the clause
    /// can name a unit (`FeatureDetector.mayNameUnit`).
    private func readsInSense(_ s: [UInt32], _ hit: Range<Int>, clause: Range<Int>, otherSenses: [Range<Int>],
                              unitMarks: Bool) -> Bool {
        !(boundarySeconds.contains(s[hit.lowerBound]) && sense.straddlesWord(s, hit, clause: clause))
            && !KeywordSense.isInside(hit, otherSenses)
            && !(unitMarks && FeatureDetector.namesResponsibleUnit(s, hit, in: clause))
            && !(receivedFirsts.contains(s[hit.lowerBound]) && sense.isReceived(s, hit, clause: clause))
    }
}
