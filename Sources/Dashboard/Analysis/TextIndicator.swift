import PolicyAnalysis

/// The indicators computed from texts: for each, the value of one document and the spans that produced it.
/// One place decides both, so a number on screen and its evidence list can never disagree.
struct TextIndicator {
    let kind: TextIndicatorKind

    init(_ kind: TextIndicatorKind) {
        self.kind = kind
    }

    /// Shares and counts per document; nil when the indicator does not apply (no goals section, say).
    /// Central overlap needs the reuse pairs: the largest share a central document shares with another issuer's.
    func value(_ d: DocumentSummary, analysis: AnalysisView? = nil) -> Double? {
        switch kind {
        case .centralOverlap:
            guard let analysis else { return nil }
            return analysis.largestShare(of: d.id, in: .central) ?? (analysis.result.reuse.isEmpty ? nil : 0)
        case .copiedFromCentre: return d.copiedFromCentre
        case .copiedGoals: return d.copiedFromCentreGoals
        case .copiedActions: return d.copiedFromCentreActions
        // Yes or no for a document with such a section; without one the question does not apply (nil), as for
        // the copied share: counted as "no", a province's plans without a goals section lowered its share.
        case .identicalGoals: return d.copiedFromCentreGoals == nil ? nil : (d.identicalGoals ? 1 : 0)
        case .identicalActions: return d.copiedFromCentreActions == nil ? nil : (d.identicalActions ? 1 : 0)
        case .nearestProvince: return d.nearestProvince?.share ?? 0  // nothing shared with another province
        case .distinctiveness: return d.distinctiveness
        // A share of counted things: what `counts` counts (one place for a document's value and a group's pool).
        case .quantifiedTargets, .responsibleUnits, .deadlines, .funding, .vagueMeasures, .quantifiedGoals, .goalOrientation:
            return counts(d).map { Double($0.part) / Double($0.whole) }
        case .financialSupport: return d.financialSupport ? 1 : 0
        case .evaluationClauses: return Double(d.evaluationClauses)
        case .evaluationIndicators: return d.evaluationNamesIndicators ? 1 : 0
        case .evaluationSchedule: return d.evaluationHasSchedule ? 1 : 0
        case .ipProtection: return governance(d, .intellectualProperty)
        case .dataOwnership: return governance(d, .data)
        case .newBusinessRegulation: return governance(d, .newBusiness)
        case .standards: return governance(d, .standards)
        case .legalBasis: return governance(d, .legal)
        // Supply's share of the class codes (unknown without a tool-coded clause).
        case .toolShares: return DocumentIndicators.toolShare("supply", of: d.toolShares)
        }
    }

    /// How a group's value (a province's, an area's) is made from its documents': pooled for a share of counted
    /// things (vague measures of all its documents' measures, as its row on the Provinces tab says; a mean of the
    /// documents' shares read another number under the same name), the highest for the nearest other province (a
    /// province is as near another as its nearest document; Henan read 13% beside 6%), else their mean.
    enum GroupRule { case pooled, highest, mean }

    var groupRule: GroupRule {
        switch kind {
        case .nearestProvince: .highest
        case .quantifiedTargets, .responsibleUnits, .deadlines, .funding, .vagueMeasures, .toolShares, .goalOrientation,
             .quantifiedGoals: .pooled
        default: .mean
        }
    }

    /// Why a document has no value, where the reason is always the same: nothing of what the share counts was found.
    var whyNoValue: Label? {
        switch kind {
        case .quantifiedTargets, .responsibleUnits, .deadlines, .funding, .vagueMeasures: .noMeasureRecognised
        case .copiedGoals, .identicalGoals: .noGoalsSection
        case .copiedActions, .identicalActions: .noActionsSection
        case .toolShares: .noClauseCodedToATool
        case .goalOrientation: .noOrientationClause
        case .quantifiedGoals: .noGoalClause
        // Unknown only where no central document precedes the document (analysis version 63).
        case .copiedFromCentre: .noEarlierCentralDocument
        // `EvidenceScreen.indicatorValues` leaves it unknown where no second province has an analysed text.
        case .nearestProvince: .noOtherProvinceAnalysed
        default: nil
        }
    }

