import PolicyModel

/// One clause's codes after the analysts' overrides: what every count of tools and areas uses.
public struct ReviewedClause: Sendable, Hashable {
    public var index: Int
    public var span: TextSpan
    public var role: SectionRole
    public var actionAreas: [String]
    public var tools: [String]
    /// Tool classes counted (non-tools excluded), as in `ClauseCoding.toolClasses`.
    public var toolClasses: [String]
    /// The override entries in effect for the tool and the area, if any (manual codes).
    public var toolOverride: ReviewEntry? {
        get { manual.first ?? nil }
        set { setManual(tool: newValue, area: areaOverride) }
    }
    public var areaOverride: ReviewEntry? {
        get { manual.last ?? nil }
        set { setManual(tool: toolOverride, area: newValue) }
    }
    /// [tool, area], or empty for a clause without an override: an array is one reference, where two
    /// entries held inline made every clause about half a kilobyte, a gigabyte of clauses in a
    /// 10,000-document export.
    private var manual: [ReviewEntry?] = []

    public var isManual: Bool { !manual.isEmpty }

    private mutating func setManual(tool: ReviewEntry?, area: ReviewEntry?) {
        manual = tool == nil && area == nil ? [] : [tool, area]
    }

    init(index: Int, span: TextSpan, role: SectionRole, actionAreas: [String], tools: [String], toolClasses: [String]) {
        self.index = index
        self.span = span
        self.role = role
        self.actionAreas = actionAreas
        self.tools = tools
        self.toolClasses = toolClasses
    }
}

/// Applies the overrides of a review store to the machine coding: a `policyTool` override replaces the
/// clause's tools with the one chosen, an `actionArea` override replaces its areas. Overrides win wherever
/// codes are counted: clause lists, tool shares, the areas of a document, aggregates, tool matrices.
public struct ReviewedCoding: Sendable {
    public let scheme: CodingScheme
    public let overrides: [ReviewStore.OverrideKey: ReviewEntry]
    private let coder: ClauseCoder

    public init(scheme: CodingScheme, overrides: [ReviewStore.OverrideKey: ReviewEntry]) {
        self.scheme = scheme
        self.overrides = overrides
        coder = ClauseCoder(scheme: scheme)
    }

    public init(scheme: CodingScheme, store: ReviewStore) {
        self.init(scheme: scheme, overrides: store.overrides)
    }

    /// The machine coding of a text (as the analysis codes it), for results stored without per-clause coding.
    public func machineCoding(text: String) -> [ClauseCoding] {
        let norm = NormalizedText(text, mode: .fold).unwrapped()
        // The clauses' ranges as the parser finds them, as the analysis takes them (not searched for again).
        let (structure, ranges) = SectionParser.parseWithClauseRanges(norm)
        return coder.codes(norm, structure: structure, ranges: ranges).coding
    }

    /// The machine's own coding of a document's text, clause by clause, no analyst's override applied: the codes an
    /// override records as those it replaced (`ReviewOverride.previous`, which `review list` calls the machine's), in
    /// `ipap review add --clause` and the dashboard's `o` alike. A clause's codes with the overrides in effect applied
    /// (`clauses(document:coding:)`) are not the machine's once an analyst has overridden it.
    public static func machineCoding(text: String, taxonomy: Taxonomy) -> [ClauseCoding] {
        ReviewedCoding(scheme: CodingScheme(taxonomy: taxonomy), overrides: [:]).machineCoding(text: text)
    }

    /// The clauses of a document with overrides applied; `coding` is the machine coding in clause order.
    public func clauses(document id: String, coding: [ClauseCoding]) -> [ReviewedClause] {
        coding.enumerated().map { index, c in
            var clause = ReviewedClause(index: index, span: c.clause, role: c.role, actionAreas: c.actionAreas, tools: c.tools,
                                        toolClasses: c.toolClasses)
            if let e = overrides[ReviewStore.OverrideKey(document: id, clause: index, field: .policyTool)], let v = e.override?.value {
                clause.tools = [v]
                let cls = scheme.toolClasses[v]
                clause.toolClasses = cls.map { scheme.nonTools.contains(v) || $0.isEmpty ? [] : [$0] } ?? []
                clause.toolOverride = e
            }
            if let e = overrides[ReviewStore.OverrideKey(document: id, clause: index, field: .actionArea)], let v = e.override?.value {
                clause.actionAreas = [v]
                clause.areaOverride = e
            }
            return clause
        }
    }

    /// `documents` with the codes of each one an override touches counted again from its text (machine coding, then
    /// the overrides: `ReviewedDocumentCodes`), the others left as they are; `text` is asked for the touched ones only.
    /// How many were counted again.
    @discardableResult
    public func applyToTouched<Document: ClauseCodeCounts>(_ documents: inout [Document], text: (String) -> String?) -> Int {
        guard !overrides.isEmpty else { return 0 }
        let touched = Set(overrides.keys.map(\.document))
        var recoded = 0
        for i in documents.indices where touched.contains(documents[i].id) {
            guard let text = text(documents[i].id) else { continue }
            ReviewedDocumentCodes(clauses(document: documents[i].id, coding: machineCoding(text: text))).apply(to: &documents[i])
            recoded += 1
        }
        return recoded
    }

