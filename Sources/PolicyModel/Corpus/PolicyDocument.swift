/// One policy document: metadata, coded facts and, when the corpus has it, its text.
public struct PolicyDocument: Codable, Sendable, Hashable, Identifiable {
    public var schema: Int
    public var id: String
    public var title: String
    /// The document number (文号), e.g. 国发〔2015〕40号.
    public var number: String?
    public var issuers: [String]
    /// The issuer as the source wrote it, kept when it was mapped to taxonomy ids.
    public var issuerText: String?
    public var level: Level
    /// A division code for provincial and municipal documents.
    public var region: String?
    public var locality: Locality?
    public var dateWritten: PolicyDate?
    public var datePublished: PolicyDate?
    public var kind: DocumentKind
    public var basedOn: [String]
    public var actionAreas: AreaCoding
    public var source: DocumentSource
    public var note: String?
    public var synthetic: Bool
    public var text: String?
    public var extra: [String: String]
    /// True when the document has text that was not read (a fast load for a first frame); not stored.
    public var textDeferred = false

    /// Decoder userInfo key: set to true to leave `text` unread (`textDeferred` then says whether it exists).
    public static let deferTextKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "ipap.deferText") else { preconditionFailure("invalid key") }
        return key
    }()

    public init(id: String, title: String, number: String? = nil, issuers: [String] = [], issuerText: String? = nil,
                level: Level, region: String? = nil, locality: Locality? = nil,
                dateWritten: PolicyDate? = nil, datePublished: PolicyDate? = nil, kind: DocumentKind = .other,
                basedOn: [String] = [], actionAreas: AreaCoding = AreaCoding(ids: [], coding: .machine),
                source: DocumentSource = DocumentSource(), note: String? = nil, synthetic: Bool = false,
                text: String? = nil, extra: [String: String] = [:]) {
        self.schema = 1
        self.id = id
        self.title = title
        self.number = number
        self.issuers = issuers
        self.issuerText = issuerText
        self.level = level
        self.region = region
        self.locality = locality
        self.dateWritten = dateWritten
        self.datePublished = datePublished
        self.kind = kind
        self.basedOn = basedOn
        self.actionAreas = actionAreas
        self.source = source
        self.note = note
        self.synthetic = synthetic
        self.text = text
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema, id, title, number, issuers, issuerText, level, region, locality, dateWritten, datePublished
        case kind, basedOn, actionAreas, source, note, synthetic, text, extra
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        issuers = try c.decode([String].self, forKey: .issuers)
        issuerText = try c.decodeIfPresent(String.self, forKey: .issuerText)
        level = try c.decode(Level.self, forKey: .level)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        locality = try c.decodeIfPresent(Locality.self, forKey: .locality)
        dateWritten = try c.decodeIfPresent(PolicyDate.self, forKey: .dateWritten)
        datePublished = try c.decodeIfPresent(PolicyDate.self, forKey: .datePublished)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .other
        basedOn = try c.decodeIfPresent([String].self, forKey: .basedOn) ?? []
        actionAreas = try c.decodeIfPresent(AreaCoding.self, forKey: .actionAreas) ?? AreaCoding(ids: [], coding: .machine)
        source = try c.decode(DocumentSource.self, forKey: .source)
        if source.legacyVerified == true {
            source.seen.fields = Provenance.legacyFields(number: number, date: datePublished ?? dateWritten)
        }
        note = try c.decodeIfPresent(String.self, forKey: .note)
        synthetic = try c.decodeIfPresent(Bool.self, forKey: .synthetic) ?? false
        if decoder.userInfo[Self.deferTextKey] as? Bool == true {
            text = nil
            textDeferred = c.contains(.text) ? !(try c.decodeNil(forKey: .text)) : false
        } else {
            text = try c.decodeIfPresent(String.self, forKey: .text)
        }
        extra = try c.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(number, forKey: .number)
        try c.encode(issuers, forKey: .issuers)
        try c.encode(issuerText, forKey: .issuerText)
        try c.encode(level, forKey: .level)
        try c.encode(region, forKey: .region)
        try c.encode(locality, forKey: .locality)
        try c.encode(dateWritten, forKey: .dateWritten)
        try c.encode(datePublished, forKey: .datePublished)
        try c.encode(kind, forKey: .kind)
        try c.encode(basedOn, forKey: .basedOn)
        try c.encode(actionAreas, forKey: .actionAreas)
        try c.encode(source, forKey: .source)
        try c.encode(note, forKey: .note)
        try c.encode(synthetic, forKey: .synthetic)
        try c.encode(text, forKey: .text)
        try c.encode(extra, forKey: .extra)
    }

    /// The date analysts order by: published when known, else written.
    public var date: PolicyDate? { datePublished ?? dateWritten }
    /// The year of the date, else the year in the number (a year-precision date: 京政发〔2016〕4号 is of 2016).
    public var year: Int? { date?.year ?? numberYear }
    /// The year in the number (京政发〔2016〕4号: 2016), the year it was signed in; nil without a number or a year in it.
    public var numberYear: Int? { number.flatMap(DocumentNumber.year) }
    /// True when the document's only date is the year in its number.
    public var yearFromNumber: Bool { date == nil && year != nil }

    /// Whether `a` comes before `b` in date order with a year-only date in its year, after that year's full dates
    /// (it is of that year, the day unknown), as list, stats and the timeline count it; no date at all last. Corpus
    /// order puts every year-only date after all full ones: `ipap show` listed 京政发〔2016〕4号 after 2017-04-28.
    public static func inDateOrder(_ a: PolicyDocument, _ b: PolicyDocument) -> Bool {
        func key(_ d: PolicyDocument) -> (Int, Int) {
            if let date = d.date { return (date.year, date.dayNumber) }
            return (d.year ?? .max, .max)
        }
        let (x, y) = (key(a), key(b))
        return x != y ? x < y : a.id < b.id
    }

    /// The title with its scouting note, if any, so that a list never hides it, as a screen in `language` shows it:
    /// "…实施意见 [title inferred]", and on a Chinese screen an English note marked as the catalogue's
    /// (`CatalogueNote`), "…实施意见 [编目注：title inferred]".
    public func titleWithNote(in language: Language) -> String {
        extra["titleNote"].map { "\(title) [\(CatalogueNote($0).inline(in: language))]" } ?? title
    }

    /// The date as shown everywhere: the full date, else the year marked as coming from the number.
    public func dateLabel(_ language: Language) -> String {
        if let date { return date.description }
        guard let year else { return language == .chinese ? "日期未知" : "date unknown" }
        return language == .chinese ? "\(year)（据文号）" : "\(year) (from number)"
    }
    public var isCentral: Bool { level.isCentral }
    public var hasText: Bool { !(text?.isEmpty ?? true) || textDeferred }
}

