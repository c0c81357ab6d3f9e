/// What the corpus says about one province: the aggregates that `ipap show` and the dashboard present.
public struct ProvinceProfile: Sendable {
    public let division: Division
    public let documents: [PolicyDocument]
    public let findings: [Finding]
    /// The province's main implementation document of the guiding opinion: marked `role: main-implementation`
    /// or based on it; the earliest such provincial document. Nil when the corpus has none.
    public let mainDocument: PolicyDocument?
    /// The document the response lag is measured from: the main document, else a provincial Internet Plus
    /// document that predates the guiding opinion (the lag is then "before the opinion").
    public let firstResponse: PolicyDocument?
    public let responseLag: ResponseLag
    /// Action areas named in the titles of its documents (title coding), in taxonomy order.
    public let titleAreas: [String]
    public let areaCoverage: AreaCoverage

    /// `textAreas`: action areas coded from the text, per document id (from an analysis; nil without one).
    public init(division: Division, corpus: Corpus, textAreas: [String: [String]]? = nil) {
        self.division = division
        documents = corpus.documents(inRegion: division.code)
        findings = corpus.findings(about: .province, division.code)
        let opinion = corpus.guidingOpinion
        let documents = self.documents
        // Positions, not copies: a 10,000-document corpus made these filters most of the overview's time.
        let provincial = documents.indices.filter { documents[$0].level == .provincial }
        let main = provincial.filter { documents[$0].isMainImplementation(of: opinion?.id) }
        mainDocument = main.first.map { documents[$0] }
        // Lags count from signature to signature (written dates; published when the written one is unknown). A corpus
        // without the opinion counts from its known written date (QA pass 50: the lag said "no main implementation
        // document" beside the main document it named).
        let origin = opinion.map(\.lagDate) ?? PolicyDate.guidingOpinionWritten
        if let m = mainDocument {
            firstResponse = m
        } else if let origin {
            // Corpus order is by date: the earliest provincial document dated before the opinion, if any.
            firstResponse = provincial.first { documents[$0].lagDate.map { $0 < origin } ?? false }.map { documents[$0] }
        } else {
            firstResponse = nil
        }
        responseLag = origin == nil && mainDocument != nil ? .opinionUndated : ResponseLag(firstResponse, origin: origin)
        // A comprehensive document (a main document whose title names no sector) is covered by its text.
        let comprehensive = main.filter { documents[$0].isComprehensive }
        let comprehensiveSet = Set(comprehensive)
        var titled = Set<String>(), covered = Set<String>()
        for i in documents.indices {
            titled.formUnion(documents[i].actionAreas.ids)
            if !comprehensiveSet.contains(i) { covered.formUnion(documents[i].actionAreas.ids) }
        }
        let order = corpus.taxonomy.areas.map(\.id)
        titleAreas = order.filter(titled.contains)
        var uncoded: [PolicyDocument] = []
        for i in comprehensive {
            if let areas = textAreas?[documents[i].id] { covered.formUnion(areas) } else { uncoded.append(documents[i]) }
        }
        if mainDocument == nil {
            areaCoverage = .unknown(uncoded: [])
        } else {
            areaCoverage = uncoded.isEmpty ? .known(order.filter(covered.contains), fromText: !comprehensive.isEmpty)
                : .unknown(uncoded: uncoded)
        }
    }

    /// Days after the guiding opinion, when that is what the lag is.
    public var responseLagDays: Int? {
        if case .days(let n) = responseLag { return n }
        return nil
    }

    /// The lag is measured from a provincial document that is not a main implementation document (there is none in
    /// the corpus; this one predates the guiding opinion): every place that shows the lag says so.
    public var responseFromEarlierDocument: Bool {
        mainDocument == nil && firstResponse != nil
    }

    /// The lag in days runs to the document's publication date: no written date is known for it.
    public var responseLagToPublication: Bool {
        responseLagDays != nil && firstResponse?.dateWritten == nil
    }
}

/// How long a province took to implement the guiding opinion, and when it cannot be said in days.
public enum ResponseLag: Sendable, Hashable {
    /// Days from the opinion's date to the main implementation document's (0 or more).
    case days(Int)
    /// The province's document predates the opinion: a response to something else, never a negative lag.
    case beforeOpinion
    /// The document's date is known only by year (from its number), or not at all.
    case yearOnly(Int)
    case undated
    /// No main implementation document in the corpus.
    case noMainDocument
    /// A main implementation document, but the corpus's guiding opinion (a stand-in for 国发〔2015〕40号) has no date
    /// to count from.
    case opinionUndated

