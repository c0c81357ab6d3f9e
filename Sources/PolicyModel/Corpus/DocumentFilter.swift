/// The filters analysts narrow the document list by; shared by `ipap list` and the dashboard.
public struct DocumentFilter: Sendable, Hashable, Codable {
    public var level: Level?
    /// A division code.
    public var region: String?
    public var issuer: String?
    public var area: String?
    public var year: Int?
    /// A month (1-12) of `year`, matched against the document's date: a timeline's month row opens its documents
    /// (it opened the whole year). A document dated by the year in its number alone has no month.
    public var month: Int?
    /// Matched case-insensitively, full-width forms as their ASCII, against title, number, id and issuer text.
    public var search: String?

    public init(level: Level? = nil, region: String? = nil, issuer: String? = nil, area: String? = nil,
                year: Int? = nil, month: Int? = nil, search: String? = nil) {
        self.level = level
        self.region = region
        self.issuer = issuer
        self.area = area
        self.year = year
        self.month = month
        self.search = search
    }

    /// The year, or the year and month, as the timeline names them: "2015", "2015-09".
    public var period: String? {
        year.map { year in String(year) + (month.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? "") }
    }

    public var isEmpty: Bool { self == DocumentFilter() }

    public func matches(_ d: PolicyDocument) -> Bool {
        if let level, d.level != level { return false }
        if let region, d.region != region { return false }
        if let issuer, !d.issuers.contains(issuer) { return false }
        if let area, !d.actionAreas.ids.contains(area) { return false }
        if let year, d.year != year { return false }
        if let month, d.date?.month != month { return false }
        if let search, !search.isEmpty {
            // Full-width forms as their ASCII, as the text search (`TextSearch.key`).
            let needle = TextSearch.key(search)
            let haystacks = [d.title, d.number ?? "", d.id, d.issuerText ?? ""]
            if !haystacks.contains(where: { TextSearch.key($0).contains(needle) }) { return false }
        }
        return true
    }

    public func apply(to documents: [PolicyDocument]) -> [PolicyDocument] {
        isEmpty ? documents : documents.filter(matches)
    }
}

extension Level {
    /// A level from its id, its Chinese or English name, or a Chinese synonym analysts write (`synonyms`): one
    /// parser for `list --level`, the dashboard's filter and the import's level column.
    public init?(resolving text: String) {
        let key = TextSearch.nameKey(text).lowercased()
        guard let level = Level.synonyms[key] ?? Level.allCases.first(where: {
            $0.rawValue == key || $0.name.zh == key || $0.name.en.lowercased() == key
        }) else { return nil }
        self = level
    }

    /// Chinese forms besides the names (国家, 部委, 省级, 市级).
    static let synonyms: [String: Level] = ["国家级": .national, "中央": .national, "部委级": .ministerial, "部门": .ministerial,
                                            "省": .provincial, "市": .municipal]

    /// Every level as `--level` takes it, its id and its Chinese name: "national 国家, ministerial 部委, …".
    public static var namesAccepted: String {
        allCases.map { "\($0.rawValue) \($0.name.zh)" }.joined(separator: ", ")
    }
}
