/// What was seen of a document's metadata on a copy of the document, and where: a label never claims more.
public struct Provenance: Codable, Sendable, Hashable {
    public enum Place: String, Codable, NamedChoice, Sendable, CaseIterable {
        public static let choiceName = LocalizedText(zh: "核实之处", en: "place")

        /// A government website (gov.cn and its subdomains).
        case officialSite = "official-site"
        /// A copy on another site (a repost, a mirror, a policy database, wikisource).
        case thirdPartyRepost = "third-party-repost"
        /// A news report about the document, not the document.
        case newsReport = "news-report"
        case notSeen = "not-seen"
    }

    public enum Field: String, Codable, NamedChoice, Sendable, CaseIterable, Comparable {
        public static let choiceName = LocalizedText(zh: "字段", en: "field")

        case title, number, date

        public static func < (a: Field, b: Field) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }

        public var name: LocalizedText {
            switch self {
            case .title: LocalizedText(zh: "标题", en: "title")
            case .number: LocalizedText(zh: "文号", en: "number")
            case .date: LocalizedText(zh: "日期", en: "date")
            }
        }
    }

    public var place: Place
    /// The fields seen there, in title, number, date order.
    public var fields: [Field]
    /// Where it was seen (required unless `notSeen`).
    public var url: String?

    public init(place: Place, fields: [Field], url: String?) {
        self.place = place
        self.fields = fields.sorted()
        self.url = url
    }

    public static let notSeen = Provenance(place: .notSeen, fields: [], url: nil)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case place = "where"
        case fields, url
    }

    /// `url` always, `null` when none: the document schema requires the member (the synthesized encoder left it
    /// out, and every imported document failed `tools/check-schemas.sh`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place, forKey: .place)
        try c.encode(fields, forKey: .fields)
        try c.encode(url, forKey: .url)
    }

    /// The former flag: seen on a copy at `legacyURL`; where from the address (gov.cn: official site).
    init(legacyURL: String?, number: String?, date: PolicyDate?) {
        self.init(place: Provenance.place(of: legacyURL), fields: Provenance.legacyFields(number: number, date: date), url: legacyURL)
    }

    /// What the former flag claimed: the title, and the number, or the date when there is no number.
    static func legacyFields(number: String?, date: PolicyDate?) -> [Field] {
        number != nil ? [.title, .number] : (date != nil ? [.title, .date] : [.title])
    }

    /// A government site by host name (…gov.cn); any other address is a third-party copy.
    public static func place(of url: String?) -> Place {
        guard let url, let host = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first else {
            return .thirdPartyRepost
        }
        let name = host.split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        return name == "gov.cn" || name.hasSuffix(".gov.cn") ? .officialSite : .thirdPartyRepost
    }

    /// True when some field was seen on a copy (a news report that names no field is not a copy).
    public var isSeen: Bool { place != .notSeen && !fields.isEmpty }

    /// Exactly what was seen: "标题、文号见于第三方转载；日期未见" / "title, number seen on a third-party repost; date not seen".
    public var label: LocalizedText {
        if place == .newsReport && fields.isEmpty {
            return LocalizedText(zh: "仅见新闻报道其发布；标题、文号、日期未见", en: "only a news report of its issue seen; title, number, date not seen")
        }
        guard isSeen else {
            return LocalizedText(zh: "标题、文号、日期均未见于文件副本", en: "title, number, date not seen on a copy of the document")
        }
        let missing = Field.allCases.filter { !fields.contains($0) }
        let place: LocalizedText
        switch self.place {
        case .officialSite: place = LocalizedText(zh: "政府网站", en: "an official government site")
        case .thirdPartyRepost: place = LocalizedText(zh: "第三方转载", en: "a third-party repost")
        case .newsReport: place = LocalizedText(zh: "新闻报道", en: "a news report")
        case .notSeen: place = LocalizedText(zh: "", en: "")
        }
        var zh = fields.map(\.name.zh).joined(separator: "、") + "见于" + place.zh
        var en = fields.map(\.name.en).joined(separator: ", ") + " seen on " + place.en
        if !missing.isEmpty {
            zh += "；" + missing.map(\.name.zh).joined(separator: "、") + "未见"
            en += "; " + missing.map(\.name.en).joined(separator: ", ") + " not seen"
        }
        return LocalizedText(zh: zh, en: en)
    }
}
