/// What the corpus says about one province: the aggregates that `ipap show` and the dashboard present.
public struct ProvinceProfile: Sendable {
    public let division: Division
    public let documents: [PolicyDocument]
    public let findings: [Finding]
    /// The earliest dated document: the province's first response.
    public let firstResponse: PolicyDocument?
    /// Days from the guiding opinion's publication to the first response (negative: before it).
    public let responseLagDays: Int?
    /// Action areas its documents cover, in taxonomy order.
    public let areasCovered: [String]

    public init(division: Division, corpus: Corpus) {
        self.division = division
        documents = corpus.documents(inRegion: division.code)
        findings = corpus.findings(about: .province, division.code)
        firstResponse = documents.first { $0.date != nil }
        if let first = firstResponse?.date, let origin = corpus.guidingOpinion?.date {
            responseLagDays = first.days(since: origin)
        } else {
            responseLagDays = nil
        }
        let covered = Set(documents.flatMap(\.actionAreas.ids))
        areasCovered = corpus.taxonomy.areas.map(\.id).filter(covered.contains)
    }
}

/// What the corpus says about one issuer.
public struct IssuerProfile: Sendable {
    public let issuer: Issuer
    public let documents: [PolicyDocument]
    public let findings: [Finding]
    public let documentsPerYear: [(year: Int, count: Int)]
    public let areasTouched: [String]

    public init(issuer: Issuer, corpus: Corpus) {
        self.issuer = issuer
        documents = corpus.documents(byIssuer: issuer.id)
        findings = corpus.findings(about: .issuer, issuer.id)
        documentsPerYear = CountTable.byYear(documents)
        let touched = Set(documents.flatMap(\.actionAreas.ids))
        areasTouched = corpus.taxonomy.areas.map(\.id).filter(touched.contains)
    }
}

/// What the corpus says about one action area: who issues for it, where.
public struct AreaProfile: Sendable {
    public let area: ActionArea
    public let documents: [PolicyDocument]
    public let findings: [Finding]
    /// Central issuers with documents in this area: several is the fragmentation the review describes.
    public let centralIssuers: [String]
    public let issuers: [String]
    public let provinces: [String]

    public init(area: ActionArea, corpus: Corpus) {
        self.area = area
        documents = corpus.documents(inArea: area.id)
        findings = corpus.findings(about: .area, area.id)
        let issuerSet = Set(documents.flatMap(\.issuers))
        issuers = corpus.taxonomy.issuers.map(\.id).filter(issuerSet.contains)
        let central = Set(documents.filter(\.isCentral).flatMap(\.issuers))
        centralIssuers = corpus.taxonomy.issuers.map(\.id).filter(central.contains)
        let regions = Set(documents.compactMap(\.region))
        provinces = corpus.taxonomy.divisions.map(\.code).filter(regions.contains)
    }
}

/// Small counting helpers shared by `ipap stats` and the dashboard's charts.
public enum CountTable {
    public static func byYear(_ documents: [PolicyDocument]) -> [(year: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        for d in documents { if let y = d.year { counts[y, default: 0] += 1 } }
        return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
    }

    public static func byLevel(_ documents: [PolicyDocument]) -> [(level: Level, count: Int)] {
        Level.allCases.map { level in (level, documents.filter { $0.level == level }.count) }
    }
}