    /// What a pooled indicator's share counts in a document: `part` of `whole` (vague measures of its measures);
    /// nil for the other indicators, and where there is nothing to count (the value is then unknown too).
    func counts(_ d: DocumentSummary) -> (part: Int, whole: Int)? {
        let counts: (Int, Int)
        switch kind {
        case .quantifiedTargets: counts = (d.quantifiedMeasures, d.measureCount)
        case .responsibleUnits: counts = (d.measuresWithResponsible, d.measureCount)
        case .deadlines: counts = (d.measuresWithDeadline, d.measureCount)
        case .funding: counts = (d.measuresWithMoney, d.measureCount)
        case .vagueMeasures: counts = (d.vagueMeasures, d.measureCount)
        // The clauses coded to a tool class (`toolShares` is each class's of their sum).
        case .toolShares: counts = (d.toolCounts["supply"] ?? 0, d.toolCounts.values.reduce(0, +))
        // Mission-oriented of the clauses coded either way (none coded: unknown).
        case .goalOrientation: counts = (d.missionClauses, d.missionClauses + d.diffusionClauses)
        case .quantifiedGoals: counts = (d.quantifiedDatedGoals, d.goalClauses)
        default: return nil
        }
        return counts.1 > 0 ? counts : nil
    }

    /// A group's value, added up document by document (`groupRule`).
    struct GroupValue {
        let indicator: TextIndicator
        private(set) var documents = 0
        private var sum = 0.0, highest = -Double.infinity, part = 0, whole = 0

        init(_ indicator: TextIndicator) {
            self.indicator = indicator
        }

        /// Adds a document whose value is `value`.
        mutating func add(_ value: Double, of d: DocumentSummary) {
            documents += 1
            sum += value
            highest = max(highest, value)
            if indicator.groupRule == .pooled, let c = indicator.counts(d) {
                part += c.part
                whole += c.whole
            }
        }

        /// Nil without a document.
        var value: Double? {
            guard documents > 0 else { return nil }
            switch indicator.groupRule {
            case .highest: return highest
            case .mean: return sum / Double(documents)
            case .pooled: return whole == 0 ? nil : Double(part) / Double(whole)
            }
        }

        /// The pooled counts (`counts`): what a pooled value is made of, to be said beside it.
        var pooledCounts: (part: Int, whole: Int)? { indicator.groupRule == .pooled && whole > 0 ? (part, whole) : nil }
    }

    /// The indicator of documents naming a governance topic (the inverse of `value`'s governance cases).
    static func naming(_ topic: GovernanceTopic) -> TextIndicatorKind {
        switch topic {
        case .intellectualProperty: .ipProtection
        case .data: .dataOwnership
        case .newBusiness: .newBusinessRegulation
        case .standards: .standards
        case .legal: .legalBasis
        }
    }

    /// Whether a low value is the problem (coverage of measures, evaluation, governance) or a high one (copying).
    /// A switch, not a set: rankings ask this in their comparator, once per comparison of 10,000 documents.
    var lowIsWorse: Bool {
        switch kind {
        case .distinctiveness, .quantifiedTargets, .responsibleUnits, .deadlines, .funding, .financialSupport,
             .evaluationClauses, .evaluationIndicators, .evaluationSchedule, .ipProtection, .dataOwnership,
             .newBusinessRegulation, .standards, .legalBasis, .quantifiedGoals:
            return true
        default:
            return false
        }
    }

    /// Counts (not shares) are shown as numbers, the rest as percentages.
    var isCount: Bool { kind == .evaluationClauses }

