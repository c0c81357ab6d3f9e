/// Corpus-level indicators: fragmentation of the centre and aggregates per region, issuer, action area,
/// level and year. Thin on purpose: the front end slices further.
public struct CorpusIndicators: Sendable, Hashable, Codable {
    /// Pairs of central documents of different issuers that share passages (the review's fragmentation).
    public var centralOverlapPairs: Int
    public var meanCentralOverlapShare: Double
    /// Distinct issuers per action area (from clause coding).
    public var issuersPerArea: [String: Int]
    /// Documents per year of issue.
    public var documentsPerYear: [String: Int]
    public var relationCounts: [String: Int]
    public var byRegion: [String: AggregateIndicators]
    public var byIssuer: [String: AggregateIndicators]
    public var byArea: [String: AggregateIndicators]
    public var byLevel: [String: AggregateIndicators]
    public var byYear: [String: AggregateIndicators]

    public init(documents: [AnalysisDocument], indicators: [DocumentIndicators], reuse: [ReusePair]) {
        // One pass over the pairs (a million and more at 50,000 documents), none of them copied.
        var centralPairs = 0, centralShares = 0.0
        var relations: [String: Int] = [:]
        for p in reuse {
            relations[p.relation.rawValue, default: 0] += 1
            if p.relation == .central {
                centralPairs += 1
                centralShares += p.targetShare
            }
        }
        centralOverlapPairs = centralPairs
        meanCentralOverlapShare = centralPairs == 0 ? 0 : centralShares / Double(centralPairs)
        relationCounts = relations
        let meta = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        var issuers: [String: Set<String>] = [:]
        for d in indicators {
            for area in d.actionAreas { issuers[area, default: []].formUnion(meta[d.id]?.issuerIds ?? []) }
        }
        issuersPerArea = issuers.mapValues(\.count)
        var years: [String: Int] = [:]
        for d in documents { if let y = d.date?.prefix(4) { years[String(y), default: 0] += 1 } }
        documentsPerYear = years
        let summaries = ParallelSlots<DocumentSummary>.map(indicators.count) { DocumentSummary(indicators[$0]) }
        // One after another: made side by side, one 50,000-document run was slower in this phase, and the
        // gain at 10,000 was a few hundredths of a second.
        byRegion = AggregateIndicators.group(summaries) { meta[$0.id]?.provinceKey.map { [$0] } ?? [] }
        byIssuer = AggregateIndicators.group(summaries) { meta[$0.id]?.issuerIds ?? [] }
        byArea = AggregateIndicators.group(summaries) { $0.actionAreas }
        byLevel = AggregateIndicators.group(summaries) { meta[$0.id].map { [$0.level.rawValue] } ?? [] }
        byYear = AggregateIndicators.group(summaries) { meta[$0.id]?.date.map { [String($0.prefix(4))] } ?? [] }
    }
}
