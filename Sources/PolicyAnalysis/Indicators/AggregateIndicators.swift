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
    public var missionOriented: Int
    public var toolCounts: [String: Int]

    public init(_ group: [DocumentIndicators]) {
        let n = Double(max(1, group.count))
        documents = group.map(\.id).sorted()
        meanCopiedFromCentre = group.map(\.copiedFromCentre).reduce(0, +) / n
        meanDistinctiveness = group.map(\.distinctiveness).reduce(0, +) / n
        identicalGoals = group.filter(\.identicalGoals).count
        identicalActions = group.filter(\.identicalActions).count
        measures = group.map(\.measures.count).reduce(0, +)
        vagueMeasures = group.map(\.vagueMeasures).reduce(0, +)
        withFinancialSupport = group.filter(\.financialSupport).count
        withEvaluation = group.filter { !$0.evaluation.isEmpty }.count
        missionOriented = group.filter { $0.goalOrientation == .mission }.count
        var tools: [String: Int] = [:]
        for d in group { for (k, v) in d.toolCounts { tools[k, default: 0] += v } }
        toolCounts = tools
    }

    /// Groups documents by a key (nil keys are left out) and aggregates each group.
    public static func group(_ documents: [DocumentIndicators], by key: (DocumentIndicators) -> [String]) -> [String: AggregateIndicators] {
        var groups: [String: [DocumentIndicators]] = [:]
        for d in documents { for k in key(d) { groups[k, default: []].append(d) } }
        return groups.mapValues { AggregateIndicators($0) }
    }
}
