import PolicyAnalysis

/// The indicators computed from texts: for each, the value of one document and the spans that produced it.
/// One place decides both, so a number on screen and its evidence list can never disagree.
struct TextIndicator {
    let id: String

    /// Shares and counts per document; nil when the indicator does not apply (no goals section, say).
    /// Central overlap needs the reuse pairs: the largest share a central document shares with another issuer's.
    func value(_ d: DocumentIndicators, analysis: AnalysisView? = nil) -> Double? {
        switch id {
        case "central-overlap":
            guard let analysis else { return nil }
            let shares = analysis.pairs(involving: d.id).filter { $0.relation == .central }
                .map { $0.target == d.id ? $0.targetShare : $0.sourceShare }
            return shares.max() ?? (analysis.result.reuse.isEmpty ? nil : 0)
        case "copied-from-centre": return d.copiedFromCentre
        case "copied-goals": return d.copiedFromCentreGoals
        case "copied-actions": return d.copiedFromCentreActions
        case "identical-goals": return d.identicalGoals ? 1 : 0
        case "identical-actions": return d.identicalActions ? 1 : 0
        case "nearest-province": return d.nearestProvince?.share ?? 0
        case "distinctiveness": return d.distinctiveness
        case "quantified-targets": return share(d.measures.filter { !$0.quantified.isEmpty }.count, of: d.measures.count)
        case "responsible-units": return share(d.measures.filter { !$0.responsible.isEmpty }.count, of: d.measures.count)
        case "deadlines": return share(d.measures.filter { !$0.deadline.isEmpty }.count, of: d.measures.count)
        case "funding": return share(d.measures.filter { !$0.money.isEmpty }.count, of: d.measures.count)
        case "vague-measures": return share(d.vagueMeasures, of: d.measures.count)
        case "financial-support": return d.financialSupport ? 1 : 0
        case "evaluation-clauses": return Double(d.evaluation.count)
        case "evaluation-indicators": return d.evaluationNamesIndicators ? 1 : 0
        case "evaluation-schedule": return d.evaluationHasSchedule ? 1 : 0
        case "ip-protection": return governance(d, .intellectualProperty)
        case "data-ownership": return governance(d, .data)
        case "new-business-regulation": return governance(d, .newBusiness)
        case "standards": return governance(d, .standards)
        case "legal-basis": return governance(d, .legal)
        case "tool-shares": return d.toolShares["supply"]
        // Share of the coded clauses that are mission-oriented (nil: no clause coded either way).
        case "goal-orientation": return share(d.missionClauses, of: d.missionClauses + d.diffusionClauses)
        case "quantified-goals": return share(d.quantifiedDatedGoals.count, of: d.goalClauses)
        default: return nil
        }
    }

    /// Whether a low value is the problem (coverage of measures, evaluation, governance) or a high one (copying).
    var lowIsWorse: Bool {
        ["distinctiveness", "quantified-targets", "responsible-units", "deadlines", "funding", "financial-support",
         "evaluation-clauses", "evaluation-indicators", "evaluation-schedule", "ip-protection", "data-ownership",
         "new-business-regulation", "standards", "legal-basis", "quantified-goals"].contains(id)
    }

    /// Counts (not shares) are shown as numbers, the rest as percentages.
    var isCount: Bool { id == "evaluation-clauses" }

    /// The passages or clauses behind the value, as spans into the document's stored text.
    func evidence(_ d: DocumentIndicators) -> [TextSpan] {
        switch id {
        case "copied-from-centre", "identical-goals", "identical-actions": return d.centreSpans
        case "copied-goals": return within(d.centreSpans, role: .goals, d)
        case "copied-actions": return within(d.centreSpans, role: .actions, d)
        case "quantified-targets": return d.measures.flatMap(\.quantified)
        case "responsible-units": return d.measures.flatMap(\.responsible)
        case "deadlines": return d.measures.flatMap(\.deadline)
        case "funding": return d.measures.flatMap(\.money)
        case "vague-measures": return d.measures.filter(\.isVague).map(\.clause)
        case "financial-support": return d.financialEvidence
        case "evaluation-clauses": return d.evaluation.map(\.clause)
        case "evaluation-indicators": return d.evaluation.flatMap(\.indicators)
        case "evaluation-schedule": return d.evaluation.flatMap(\.schedule)
        case "ip-protection": return d.governance[.intellectualProperty] ?? []
        case "data-ownership": return d.governance[.data] ?? []
        case "new-business-regulation": return d.governance[.newBusiness] ?? []
        case "standards": return d.governance[.standards] ?? []
        case "legal-basis": return d.governance[.legal] ?? []
        case "goal-orientation": return (d.orientationClauses.flatMap(\.mission) + d.orientationClauses.flatMap(\.diffusion)).sorted()
        case "quantified-goals": return d.quantifiedDatedGoals
        default: return []
        }
    }

    /// Indicators whose evidence is a list of document pairs rather than spans (opened in Compare).
    var isPairwise: Bool { id == "nearest-province" || id == "central-overlap" || id == "distinctiveness" }

    private func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    private func governance(_ d: DocumentIndicators, _ topic: GovernanceTopic) -> Double {
        (d.governance[topic] ?? []).isEmpty ? 0 : 1
    }

    private func within(_ spans: [TextSpan], role: SectionRole, _ d: DocumentIndicators) -> [TextSpan] {
        let regions = d.sections.filter { $0.role == role }.map(\.span)
        return spans.filter { s in regions.contains { $0.start < s.end && s.start < $0.end } }
    }
}
