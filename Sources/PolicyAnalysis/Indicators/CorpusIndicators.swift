/// Corpus-level indicators: fragmentation of the centre and aggregates per region, issuer, action area,
/// level and year. Thin on purpose: the front end slices further.
public struct CorpusIndicators: Sendable, Hashable, Codable {
    /// Pairs of central documents of different issuers that share passages (the review's fragmentation).
    public var centralOverlapPairs: Int
    /// The mean target share of those pairs; nil without one (a mean over no pair is unknown, not 0).
    public var meanCentralOverlapShare: Double?
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
        meanCentralOverlapShare = centralPairs == 0 ? nil : centralShares / Double(centralPairs)
        relationCounts = relations
        // Each analysed document's metadata, by its place among the indicators (looked up by id once; copied
        // whole per lookup, as a dictionary of documents gave them, it was most of this phase).
        let place = Dictionary(documents.indices.map { (documents[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let meta = indicators.map { place[$0.id] }
        let issuerIds = meta.map { $0.map { documents[$0].issuerIds } ?? [] }
        var issuers: [String: Set<String>] = [:]
        for i in indicators.indices {
            for area in indicators[i].actionAreas { issuers[area, default: []].formUnion(issuerIds[i]) }
        }
        issuersPerArea = issuers.mapValues(\.count)
        var years: [String: Int] = [:]
        for i in documents.indices { if let y = documents[i].date?.prefix(4) { years[String(y), default: 0] += 1 } }
        documentsPerYear = years
        let summaries = indicators.withUnsafeBufferPointer { buffer in
            // Each summary made from the indicators in place (taken out of the array, each was copied whole).
            let list = UncheckedSendable(value: buffer)
            return ParallelSlots<DocumentSummary>.map(buffer.count) { DocumentSummary(list.value[$0]) }
        }
        // One after another: made side by side, one 50,000-document run was slower in this phase, and the
        // gain at 10,000 was a few hundredths of a second.
        // A document without metadata counts as local, as the export's tables count it.
        let central = meta.map { $0.map { documents[$0].level.isCentral } ?? false }
        func group(_ key: (Int) -> [String]) -> [String: AggregateIndicators] {
            AggregateIndicators.group(summaries, byPlace: key, isCentral: { central[$0] })
        }
        byRegion = group { i in meta[i].flatMap { documents[$0].provinceKey }.map { [$0] } ?? [] }
        byIssuer = group { i in issuerIds[i] }
        byArea = group { i in summaries[i].actionAreas }
        byLevel = group { i in meta[i].map { [documents[$0].level.rawValue] } ?? [] }
        byYear = group { i in meta[i].flatMap { documents[$0].date }.map { [String($0.prefix(4))] } ?? [] }
    }
}
