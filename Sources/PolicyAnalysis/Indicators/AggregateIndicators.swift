/// Indicators averaged over a group of documents (a region, an issuer, an action area, a year).
public struct AggregateIndicators: Sendable, Hashable, Codable {
    public var documents: [String]
    public var meanCopiedFromCentre: Double
    public var meanDistinctiveness: Double
    public var identicalGoals: Int
    public var identicalActions: Int
    public var measures: Int
    public var vagueMeasures: Int
    public var withFinancialSupport: Int
    public var withEvaluation: Int
    /// Documents per goal orientation (mission, diffusion, mixed, none), and the clause counts behind them.
    public var missionOriented: Int
    public var diffusionOriented: Int
    public var mixedOrientation: Int
    public var noOrientation: Int
    public var missionClauses: Int
    public var diffusionClauses: Int
    public var toolCounts: [String: Int]

    /// The aggregate of documents' counts (`DocumentSummary`: what the dashboard holds, and all a sum needs).
    public init(_ group: [DocumentSummary]) {
        self.init(group, members: Array(group.indices))
    }

    /// The aggregate of `all[members]`: read in place, without copying each document into every group it
    /// belongs to.
    init(_ all: [DocumentSummary], members: [Int]) {
        let n = Double(max(1, members.count))
        documents = members.map { all[$0].id }.sorted()
        var copied = 0.0, distinct = 0.0
        var identicalGoals = 0, identicalActions = 0, measures = 0, vague = 0, financial = 0, evaluation = 0
        var orientation: [GoalOrientation: Int] = [:]
        var missionClauses = 0, diffusionClauses = 0
        var tools: [String: Int] = [:]
        for i in members {
            copied += all[i].copiedFromCentre
            distinct += all[i].distinctiveness
            if all[i].identicalGoals { identicalGoals += 1 }
            if all[i].identicalActions { identicalActions += 1 }
            measures += all[i].measureCount
            vague += all[i].vagueMeasures
            if all[i].financialSupport { financial += 1 }
            if all[i].evaluationClauses > 0 { evaluation += 1 }
            orientation[all[i].goalOrientation, default: 0] += 1
            missionClauses += all[i].missionClauses
            diffusionClauses += all[i].diffusionClauses
            for (k, v) in all[i].toolCounts { tools[k, default: 0] += v }
        }
        meanCopiedFromCentre = copied / n
        meanDistinctiveness = distinct / n
        self.identicalGoals = identicalGoals
        self.identicalActions = identicalActions
        self.measures = measures
        vagueMeasures = vague
        withFinancialSupport = financial
        withEvaluation = evaluation
        missionOriented = orientation[.mission] ?? 0
        diffusionOriented = orientation[.diffusion] ?? 0
        mixedOrientation = orientation[.mixed] ?? 0
        noOrientation = orientation[.none] ?? 0
        self.missionClauses = missionClauses
        self.diffusionClauses = diffusionClauses
        toolCounts = tools
    }

    /// Groups documents by a key (nil keys are left out) and aggregates each group.
    public static func group(_ documents: [DocumentSummary], by key: (DocumentSummary) -> [String]) -> [String: AggregateIndicators] {
        var groups: [String: [Int]] = [:]
        for (i, d) in documents.enumerated() { for k in key(d) { groups[k, default: []].append(i) } }
        return groups.mapValues { AggregateIndicators(documents, members: $0) }
    }
}