    init(_ document: PolicyDocument?, origin: PolicyDate?) {
        guard let document, let origin else { self = .noMainDocument; return }
        if let date = document.lagDate {
            self = date < origin ? .beforeOpinion : .days(date.days(since: origin))
        } else if let year = document.year {
            self = .yearOnly(year)
        } else {
            self = .undated
        }
    }
}

/// Which action areas a province's documents cover. Unknown while a comprehensive implementation document
/// is not coded from its text (its title names no sector, so title coding would give the broadest document 0),
/// and when the corpus has no main implementation document of the province.
public enum AreaCoverage: Sendable, Hashable {
    /// `fromText`: the comprehensive documents were coded from their text; the rest always from titles.
    case known([String], fromText: Bool)
    /// A comprehensive document not coded from its text (it has none, or it was not analysed); or, with
    /// `uncoded` empty, no main implementation document in the corpus at all (its broadest document is missing).
    case unknown(uncoded: [PolicyDocument])

    public var areas: [String]? {
        if case .known(let a, _) = self { return a }
        return nil
    }
}

extension PolicyDocument {
    /// A document whose title names no action area: what it covers is only in its text.
    public var isComprehensive: Bool { actionAreas.ids.isEmpty }

    /// A policy whose title names no action area: what it covers is only in its text (approvals and notices
    /// that transmit no policy cover none).
    public var coversAreasOnlyInText: Bool { isComprehensive && documentClass == .policy }

    /// The date a lag is counted from or to: written (signed) when known, else published.
    public var lagDate: PolicyDate? { dateWritten ?? datePublished }

    /// The province's (or city's) main Internet Plus document: marked so, or based on the guiding opinion.
    public func isMainImplementation(of opinion: String?) -> Bool {
        extra[Self.roleKey] == "main-implementation" || (opinion.map { basedOn.contains($0) } ?? false)
    }

    /// `extra.role`: what part a document plays in the corpus ("main-implementation", "guiding-opinion").
    public static let roleKey = "role"
    /// The role of a document that stands in for 国发〔2015〕40号 in a corpus without it (`Corpus.guidingOpinion`).
    public static let guidingOpinionRole = "guiding-opinion"
}

/// What the corpus says about one issuer.
public struct IssuerProfile: Sendable {
    public let issuer: Issuer
    public let documents: [PolicyDocument]
    public let findings: [Finding]
    public let documentsPerYear: [(year: Int, count: Int)]
    /// Action areas its documents cover, in taxonomy order: a document whose title names areas by its title
    /// coding; a comprehensive one (its title names none) by its text, when an analysis coded it.
    public let areasTouched: [String]
    /// Its comprehensive documents not coded from their text (none, or not analysed).
    public let uncodedComprehensive: [PolicyDocument]
    /// Areas not touched that an uncoded comprehensive document may cover: unknown, not absent.
    public let areasUnknown: [String]

    /// `textAreas`: action areas coded from the text, per document id (from an analysis; nil without one).
    public init(issuer: Issuer, corpus: Corpus, textAreas: [String: [String]]? = nil) {
        self.issuer = issuer
        documents = corpus.documents(byIssuer: issuer.id)
        findings = corpus.findings(about: .issuer, issuer.id)
        documentsPerYear = CountTable.byYear(documents)
        var touched = Set<String>(), uncoded: [PolicyDocument] = []
        for d in documents {
            if !d.coversAreasOnlyInText {
                touched.formUnion(d.actionAreas.ids)
            } else if let areas = textAreas?[d.id] {
                touched.formUnion(areas)
            } else {
                uncoded.append(d)
            }
        }
        let order = corpus.taxonomy.areas.map(\.id)
        areasTouched = order.filter(touched.contains)
        uncodedComprehensive = uncoded
        areasUnknown = uncoded.isEmpty ? [] : order.filter { !touched.contains($0) }
    }
}

