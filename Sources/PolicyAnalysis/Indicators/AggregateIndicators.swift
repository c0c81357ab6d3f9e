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
        var mission = 0, diffusion = 0, mixed = 0, noOrientation = 0
        var missionClauses = 0, diffusionClauses = 0
        var tools: [String: Int] = [:]
        // Through a buffer pointer, each field read where it is: through the array, each read copied the
        // whole summary (its strings, lists and counts retained and released), most of this phase at 50,000.
        all.withUnsafeBufferPointer { all in
            for i in members {
                copied += all[i].copiedFromCentre
                distinct += all[i].distinctiveness
                if all[i].identicalGoals { identicalGoals += 1 }
                if all[i].identicalActions { identicalActions += 1 }
                measures += all[i].measureCount
                vague += all[i].vagueMeasures
                if all[i].financialSupport { financial += 1 }
                if all[i].evaluationClauses > 0 { evaluation += 1 }
                switch all[i].goalOrientation {
                case .mission: mission += 1
                case .diffusion: diffusion += 1
                case .mixed: mixed += 1
                case .none: noOrientation += 1
                }
                missionClauses += all[i].missionClauses
                diffusionClauses += all[i].diffusionClauses
                for (k, v) in all[i].toolCounts { tools[k, default: 0] += v }
            }
        }
        meanCopiedFromCentre = copied / n
        meanDistinctiveness = distinct / n
        self.identicalGoals = identicalGoals
        self.identicalActions = identicalActions
        self.measures = measures
        vagueMeasures = vague
        withFinancialSupport = financial
        withEvaluation = evaluation
        missionOriented = mission
        diffusionOriented = diffusion
        mixedOrientation = mixed
        self.noOrientation = noOrientation
        self.missionClauses = missionClauses
        self.diffusionClauses = diffusionClauses
        toolCounts = tools
    }

    /// Groups documents by a key (nil keys are left out) and aggregates each group.
    public static func group(_ documents: [DocumentSummary], by key: (DocumentSummary) -> [String]) -> [String: AggregateIndicators] {
        group(documents) { key(documents[$0]) }
    }

    /// The same, the key read by each document's place in `documents`.
    static func group(_ documents: [DocumentSummary], byPlace key: (Int) -> [String]) -> [String: AggregateIndicators] {
        var groups: [String: [Int]] = [:]
        for i in documents.indices { for k in key(i) { groups[k, default: []].append(i) } }
        return groups.mapValues { AggregateIndicators(documents, members: $0) }
    }
}
