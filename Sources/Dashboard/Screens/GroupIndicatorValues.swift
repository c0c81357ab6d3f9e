import PolicyAnalysis

/// The indicator values of a group of analysed documents (a province's, an issuer's, an area's), as the tabs'
/// indicator columns show them and the group's own page spells them out: one computation for both, so that the
/// page never says another number than the row it was opened from.
struct GroupIndicatorValues {
    /// How many of the group's documents are analysed (those the values are over).
    let analysed: Int
    /// The mean of the local (provincial and municipal) documents' copied-from-centre shares; nil without one
    /// (`AggregateIndicators.meanCopiedFromCentre`).
    let meanCopiedFromCentre: Double?
    /// The highest nearest-other-province share among the local documents, and which of the group's documents it
    /// is of (an issuer's or an area's documents are of several provinces: "other" is other than that document's).
    let nearest: NearestProvince?
    let nearestDocument: String?
    let measures: Int
    let vagueMeasures: Int
    let withEvaluation: Int
    /// Documents naming each governance topic.
    let topicDocuments: [GovernanceTopic: Int]
    /// Clauses per tool class (supply, environment, demand), the analysts' overrides applied: class codes, since a
    /// clause in two classes counts in each (their sum is not a count of clauses).
    let toolClassCounts: [Int]

    static let toolClasses = ["supply", "environment", "demand"]

    /// `summaries`: the group's analysed documents, with whether each is central. Nil when none is analysed:
    /// every value is then unknown.
    init?(_ summaries: [(summary: DocumentSummary, isCentral: Bool)]) {
        guard !summaries.isEmpty else { return nil }
        let local = summaries.filter { !$0.isCentral }.map(\.summary)
        let all = summaries.map(\.summary)
        let central = Set(summaries.filter(\.isCentral).map(\.summary.id))
        let group = AggregateIndicators(all) { central.contains($0) }
        analysed = all.count
        meanCopiedFromCentre = group.meanCopiedFromCentre
        let highest = local.compactMap { s in s.nearestProvince.map { (document: s.id, province: $0) } }
            .max { $0.province.share < $1.province.share }
        nearest = highest?.province
        nearestDocument = highest?.document
        measures = group.measures
        vagueMeasures = group.vagueMeasures
        withEvaluation = group.withEvaluation
        var topics: [GovernanceTopic: Int] = [:]
        for s in all { for t in Set(s.governanceTopics) { topics[t, default: 0] += 1 } }
        topicDocuments = topics
        toolClassCounts = Self.toolClasses.map { group.toolCounts[$0] ?? 0 }
    }

    /// Vague measures of all measures; unknown without a measure.
    var vagueShare: Double? { measures == 0 ? nil : Double(vagueMeasures) / Double(measures) }

    /// Documents with an evaluation clause, of the analysed.
    var evaluatedShare: Double { Double(withEvaluation) / Double(analysed) }

    /// Governance topics a document names, on average.
    var meanTopics: Double { Double(topicDocuments.values.reduce(0, +)) / Double(analysed) }

    /// Each tool class's share of the class codes; unknown without a coded clause.
    var toolClassShares: [Double]? {
        let total = toolClassCounts.reduce(0, +)
        return total == 0 ? nil : toolClassCounts.map { Double($0) / Double(total) }
    }
}