    /// The analysis with overrides applied to every count that comes from clause coding (document tool
    /// counts, shares and areas; the corpus aggregates, over `documents`, the analysed ones). Documents
    /// whose stored result lacks per-clause coding are re-coded from their texts (`text`, asked on a worker
    /// thread, the text let go after), on both cores. `keeping` is given each document's clauses (on a worker
    /// thread) and returns what the caller keeps of them, in the result's document order: the clauses of
    /// 50,000 documents held at once were gigabytes of an export.
    public func apply<Kept>(to result: AnalysisResult, documents: [AnalysisDocument], text: @Sendable (String) -> String?,
                            keeping summarize: @Sendable (_ id: String, _ clauses: [ReviewedClause]) -> Kept) -> (AnalysisResult, [Kept]) {
        var out = result
        let analysed = result.documents
        let reviewed = ParallelSlots<(kept: Kept, changed: DocumentIndicators?)>.map(analysed.count) { i in
            var d = analysed[i]
            let coding = d.coding.isEmpty && d.clauseCount > 0 ? text(d.id).map(machineCoding) ?? d.coding : d.coding
            let clauses = self.clauses(document: d.id, coding: coding)
            guard clauses.contains(where: \.isManual) else { return (summarize(d.id, clauses), nil) }
            ReviewedDocumentCodes(clauses).apply(to: &d)
            return (summarize(d.id, clauses), d)
        }
        for (i, r) in reviewed.enumerated() { if let changed = r.changed { out.documents[i] = changed } }
        if !overrides.isEmpty {
            out.indicators = CorpusIndicators(documents: documents, indicators: out.documents, reuse: out.reuse)
        }
        return (out, reviewed.map(\.kept))
    }
}

/// A document's codes counted from its clauses with the overrides applied (`ReviewedCoding.clauses`): its tool classes'
/// counts and shares, its tool x area counts, and the action areas coded from its text (those of its clauses). The
/// export (`ReviewedCoding.apply`) and the dashboard (`AnalysisView.applying`) count a document whose clauses an
/// analyst recoded by this one rule.
public struct ReviewedDocumentCodes: Sendable, Hashable {
    public var toolCounts: [String: Int]
    public var toolShares: [String: Double]
    public var toolAreaCounts: [String: [String: Int]]
    public var actionAreas: [String]

    public init(_ clauses: [ReviewedClause]) {
        var counts: [String: Int] = [:]
        var areas = Set<String>()
        for c in clauses {
            for cls in c.toolClasses { counts[cls, default: 0] += 1 }
            areas.formUnion(c.actionAreas)
        }
        let total = counts.values.reduce(0, +)
        toolCounts = counts
        toolShares = counts.mapValues { Double($0) / Double(max(1, total)) }
        toolAreaCounts = ToolAreaCounts.counts(clauses)
        actionAreas = areas.sorted()
    }

    /// These codes in place of the machine's in `document` (a document's indicators, or the stored summary of them).
    public func apply<Document: ClauseCodeCounts>(to document: inout Document) {
        document.toolCounts = toolCounts
        document.toolShares = toolShares
        document.toolAreaCounts = toolAreaCounts
        document.actionAreas = actionAreas
    }
}

/// What a document's clause coding counts: `DocumentIndicators`, and `DocumentSummary`, the stored analysis's form
/// of it, which the dashboard holds.
public protocol ClauseCodeCounts {
    var id: String { get }
    var toolCounts: [String: Int] { get set }
    var toolShares: [String: Double] { get set }
    var toolAreaCounts: [String: [String: Int]] { get set }
    var actionAreas: [String] { get set }
}

extension DocumentIndicators: ClauseCodeCounts {}
extension DocumentSummary: ClauseCodeCounts {}

extension ToolAreaCounts {
    /// A document's tool x area counts from its clauses with the overrides applied (`ReviewedCoding.clauses`): a
    /// clause counts under each of its tools, at each key of `keys(areas:)`. The tools matrix's lists of clauses
    /// take a cell's clauses by the same keys, so that a cell and its list cannot disagree.
    public static func counts(_ clauses: [ReviewedClause]) -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for c in clauses {
            for tool in c.tools {
                for key in keys(areas: c.actionAreas) { counts[tool, default: [:]][key, default: 0] += 1 }
            }
        }
        return counts
    }
}

extension ClauseCoding {
    /// The clause's codes of one field (its tools or its action areas): what an override of that field records as
    /// the machine's (`previous`), when this is the machine's coding (`ReviewedCoding.machineCoding(text:taxonomy:)`).
    public func codes(_ field: ReviewOverride.Field) -> [String] {
        switch field {
        case .policyTool: tools
        case .actionArea: actionAreas
        }
    }
}
