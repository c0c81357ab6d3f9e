/// Every per-document indicator with its evidence spans (stored-text offsets). Shares are counted in
/// content characters (letters, digits, CJK), so whitespace and punctuation do not move them.
public struct DocumentIndicators: Sendable, Hashable, Codable {
    public var id: String
    /// Stored-text length in Unicode scalars.
    public var length: Int
    /// Content characters (what shares are computed on).
    public var contentLength: Int
    public var sections: [Section]
    public var clauseCount: Int

    // Homogenization.
    /// Share of the content inside passages from central documents; nil (unknown) when no central document
    /// precedes this one in the analysed corpus: there was nothing to copy from (since analysis version 63).
    public var copiedFromCentre: Double?
    public var copiedFromCentreGoals: Double?
    public var copiedFromCentreActions: Double?
    /// Merged target spans covered by passages from national or ministerial sources.
    public var centreSpans: [TextSpan]
    public var identicalGoals: Bool
    public var identicalGoalsSource: String?
    public var identicalActions: Bool
    public var identicalActionsSource: String?
    public var nearestProvince: NearestProvince?
    /// Share of the content that no other document shares (as source or target).
    public var distinctiveness: Double

    // Unclear tasks and inadequate measures.
    public var measures: [MeasureAssessment]
    public var vagueMeasures: Int
    public var financialSupport: Bool
    public var financialEvidence: [TextSpan]

    // Evaluation.
    public var evaluation: [EvaluationClause]
    public var evaluationNamesIndicators: Bool
    public var evaluationHasSchedule: Bool

    // Governance.
    public var governance: [GovernanceTopic: [TextSpan]]

    // Coding.
    public var coding: [ClauseCoding]
    /// Clause counts per tool class (a clause counts once per class) and their shares among tool-coded clauses.
    public var toolCounts: [String: Int]
    public var toolShares: [String: Double]
    /// Clauses per sub-tool and action area (tool id -> area id -> clauses; `ToolAreaCounts.noArea` when a clause
    /// names no area, and `ToolAreaCounts.allClauses` for the clauses with the tool, each once): the tool x area
    /// matrix without storing every clause's coding.
    public var toolAreaCounts: [String: [String: Int]]
    public var actionAreas: [String]

    // Goal orientation (the review's mission / diffusion distinction), from `orientationClauses`.
    public var goalOrientation: GoalOrientation
    /// Goal and measure clauses with mission or diffusion terms, with the terms as evidence.
    public var orientationClauses: [OrientationClause]
    /// Goal clauses with both a quantified target and a deadline (an unclear-tasks indicator, not orientation).
    public var quantifiedDatedGoals: [TextSpan]
    public var goalClauses: Int

    public var missionClauses: Int { orientationClauses.filter(\.isMission).count }
    public var diffusionClauses: Int { orientationClauses.filter(\.isDiffusion).count }

    public init(id: String, length: Int, contentLength: Int) {
        self.id = id
        self.length = length
        self.contentLength = contentLength
        sections = []
        clauseCount = 0
        copiedFromCentre = nil
        centreSpans = []
        identicalGoals = false
        identicalActions = false
        distinctiveness = 1
        measures = []
        vagueMeasures = 0
        financialSupport = false
        financialEvidence = []
        evaluation = []
        evaluationNamesIndicators = false
        evaluationHasSchedule = false
        governance = [:]
        coding = []
        toolCounts = [:]
        toolShares = [:]
        toolAreaCounts = [:]
        actionAreas = []
        goalOrientation = .none
        orientationClauses = []
        quantifiedDatedGoals = []
        goalClauses = 0
    }

