import PolicyModel

/// An indicator of the review as the dashboard computes it: from the corpus's metadata or from the texts.
/// Indicators are listed in the taxonomy (problems.json); an id there that neither kind knows has no screen.
public enum IndicatorID: Hashable, Sendable, Codable {
    case metadata(MetadataIndicator)
    case text(TextIndicatorKind)

    public init?(_ id: String) {
        if let m = MetadataIndicator(rawValue: id) {
            self = .metadata(m)
        } else if let t = TextIndicatorKind(rawValue: id) {
            self = .text(t)
        } else {
            return nil
        }
    }

    /// The id in the taxonomy and in review journals.
    public var rawValue: String {
        switch self {
        case .metadata(let m): m.rawValue
        case .text(let t): t.rawValue
        }
    }
}

/// The indicators computed from texts (their values and evidence: `TextIndicator`).
public enum TextIndicatorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case centralOverlap = "central-overlap"
    case copiedFromCentre = "copied-from-centre"
    case copiedGoals = "copied-goals"
    case copiedActions = "copied-actions"
    case identicalGoals = "identical-goals"
    case identicalActions = "identical-actions"
    case nearestProvince = "nearest-province"
    case distinctiveness
    case quantifiedTargets = "quantified-targets"
    case responsibleUnits = "responsible-units"
    case deadlines
    case funding
    case vagueMeasures = "vague-measures"
    case financialSupport = "financial-support"
    case evaluationClauses = "evaluation-clauses"
    case evaluationIndicators = "evaluation-indicators"
    case evaluationSchedule = "evaluation-schedule"
    case ipProtection = "ip-protection"
    case dataOwnership = "data-ownership"
    case newBusinessRegulation = "new-business-regulation"
    case standards
    case legalBasis = "legal-basis"
    case toolShares = "tool-shares"
    case goalOrientation = "goal-orientation"
    case quantifiedGoals = "quantified-goals"

    /// Indicators of what a local document took from the centre (the review's vertical homogenization), and of
    /// its nearest other province: ranked and charted over provincial and municipal documents only.
    var isAboutLocalDocuments: Bool {
        switch self {
        // And the nearest other province: a central document has no province to compare with (it read 0%).
        case .copiedFromCentre, .copiedGoals, .copiedActions, .identicalGoals, .identicalActions, .nearestProvince: true
        default: false
        }
    }
}
