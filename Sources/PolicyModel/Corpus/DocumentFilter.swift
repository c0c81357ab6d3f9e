/// The filters analysts narrow the document list by; shared by `ipap list` and the dashboard.
public struct DocumentFilter: Sendable, Hashable, Codable {
    public var level: Level?
    /// A division code.
    public var region: String?
    public var issuer: String?
    public var area: String?
    public var year: Int?
    /// Matched case-insensitively, full-width forms as their ASCII, against title, number, id and issuer text.
    public var search: String?

    public init(level: Level? = nil, region: String? = nil, issuer: String? = nil, area: String? = nil,
                year: Int? = nil, search: String? = nil) {
        self.level = level
        self.region = region
        self.issuer = issuer
        self.area = area
        self.year = year
        self.search = search
    }

    public var isEmpty: Bool { self == DocumentFilter() }

    public func matches(_ d: PolicyDocument) -> Bool {
        if let level, d.level != level { return false }
        if let region, d.region != region { return false }
        if let issuer, !d.issuers.contains(issuer) { return false }
        if let area, !d.actionAreas.ids.contains(area) { return false }
        if let year, d.year != year { return false }
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
    /// A level from its id or its Chinese or English name.
    public init?(resolving text: String) {
        let key = TextSearch.nameKey(text).lowercased()
        guard let level = Level.allCases.first(where: {
            $0.rawValue == key || $0.name.zh == key || $0.name.en.lowercased() == key
        }) else { return nil }
        self = level
    }
}