    /// Encoder userInfo key: set to true to include per-clause coding (with keyword evidence) in JSON.
    public static let includeCodingKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "ipap.includeCoding") else { preconditionFailure("invalid key") }
        return key
    }()

    public var governancePresent: [GovernanceTopic: Bool] {
        Dictionary(uniqueKeysWithValues: GovernanceTopic.allCases.map { ($0, !(governance[$0] ?? []).isEmpty) })
    }

    enum CodingKeys: String, CodingKey {
        case id, length, contentLength, sections, clauseCount, copiedFromCentre, copiedFromCentreGoals,
             copiedFromCentreActions, centreSpans, identicalGoals, identicalGoalsSource, identicalActions,
             identicalActionsSource, nearestProvince, distinctiveness, measures, vagueMeasures, financialSupport,
             financialEvidence, evaluation, evaluationNamesIndicators, evaluationHasSchedule, governance, coding,
             toolCounts, toolShares, toolAreaCounts, actionAreas, goalOrientation, orientationClauses, quantifiedDatedGoals,
             goalClauses
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), length: try c.decode(Int.self, forKey: .length),
                  contentLength: try c.decode(Int.self, forKey: .contentLength))
        sections = try c.decode([Section].self, forKey: .sections)
        clauseCount = try c.decode(Int.self, forKey: .clauseCount)
        copiedFromCentre = try c.decodeIfPresent(Double.self, forKey: .copiedFromCentre)
        copiedFromCentreGoals = try c.decodeIfPresent(Double.self, forKey: .copiedFromCentreGoals)
        copiedFromCentreActions = try c.decodeIfPresent(Double.self, forKey: .copiedFromCentreActions)
        centreSpans = try c.decode([TextSpan].self, forKey: .centreSpans)
        identicalGoals = try c.decode(Bool.self, forKey: .identicalGoals)
        identicalGoalsSource = try c.decodeIfPresent(String.self, forKey: .identicalGoalsSource)
        identicalActions = try c.decode(Bool.self, forKey: .identicalActions)
        identicalActionsSource = try c.decodeIfPresent(String.self, forKey: .identicalActionsSource)
        nearestProvince = try c.decodeIfPresent(NearestProvince.self, forKey: .nearestProvince)
        distinctiveness = try c.decode(Double.self, forKey: .distinctiveness)
        measures = try c.decode([MeasureAssessment].self, forKey: .measures)
        vagueMeasures = try c.decode(Int.self, forKey: .vagueMeasures)
        financialSupport = try c.decode(Bool.self, forKey: .financialSupport)
        financialEvidence = try c.decode([TextSpan].self, forKey: .financialEvidence)
        evaluation = try c.decode([EvaluationClause].self, forKey: .evaluation)
        evaluationNamesIndicators = try c.decode(Bool.self, forKey: .evaluationNamesIndicators)
        evaluationHasSchedule = try c.decode(Bool.self, forKey: .evaluationHasSchedule)
        let gov = try c.decode([String: [TextSpan]].self, forKey: .governance)
        governance = Dictionary(uniqueKeysWithValues: gov.compactMap { k, v in GovernanceTopic(rawValue: k).map { ($0, v) } })
        coding = try c.decodeIfPresent([ClauseCoding].self, forKey: .coding) ?? []
        toolCounts = try c.decode([String: Int].self, forKey: .toolCounts)
        toolShares = try c.decode([String: Double].self, forKey: .toolShares)
        toolAreaCounts = try c.decodeIfPresent([String: [String: Int]].self, forKey: .toolAreaCounts) ?? [:]
        actionAreas = try c.decode([String].self, forKey: .actionAreas)
        goalOrientation = try c.decode(GoalOrientation.self, forKey: .goalOrientation)
        orientationClauses = try c.decode([OrientationClause].self, forKey: .orientationClauses)
        quantifiedDatedGoals = try c.decode([TextSpan].self, forKey: .quantifiedDatedGoals)
        goalClauses = try c.decode(Int.self, forKey: .goalClauses)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(length, forKey: .length)
        try c.encode(contentLength, forKey: .contentLength)
        try c.encode(sections, forKey: .sections)
        try c.encode(clauseCount, forKey: .clauseCount)
        try c.encodeIfPresent(copiedFromCentre, forKey: .copiedFromCentre)
        try c.encodeIfPresent(copiedFromCentreGoals, forKey: .copiedFromCentreGoals)
        try c.encodeIfPresent(copiedFromCentreActions, forKey: .copiedFromCentreActions)
        try c.encode(centreSpans, forKey: .centreSpans)
        try c.encode(identicalGoals, forKey: .identicalGoals)
        try c.encodeIfPresent(identicalGoalsSource, forKey: .identicalGoalsSource)
        try c.encode(identicalActions, forKey: .identicalActions)
        try c.encodeIfPresent(identicalActionsSource, forKey: .identicalActionsSource)
        try c.encodeIfPresent(nearestProvince, forKey: .nearestProvince)
        try c.encode(distinctiveness, forKey: .distinctiveness)
        try c.encode(measures, forKey: .measures)
        try c.encode(vagueMeasures, forKey: .vagueMeasures)
        try c.encode(financialSupport, forKey: .financialSupport)
        try c.encode(financialEvidence, forKey: .financialEvidence)
        try c.encode(evaluation, forKey: .evaluation)
        try c.encode(evaluationNamesIndicators, forKey: .evaluationNamesIndicators)
        try c.encode(evaluationHasSchedule, forKey: .evaluationHasSchedule)
        // String keys so that JSON has an object (sorted by the encoder), not an array of pairs.
        try c.encode(Dictionary(uniqueKeysWithValues: governance.map { ($0.key.rawValue, $0.value) }), forKey: .governance)
        // Per-clause coding is the bulk of the output; it is written only when asked for.
        if encoder.userInfo[DocumentIndicators.includeCodingKey] as? Bool == true { try c.encode(coding, forKey: .coding) }
        try c.encode(toolCounts, forKey: .toolCounts)
        try c.encode(toolShares, forKey: .toolShares)
        try c.encode(toolAreaCounts, forKey: .toolAreaCounts)
        try c.encode(actionAreas, forKey: .actionAreas)
        try c.encode(goalOrientation, forKey: .goalOrientation)
        try c.encode(orientationClauses, forKey: .orientationClauses)
        try c.encode(quantifiedDatedGoals, forKey: .quantifiedDatedGoals)
        try c.encode(goalClauses, forKey: .goalClauses)
    }
}

/// The keys of a `toolAreaCounts` row that are not action areas. A clause coded to two areas counts in both, so
/// the row's area cells do not add up to its clauses: `allClauses` holds those, each once.
public enum ToolAreaCounts {
    /// Clauses with the tool and no action area.
    public static let noArea = "none"
    /// Clauses with the tool, whatever their areas (since analysis version 25).
    public static let allClauses = "all"

    /// The clauses with the tool in a row (`allClauses`).
    public static func clauses(_ row: [String: Int]) -> Int { row[allClauses] ?? 0 }

    /// The keys of a tool's row a clause coded with these action areas counts under: each of its areas (`noArea`
    /// when it has none), and `allClauses`.
    public static func keys(areas: [String]) -> [String] {
        (areas.isEmpty ? [noArea] : areas) + [allClauses]
    }
}

extension DocumentIndicators {
    /// A tool class's share of a document's clauses coded to any class (`toolShares`, which hold only the classes
    /// with clauses): 0 when the other classes hold them all, unknown (nil) when no clause is coded to any class.
    public static func toolShare(_ toolClass: String, of shares: [String: Double]) -> Double? {
        shares.isEmpty ? nil : shares[toolClass] ?? 0
    }
}