/// Where a municipal document comes from, below its province.
public struct Locality: Codable, Sendable, Hashable {
    public var zh: String
    public var code: String?
}

public enum DocumentKind: String, Codable, NamedChoice, Sendable, CaseIterable {
    public static let choiceName = LocalizedText(zh: "文件类型", en: "document kind")

    case guidingOpinion = "guiding-opinion"
    case implementationOpinion = "implementation-opinion"
    case opinion
    case actionPlan = "action-plan"
    case implementationPlan = "implementation-plan"
    case plan
    case notice
    case guideline
    case other

    public var name: LocalizedText {
        switch self {
        case .guidingOpinion: LocalizedText(zh: "指导意见", en: "Guiding opinion")
        case .implementationOpinion: LocalizedText(zh: "实施意见", en: "Implementation opinion")
        case .opinion: LocalizedText(zh: "意见", en: "Opinion")
        case .actionPlan: LocalizedText(zh: "行动计划", en: "Action plan")
        case .implementationPlan: LocalizedText(zh: "实施方案", en: "Implementation plan")
        case .plan: LocalizedText(zh: "规划", en: "Plan")
        case .notice: LocalizedText(zh: "通知", en: "Notice")
        case .guideline: LocalizedText(zh: "指南", en: "Guideline")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }
}

/// Action areas of a document and who coded them.
public struct AreaCoding: Codable, Sendable, Hashable {
    public var ids: [String]
    public var coding: Coding

    public init(ids: [String], coding: Coding) {
        self.ids = ids
        self.coding = coding
    }

    public enum Coding: String, Codable, NamedChoice, Sendable, CaseIterable {
        public static let choiceName = LocalizedText(zh: "编码方式", en: "coding")

