/// Everything a corpus is coded against: areas, divisions, issuers, policy tools and problem indicators.
public struct Taxonomy: Sendable {
    public var areas: [ActionArea]
    public var divisions: [Division]
    /// Cities below the divisions (may be empty: then no issuer maps to a city).
    public var localities: [LocalDivision]
    public var issuers: [Issuer]
    public var tools: PolicyToolScheme
    public var problems: ProblemCatalog

    private var areaIndex: [String: Int] = [:]
    private var divisionIndex: [String: Int] = [:]
    private var issuerIndex: [String: Int] = [:]
    /// Issuers by every name `resolveIssuer` accepts (Chinese, lower-cased abbreviation, aliases, English keys,
    /// former names); the first issuer to claim a name keeps it.
    private var issuerNames: [String: Int] = [:]
    /// The names a local body's name starts with, by their first character, longest first (延边朝鲜族自治州 before
    /// 延边州 before 延边, 海南藏族自治州 before 海南省 before 海南), with their city's or division's index; and their
    /// English names as `englishKey` words. Built once: an import looks up every issuer name against all of them.
    private var localityFullNames: [Character: [(name: String, index: Int)]] = [:]
    private var localityShortNames: [Character: [(name: String, index: Int)]] = [:]
    private var divisionNames: [Character: [(name: String, index: Int)]] = [:]
    private(set) var localityEnglishWords: [[String]] = []
    private(set) var divisionEnglishWords: [[String]] = []

    public init(areas: [ActionArea], divisions: [Division], localities: [LocalDivision] = [], issuers: [Issuer],
                tools: PolicyToolScheme, problems: ProblemCatalog) {
        self.areas = areas.sorted { $0.order < $1.order }
        self.divisions = divisions.sorted { $0.code < $1.code }
        self.localities = localities.sorted { $0.code < $1.code }
        self.issuers = issuers
        self.tools = tools
        self.problems = problems
        for (i, a) in self.areas.enumerated() { areaIndex[a.id] = i }
        for (i, d) in self.divisions.enumerated() { divisionIndex[d.code] = i }
        func longestFirst(_ names: [(name: String, index: Int)]) -> [Character: [(name: String, index: Int)]] {
            Dictionary(grouping: names.filter { !$0.name.isEmpty }) { $0.name.first ?? " " }
                .mapValues { $0.sorted { ($0.name.count, $1.index) > ($1.name.count, $0.index) } }
        }
        localityFullNames = longestFirst(self.localities.enumerated().map { ($0.element.zh, $0.offset) })
        localityShortNames = longestFirst(self.localities.enumerated().flatMap { i, c in c.shortNames.map { ($0, i) } })
        divisionNames = longestFirst(self.divisions.enumerated().flatMap { i, d in [(d.zh, i), (d.name, i)] })
        localityEnglishWords = self.localities.map { Self.englishKey($0.en).split(separator: " ").map(String.init) }
        divisionEnglishWords = self.divisions.map { Self.englishKey($0.en).split(separator: " ").map(String.init) }
        for (i, s) in self.issuers.enumerated() {
            issuerIndex[s.id] = i
            var names = [s.zh, s.abbreviation.lowercased(), Self.englishKey(s.en)] + s.aliases
            for former in s.formerNames ?? [] { names += [former.zh, Self.englishKey(former.en)] }
            // Keyed as a typed name is looked up (`TextSearch.nameKey`): a name with a full-width form is still found.
            for name in names.map(TextSearch.nameKey) where !name.isEmpty && issuerNames[name] == nil { issuerNames[name] = i }
        }
    }

    public func area(_ id: String) -> ActionArea? { areaIndex[id].map { areas[$0] } }
    public func division(_ code: String) -> Division? { divisionIndex[code].map { divisions[$0] } }
    public func issuer(_ id: String) -> Issuer? { issuerIndex[id].map { issuers[$0] } }

