/// Indicators averaged over a group of documents (a region, an issuer, an action area, a year).
public struct AggregateIndicators: Sendable, Hashable, Codable {
    public var documents: [String]
    /// The mean of the local (non-central) members' copied-from-centre shares; nil without a local member. A
    /// central document copies nothing from the centre: until analysis version 47 its 0 was averaged in, and an
    /// area's or a year's mean looked smaller than any of its provinces'.
    public var meanCopiedFromCentre: Double?
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

    /// The aggregate of documents' counts (`DocumentSummary`: what the dashboard holds, and all a sum needs);
    /// `isCentral` says which of them are central documents (by id).
    public init(_ group: [DocumentSummary], isCentral: (String) -> Bool) {
        self.init(group, members: Array(group.indices)) { isCentral(group[$0].id) }
    }

    /// The aggregate of `all[members]`: read in place, without copying each document into every group it
    /// belongs to. `isCentral` is asked by place in `all`.
    init(_ all: [DocumentSummary], members: [Int], isCentral: (Int) -> Bool) {
        let n = Double(max(1, members.count))
        documents = members.map { all[$0].id }.sorted()
        var copied = 0.0, local = 0, distinct = 0.0
        var identicalGoals = 0, identicalActions = 0, measures = 0, vague = 0, financial = 0, evaluation = 0
        var mission = 0, diffusion = 0, mixed = 0, noOrientation = 0
        var missionClauses = 0, diffusionClauses = 0
        var tools: [String: Int] = [:]
        // Through a buffer pointer, each field read where it is: through the array, each read copied the
        // whole summary (its strings, lists and counts retained and released), most of this phase at 50,000.
        all.withUnsafeBufferPointer { all in
            for i in members {
                // A local document with no central document before it had nothing to copy: unknown, not 0.
                if !isCentral(i), let share = all[i].copiedFromCentre {
                    copied += share
                    local += 1
                }
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
        meanCopiedFromCentre = local == 0 ? nil : copied / Double(local)
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

    /// Groups documents by a key read by each document's place in `documents` and aggregates each group.
    static func group(_ documents: [DocumentSummary], byPlace key: (Int) -> [String],
                      isCentral: (Int) -> Bool) -> [String: AggregateIndicators] {
        var groups: [String: [Int]] = [:]
        for i in documents.indices { for k in key(i) { groups[k, default: []].append(i) } }
        return groups.mapValues { AggregateIndicators(documents, members: $0, isCentral: isCentral) }
    }
}