        case machine, manual
    }
}

/// Where a document's metadata comes from, and what of it was seen on a copy of the document itself.
public struct DocumentSource: Codable, Sendable, Hashable {
    public var url: String?
    public var seen: Provenance
    public var origin: String?
    /// Where and when `ipap fetch` downloaded the stored text.
    public var fetched: FetchedText?

    public init(url: String? = nil, seen: Provenance = .notSeen, origin: String? = nil) {
        self.url = url
        self.seen = seen
        self.origin = origin
    }

    /// What was seen (`seen.label`) and, when nothing was, where the metadata came from instead, as `origin`
    /// records it: an imported document's from the import's manifest, not "a metadata dataset or a citation".
    public var seenLabel: LocalizedText {
        guard !seen.isSeen && seen.place != .newsReport else { return seen.label }
        let from: LocalizedText
        switch origin {
        case "import": from = LocalizedText(zh: "来自导入清单", en: "from the import's manifest")
        case "import-page": from = LocalizedText(zh: "来自导入清单及所导入网页自身的文件信息", en: "from the import's manifest and the imported page's own header")
        case nil: from = LocalizedText(zh: "元数据来源未记录", en: "where its metadata came from is not recorded")
        default: from = LocalizedText(zh: "来自元数据集或引用", en: "from a metadata dataset or a citation")
        }
        return LocalizedText(zh: seen.label.zh + "（" + from.zh + "）", en: seen.label.en + " (" + from.en + ")")
    }

    /// From the former boolean (`verified`: title and number, or date, seen on a copy at `verifiedURL`, else
    /// at `url`): the same mapping as tools/migrate-provenance.py without its note rules.
    public init(url: String? = nil, verified: Bool, verifiedURL: String? = nil, origin: String? = nil,
                number: String? = nil, date: PolicyDate? = nil) {
        self.init(url: url, seen: verified ? Provenance(legacyURL: verifiedURL ?? url, number: number, date: date) : .notSeen,
                  origin: origin)
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case url, seen, origin, fetched, verified, verifiedURL }

    /// Reads `seen`, or the former `verified` / `verifiedURL` (mapped as above; a record is written back in
    /// the new form). The number and date the former flag vouched for are filled in by `PolicyDocument`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        origin = try c.decodeIfPresent(String.self, forKey: .origin)
        fetched = try c.decodeIfPresent(FetchedText.self, forKey: .fetched)
        if c.contains(.seen) || !c.contains(.verified) {
            seen = try c.decode(Provenance.self, forKey: .seen)
        } else {
            let verified = try c.decode(Bool.self, forKey: .verified)
            let at = try c.decodeIfPresent(String.self, forKey: .verifiedURL) ?? url
            seen = verified ? Provenance(legacyURL: at, number: nil, date: nil) : .notSeen
            legacyVerified = verified
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(seen, forKey: .seen)
        try c.encode(origin, forKey: .origin)
        // Only when there is one: documents without fetched text keep the form they always had.
        try c.encodeIfPresent(fetched, forKey: .fetched)
    }

    /// True when read from the former boolean form (`PolicyDocument` then adds the number or date it vouched for).
    var legacyVerified: Bool? = nil

    public static func == (a: DocumentSource, b: DocumentSource) -> Bool {
        a.url == b.url && a.seen == b.seen && a.origin == b.origin && a.fetched == b.fetched
    }

    public func hash(into h: inout Hasher) {
        h.combine(url)
        h.combine(seen)
        h.combine(origin)
        h.combine(fetched)
    }
}

/// Where and when a document's stored text was downloaded (`ipap fetch`).
public struct FetchedText: Codable, Sendable, Hashable {
    /// The page the text was extracted from, after redirects.
    public var url: String
    /// When it was fetched or last confirmed unchanged: ISO 8601, UTC, to the second.
    public var at: String
    /// An official site or a third-party repost, by the page's host name (`Provenance.place(of:)`).
    public var place: Provenance.Place

    public init(url: String, at: String, place: Provenance.Place) {
        self.url = url
        self.at = at
        self.place = place
    }

    /// Where and when, as `ipap show` and the dashboard say it: one wording for both.
    public var label: LocalizedText {
        let official = place == .officialSite
        return LocalizedText(zh: "\(url) (\(official ? "政府网站" : "第三方转载"), 获取于 \(at))",
                             en: "\(url) (\(official ? "official site" : "third-party repost"), fetched \(at))")
    }
}