    /// A province from any name analysts use: 河北, 河北省, 冀, 130000, Hebei.
    public func resolveDivision(_ text: String) -> Division? {
        let key = TextSearch.nameKey(text)
        if let d = division(key) { return d }
        let lower = key.lowercased()
        return divisions.first { d in
            d.zh == key || d.name == key || d.short == key || d.en.lowercased() == lower
        }
    }

    /// An issuer from its id, Chinese or English name, abbreviation, alias or former name (Chinese or
    /// English). English is compared loosely: case, a leading "the", "&" for "and", punctuation and a
    /// parenthesised remark of the taxonomy's name ("(from 2018)") do not matter.
    public func resolveIssuer(_ text: String) -> Issuer? {
        let key = TextSearch.nameKey(text)
        if let s = issuer(key) { return s }
        guard let i = issuerNames[key] ?? issuerNames[key.lowercased()] ?? issuerNames[Self.englishKey(key)] else { return nil }
        return issuers[i]
    }

    /// An English name reduced to what tells bodies apart: lower case, words only, no leading "the", "&" as
    /// "and", no parenthesised remark.
    static func englishKey(_ name: String) -> String {
        var s = name.lowercased()
        if let open = s.firstIndex(of: "(") { s = String(s[..<open]) }
        s = s.replacingOccurrences(of: "&", with: " and ")
        let words = s.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return (words.first == "the" ? Array(words.dropFirst()) : words).joined(separator: " ")
    }

    /// A city from its code, Chinese name (with or without 市; 延边, 延边州) or English name. A name that is also a
    /// province's (吉林, 海南, Jilin) is the province's, and a spelling two cities share (Suzhou: 苏州, 宿州) neither's.
    public func resolveLocality(_ text: String) -> LocalDivision? {
        let key = TextSearch.nameKey(text)
        if let city = localities.first(where: { $0.code == key || $0.zh == key }) { return city }
        guard resolveDivision(key) == nil else { return nil }
        let english = Self.englishKey(key)
        let matches = localities.filter { $0.shortNames.contains(key) || Self.englishKey($0.en) == english }
        return matches.count == 1 ? matches.first : nil
    }

    /// The city whose full name (青岛市, 延边朝鲜族自治州), or with `short` one of its short names (青岛, 延边州), `text`
    /// starts with: the longest such name, in `province` when given; with the name's length in characters.
    func locality(startingWith text: String, short: Bool, in province: String? = nil) -> (length: Int, locality: LocalDivision)? {
        guard let first = text.first else { return nil }
        for (name, i) in (short ? localityShortNames : localityFullNames)[first] ?? []
        where (province == nil || localities[i].province == province) && text.hasPrefix(name) {
            return (name.count, localities[i])
        }
        return nil
    }

    /// The division whose name with or without its suffix (四川省, 四川, 广西壮族自治区) `text` starts with: the
    /// longest such name, with its length in characters.
    func division(startingWith text: String) -> (length: Int, division: Division)? {
        text.first.flatMap { divisionNames[$0] }?.first { text.hasPrefix($0.name) }.map { ($0.name.count, divisions[$0.index]) }
    }

    /// An action area from its id, Chinese or English name.
    public func resolveArea(_ text: String) -> ActionArea? {
        let key = TextSearch.nameKey(text)
        if let a = area(key) { return a }
        let lower = key.lowercased()
        return areas.first { $0.zh == key || $0.en.lowercased() == lower }
    }

    /// Action areas whose keywords occur in `text` (a title) in their sense (`KeywordSense`, since analysis version 60:
    /// 推广应用电子证照 does not code energy, 产业生态 not ecology), in taxonomy order.
    public func codeAreas(in text: String) -> [String] {
        let s = text.unicodeScalars.map(\.value)
        let otherSenses = Self.keywordSense.otherSensePlaces(in: s)
        return areas.filter { area in
            area.keywords.contains { Self.keywordSense.occurs($0.unicodeScalars.map(\.value), in: s, otherSenses: otherSenses) }
        }.map(\.id)
    }

    /// A title is compared as written (the import does not fold it).
    private static let keywordSense = KeywordSense()
}

extension String {
    /// The string without leading and trailing white space (no Foundation needed).
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
