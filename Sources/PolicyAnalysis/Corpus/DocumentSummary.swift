/// One document's indicators as counts and shares, without evidence spans: what the corpus-wide screens
/// rank, sum and filter on (kept in the small corpus-level file of a stored analysis). The spans behind
/// each count are in the document's own part (`DocumentAnalysisPart`), read when the document is opened.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var length: Int
    public var contentLength: Int
    public var clauseCount: Int

    /// nil (unknown) when no central document precedes this one (`DocumentIndicators.copiedFromCentre`).
    public var copiedFromCentre: Double?
    public var copiedFromCentreGoals: Double?
    public var copiedFromCentreActions: Double?
    public var identicalGoals: Bool
    public var identicalGoalsSource: String?
    public var identicalActions: Bool
    public var identicalActionsSource: String?
    public var nearestProvince: NearestProvince?
    public var distinctiveness: Double

    /// Measure clauses, and how many of them name a quantified target, a responsible unit, a deadline, money.
    public var measureCount: Int
    public var quantifiedMeasures: Int
    public var measuresWithResponsible: Int
    public var measuresWithDeadline: Int
    public var measuresWithMoney: Int
    public var vagueMeasures: Int
    public var financialSupport: Bool

    public var evaluationClauses: Int
    public var evaluationNamesIndicators: Bool
    public var evaluationHasSchedule: Bool
    /// Governance topics with at least one clause.
    public var governanceTopics: [GovernanceTopic]

    public var toolCounts: [String: Int]
    public var toolShares: [String: Double]
    public var toolAreaCounts: [String: [String: Int]]
    public var actionAreas: [String]

    public var goalOrientation: GoalOrientation
    public var missionClauses: Int
    public var diffusionClauses: Int
    /// Goal clauses with both a quantified target and a deadline.
    public var quantifiedDatedGoals: Int
    public var goalClauses: Int
}

extension DocumentSummary {
    public init(_ d: DocumentIndicators) {
        id = d.id
        length = d.length
        contentLength = d.contentLength
        clauseCount = d.clauseCount
        copiedFromCentre = d.copiedFromCentre
        copiedFromCentreGoals = d.copiedFromCentreGoals
        copiedFromCentreActions = d.copiedFromCentreActions
        identicalGoals = d.identicalGoals
        identicalGoalsSource = d.identicalGoalsSource
        identicalActions = d.identicalActions
        identicalActionsSource = d.identicalActionsSource
        nearestProvince = d.nearestProvince
        distinctiveness = d.distinctiveness
        // One loop over the measures, not a filtered copy per part (read through key paths, that was most
        // of the corpus indicators' time on a large corpus).
        var quantified = 0, responsible = 0, deadline = 0, money = 0
        d.measures.withUnsafeBufferPointer { measures in
            // Read in place: a measure taken out of the list is four lists retained and released.
            for i in measures.indices {
                if !measures[i].quantified.isEmpty { quantified += 1 }
                if !measures[i].responsible.isEmpty { responsible += 1 }
                if !measures[i].deadline.isEmpty { deadline += 1 }
                if !measures[i].money.isEmpty { money += 1 }
            }
        }
        measureCount = d.measures.count
        quantifiedMeasures = quantified
        measuresWithResponsible = responsible
        measuresWithDeadline = deadline
        measuresWithMoney = money
        vagueMeasures = d.vagueMeasures
        financialSupport = d.financialSupport
        evaluationClauses = d.evaluation.count
        evaluationNamesIndicators = d.evaluationNamesIndicators
        evaluationHasSchedule = d.evaluationHasSchedule
        governanceTopics = GovernanceTopic.allCases.filter { !(d.governance[$0] ?? []).isEmpty }
        toolCounts = d.toolCounts
        toolShares = d.toolShares
        toolAreaCounts = d.toolAreaCounts
        actionAreas = d.actionAreas
        goalOrientation = d.goalOrientation
        missionClauses = d.missionClauses
        diffusionClauses = d.diffusionClauses
        quantifiedDatedGoals = d.quantifiedDatedGoals.count
        goalClauses = d.goalClauses
    }
}