/// What the corpus says about one action area: who issues for it, where.
public struct AreaProfile: Sendable {
    public let area: ActionArea
    /// The area's documents, copied when asked for: the rankings need only the issuers and provinces, and
    /// copying every area's documents (most of a 10,000-document corpus each) was most of their time.
    public var documents: [PolicyDocument] { positions.map { corpusDocuments[$0] } }
    private let corpusDocuments: [PolicyDocument]
    private let positions: [Int]
    /// Documents whose titles name no area and whose text an analysis coded to this one (central policies and
    /// provinces' comprehensive main documents): the evidence for the issuers and provinces counted from text.
    public var documentsByText: [PolicyDocument] { textPositions.map { corpusDocuments[$0] } }
    private let textPositions: [Int]
    /// The documents of both lists, counted without copying them.
    public var documentCount: Int { positions.count + textPositions.count }
    /// Documents whose titles name no area, of the kinds counted from their text, whose text is not coded: they
    /// may be in this area (while an analysis loads, every one of them). Unknown, not absent.
    public let documentsUnknown: Int
    /// Those documents (`documentsUnknown` of them).
    public var documentsNotCodedFromText: [PolicyDocument] { uncodedPositions.map { corpusDocuments[$0] } }
    private let uncodedPositions: [Int]
    public let findings: [Finding]
    /// Central issuers with documents in this area: several is the fragmentation the review describes.
    public let centralIssuers: [String]
    public let issuers: [String]
    /// Provinces with a document in this area: by title, or by the text of a comprehensive document.
    public let provinces: [String]
    /// Provinces not in `provinces` whose coverage is unknown, as `ProvinceProfile.areaCoverage` says: no main
    /// implementation document in the corpus, or a comprehensive one not coded from its text. Unknown, not absent.
    public let provincesUnknown: [String]
    /// Central issuers not in `centralIssuers` with a policy document whose title names no area and whose text
    /// is not coded: they may issue for this area; unknown, not absent.
    public let centralIssuersUnknown: [String]

    public init(area: ActionArea, corpus: Corpus, textAreas: [String: [String]]? = nil) {
        self.init(area: area, corpus: corpus, coded: TextCodedAreas(corpus: corpus, textAreas: textAreas))
    }

    /// Every area's profile, with one pass over the documents whose titles name no area for all of them (at
    /// 10,000 documents a pass per area was most of the Areas tab's and the overview's time).
    public static func all(corpus: Corpus, textAreas: [String: [String]]?) -> [AreaProfile] {
        let coded = TextCodedAreas(corpus: corpus, textAreas: textAreas)
        return corpus.taxonomy.areas.map { AreaProfile(area: $0, corpus: corpus, coded: coded) }
    }

    init(area: ActionArea, corpus: Corpus, coded: TextCodedAreas) {
        self.area = area
        let all = corpus.documents
        corpusDocuments = all
        positions = corpus.positions(inArea: area.id)
        textPositions = coded.documents[area.id] ?? []
        documentsUnknown = coded.uncodedDocuments
        uncodedPositions = coded.uncodedPositions
        findings = corpus.findings(about: .area, area.id)
        // In place, never a copy of a document.
        var issuerSet = Set<String>(), central = Set<String>(), regions = Set<String>()
        for i in positions {
            issuerSet.formUnion(all[i].issuers)
            if all[i].isCentral { central.formUnion(all[i].issuers) }
            if let region = all[i].region { regions.insert(region) }
        }
        // Documents whose title names no area are in it when their text is coded to it (`TextCodedAreas`).
        issuerSet.formUnion(coded.centralIssuers[area.id] ?? [])
        central.formUnion(coded.centralIssuers[area.id] ?? [])
        regions.formUnion(coded.regions[area.id] ?? [])
        let issuerOrder = corpus.taxonomy.issuers.map(\.id), divisionOrder = corpus.taxonomy.divisions.map(\.code)
        issuers = issuerOrder.filter(issuerSet.contains)
        centralIssuers = issuerOrder.filter(central.contains)
        centralIssuersUnknown = issuerOrder.filter { coded.uncodedCentralIssuers.contains($0) && !central.contains($0) }
        provinces = divisionOrder.filter(regions.contains)
        provincesUnknown = divisionOrder.filter {
            (coded.uncodedRegions.contains($0) || !coded.regionsWithMain.contains($0)) && !regions.contains($0)
        }
    }
}