    /// The passages or clauses behind the value, as spans into the document's stored text.
    func evidence(_ d: DocumentIndicators) -> [TextSpan] {
        switch kind {
        case .copiedFromCentre: return d.centreSpans
        // Whether the goals (actions) are the centre's is read from that section alone: its passages are the evidence.
        case .copiedGoals, .identicalGoals: return within(d.centreSpans, role: .goals, d)
        case .copiedActions, .identicalActions: return within(d.centreSpans, role: .actions, d)
        case .quantifiedTargets: return d.measures.flatMap(\.quantified)
        // A note naming the units of a paragraph or an item is each of its measures' unit: listed once.
        case .responsibleUnits: return Array(Set(d.measures.flatMap(\.responsible))).sorted()
        case .deadlines: return d.measures.flatMap(\.deadline)
        case .funding: return d.measures.flatMap(\.money)
        case .vagueMeasures: return d.measures.filter(\.isVague).map(\.clause)
        case .financialSupport: return d.financialEvidence
        case .evaluationClauses: return d.evaluation.map(\.clause)
        case .evaluationIndicators: return d.evaluation.flatMap(\.indicators)
        case .evaluationSchedule: return d.evaluation.flatMap(\.schedule)
        case .ipProtection: return d.governance[.intellectualProperty] ?? []
        case .dataOwnership: return d.governance[.data] ?? []
        case .newBusinessRegulation: return d.governance[.newBusiness] ?? []
        case .standards: return d.governance[.standards] ?? []
        case .legalBasis: return d.governance[.legal] ?? []
        case .goalOrientation: return (d.orientationClauses.flatMap(\.mission) + d.orientationClauses.flatMap(\.diffusion)).sorted()
        case .quantifiedGoals: return d.quantifiedDatedGoals
        // Pairwise (opened in Compare), or clauses by tool class (`toolClassClauses`).
        case .centralOverlap, .nearestProvince, .distinctiveness, .toolShares: return []
        }
    }

    /// The measures without what a coverage indicator counts (a target, a responsible unit, a deadline, money):
    /// what its low value is about. Nil for the other indicators.
    func measuresWithout(_ d: DocumentIndicators) -> [TextSpan]? {
        let without: (MeasureAssessment) -> Bool
        switch kind {
        case .quantifiedTargets: without = { $0.quantified.isEmpty }
        case .responsibleUnits: without = { $0.responsible.isEmpty }
        case .deadlines: without = { $0.deadline.isEmpty }
        case .funding: without = { $0.money.isEmpty }
        default: return nil
        }
        return d.measures.filter(without).map(\.clause)
    }

    /// The clauses the policy-tool shares count, a list for each of `classes` (the value is the first's share):
    /// the clauses coded to the class as counted (`clauses`, the analysts' overrides applied), each with the keywords
    /// of the class that coded it in the machine's coding (`machine`, in clause order); none where an analyst's
    /// code stands. Nil for the other indicators.
    func toolClassClauses(_ clauses: [ReviewedClause], machine: [ClauseCoding], scheme: CodingScheme,
                          classes: [String]) -> [(toolClass: String, clauses: [CodedClause])]? {
        guard kind == .toolShares else { return nil }
        return classes.map { cls in
            let coded = clauses.filter { $0.toolClasses.contains(cls) }.map { c -> CodedClause in
                guard c.toolOverride == nil, machine.indices.contains(c.index) else { return CodedClause(span: c.span, keywords: []) }
                var keywords: [String] = []
                for e in machine[c.index].evidence {
                    guard let tool = e.tool, scheme.toolClasses[tool] == cls, !scheme.nonTools.contains(tool),
                          !keywords.contains(e.keyword) else { continue }
                    keywords.append(e.keyword)
                }
                return CodedClause(span: c.span, keywords: keywords)
            }
            return (cls, coded)
        }
    }

    /// A clause coded to a policy-tool class and the keywords that coded it (none: coded by an analyst).
    struct CodedClause: Hashable {
        let span: TextSpan
        let keywords: [String]
    }

    /// Indicators whose evidence is a list of document pairs rather than spans (opened in Compare).
    var isPairwise: Bool { kind == .nearestProvince || kind == .centralOverlap || kind == .distinctiveness }

    private func governance(_ d: DocumentSummary, _ topic: GovernanceTopic) -> Double {
        d.governanceTopics.contains(topic) ? 1 : 0
    }

    private func within(_ spans: [TextSpan], role: SectionRole, _ d: DocumentIndicators) -> [TextSpan] {
        let regions = d.sections.filter { $0.role == role }.map(\.span)
        return spans.filter { s in regions.contains { $0.start < s.end && s.start < $0.end } }
    }
}