/// Small counting helpers shared by `ipap stats` and the dashboard's charts.
public enum CountTable {
    public static func byYear(_ documents: [PolicyDocument]) -> [(year: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        for i in documents.indices { if let y = documents[i].year { counts[y, default: 0] += 1 } }
        return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
    }

    /// Every year from the earliest to the latest of `years`: a chart gives each its bar, also a year without
    /// documents, so that its bars line up with the years (nil when there is no year).
    public static func yearSpan(_ years: some Sequence<Int>) -> ClosedRange<Int>? {
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// `counts` (from `byYear`) for every year of `span` (by default, from its first year to its last), a year
    /// without documents as 0.
    public static func everyYear(_ counts: [(year: Int, count: Int)], in span: ClosedRange<Int>? = nil) -> [(year: Int, count: Int)] {
        guard let span = span ?? yearSpan(counts.map(\.year)) else { return [] }
        let count = Dictionary(counts.map { ($0.year, $0.count) }, uniquingKeysWith: +)
        return span.map { ($0, count[$0] ?? 0) }
    }

    public static func byLevel(_ documents: [PolicyDocument]) -> [(level: Level, count: Int)] {
        // One pass, in place (a filtered copy per level was a tenth of the overview's time).
        var counts: [Level: Int] = [:]
        for i in documents.indices { counts[documents[i].level, default: 0] += 1 }
        return Level.allCases.map { ($0, counts[$0] ?? 0) }
    }
}

// One wording for every place that shows these numbers (show, the dashboard, the export), so they agree.
extension ResponseLag {
    public var label: LocalizedText {
        switch self {
        case .days(let n): LocalizedText(zh: "\(n) 天", en: "\(n) days")
        case .beforeOpinion: LocalizedText(zh: "早于指导意见", en: "before the opinion")
        case .yearOnly(let y): LocalizedText(zh: "仅知年份 \(y)", en: "year only: \(y)")
        case .undated: LocalizedText(zh: "日期未知", en: "date unknown")
        case .noMainDocument: LocalizedText(zh: "无主要实施文件", en: "no main implementation document")
        case .opinionUndated: LocalizedText(zh: "指导意见日期未知", en: "the guiding opinion's date is unknown")
        }
    }
}

extension AreaCoverage {
    /// For a narrow value cell: "3/11" or "unknown"; `basis` says what it rests on.
    public func value(of total: Int) -> LocalizedText {
        areas.map { LocalizedText(zh: "\($0.count)/\(total)", en: "\($0.count)/\(total)") } ?? LocalizedText(zh: "未知", en: "unknown")
    }

    public var basis: LocalizedText {
        switch self {
        case .known(_, let fromText):
            fromText ? LocalizedText(zh: "全文与标题", en: "text and titles") : LocalizedText(zh: "按标题", en: "from titles")
        case .unknown(let uncoded) where uncoded.isEmpty:
            LocalizedText(zh: "无主要实施文件", en: "no main implementation document")
        case .unknown:
            LocalizedText(zh: "综合文件未按全文编码", en: "comprehensive document not coded from its text")
        }
    }

    public func label(of total: Int) -> LocalizedText {
        switch self {
        case .known(let areas, let fromText):
            fromText ? LocalizedText(zh: "\(areas.count)/\(total)（全文与标题）", en: "\(areas.count)/\(total) (text and titles)")
                : LocalizedText(zh: "\(areas.count)/\(total)（按标题）", en: "\(areas.count)/\(total) (from titles)")
        case .unknown(let uncoded) where uncoded.isEmpty:
            LocalizedText(zh: "未知（无主要实施文件）", en: "unknown (no main implementation document)")
        case .unknown:
            LocalizedText(zh: "未知（综合文件未按全文编码）", en: "unknown (comprehensive document not coded from its text)")
        }
    }
}

extension ProvinceProfile {
    /// What the province's lag is, for a value cell beside the document's name: the lag's words, and where the
    /// document is not a main implementation document, that ("早于指导意见（非主要实施文件）").
    public var responseLagLabel: LocalizedText {
        let lag = responseLag.label
        guard responseFromEarlierDocument else { return lag }
        // In English 'not main' beside the lag: 'not a main document' made the value 40 columns, and at 80 the
        // timeline cut every province's document number to give it room. The header names main documents.
        return LocalizedText(zh: lag.zh + "（" + Self.notMainDocument.zh + "）", en: lag.en + " (not main)")
    }

    /// How many action areas its documents' titles name, none said plainly ("0（无）": "0 -" and "0 · · ·" read as
    /// something missing); the names, where there are some, follow it. For `ipap show` and the province's page alike.
    public var titleAreasCount: LocalizedText {
        titleAreas.isEmpty ? LocalizedText(zh: "0（无）", en: "0 (none)") : LocalizedText(zh: "\(titleAreas.count)", en: "\(titleAreas.count)")
    }

    static let notMainDocument = LocalizedText(zh: "非主要实施文件", en: "not a main document")

    /// "296 天（京政发〔2016〕4号）": the lag and the document it comes from; "早于指导意见（川办发〔2015〕55号，非主要实施文件）"
    /// where that document is not a main implementation document.
    public var responseLagLine: LocalizedText {
        let lag = responseLag.label
        guard let d = firstResponse else { return lag }
        let ref = d.number ?? d.id
        if responseFromEarlierDocument {
            return LocalizedText(zh: "\(lag.zh)（\(ref)，\(Self.notMainDocument.zh)）", en: "\(lag.en) (\(ref), \(Self.notMainDocument.en))")
        }
        // Said where the lag is read alone (a province's page, `ipap show`): the days run to another date than the rest.
        guard responseLagToPublication else { return LocalizedText(zh: "\(lag.zh)（\(ref)）", en: "\(lag.en) (\(ref))") }
        return LocalizedText(zh: "\(lag.zh)（\(ref)；计至发布日期：成文日期未知）",
                             en: "\(lag.en) (\(ref); to its publication date: no written date known)")
    }
}
