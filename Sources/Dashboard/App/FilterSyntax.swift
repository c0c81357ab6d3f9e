import PolicyModel

/// The `f` prompt's language: `level:provincial province:川 issuer:MIIT area:电子商务 year:2016 free text`.
/// Keys may be written in Chinese too (级别 省份 机关 领域 年份).
enum FilterSyntax {
    struct ParseError: Error {
        let phrase: Phrase
        func message(_ language: Language) -> String { phrase.text(in: language) }
    }

    static func parse(_ text: String, taxonomy: Taxonomy) -> Result<DocumentFilter, ParseError> {
        var filter = DocumentFilter()
        var words: [String] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init) {
            guard let colon = token.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                words.append(token)
                continue
            }
            let key = String(token[..<colon]).lowercased()
            let value = String(token[token.index(after: colon)...])
            switch key {
            case "level", "级别":
                guard let l = Level(resolving: value) else { return .failure(ParseError(phrase: .unknownLevel(value))) }
                filter.level = l
            case "province", "region", "省份", "省":
                guard let d = taxonomy.resolveDivision(value) else { return .failure(unknown(value, .province, taxonomy, .unknownProvince(value))) }
                filter.region = d.code
            case "issuer", "机关":
                guard let i = taxonomy.resolveIssuer(value) else { return .failure(unknown(value, .issuer, taxonomy, .unknownIssuer(value))) }
                filter.issuer = i.id
            case "area", "领域":
                guard let a = taxonomy.resolveArea(value) else { return .failure(unknown(value, .area, taxonomy, .unknownArea(value))) }
                filter.area = a.id
            case "year", "年份", "年":
                // A month as the timeline opens it: year:2015-09.
                let parts = value.split(separator: "-", maxSplits: 1).map(String.init)
                guard let y = parts.first.flatMap({ Int($0) }) else { return .failure(ParseError(phrase: .yearNotANumber(value))) }
                let month = parts.count > 1 ? Int(parts[1]) : nil
                guard parts.count == 1 || month.map({ (1...12).contains($0) }) == true else {
                    return .failure(ParseError(phrase: .yearNotANumber(value)))
                }
                filter.year = y
                filter.month = month
            default:
                return .failure(ParseError(phrase: .unknownFilterKey(key)))
            }
        }
        if !words.isEmpty { filter.search = words.joined(separator: " ") }
        return .success(filter)
    }

    /// The field keys `parse` reads (level: province: issuer: area: year:, and their Chinese names).
    static let fieldKeys: Set<String> = ["level", "级别", "province", "region", "省份", "省", "issuer", "机关", "area", "领域",
                                         "year", "年份", "年"]

    /// Whether `text` holds a word written as a field of this language (`province:川`): a list other than the
    /// Documents tab filters its rows by words, and says so.
    static func holdsFieldKey(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).contains { token in
            guard let colon = token.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
            return fieldKeys.contains(token[..<colon].lowercased())
        }
    }

    /// Why a province, issuer or area was not taken: part of some names (province:河 of 河北 and 河南), which, as the
    /// command line says it; else `otherwise` (unknown).
    private static func unknown(_ value: String, _ kind: NameKind, _ taxonomy: Taxonomy, _ otherwise: Phrase) -> ParseError {
        let parts = taxonomy.nameParts(value, kinds: [kind])
        return ParseError(phrase: parts.matches.isEmpty ? otherwise : .partOfNames(kind, parts))
    }

    /// The filter written back in the prompt's language, so `f` opens with the current filter to edit.
    static func format(_ f: DocumentFilter, taxonomy: Taxonomy) -> String {
        var parts: [String] = []
        if let l = f.level { parts.append("level:\(l.rawValue)") }
        if let r = f.region { parts.append("province:\(taxonomy.division(r)?.name ?? r)") }
        if let i = f.issuer { parts.append("issuer:\(i)") }
        if let a = f.area { parts.append("area:\(a)") }
        if let period = f.period { parts.append("year:" + period) }
        if let s = f.search, !s.isEmpty { parts.append(s) }
        return parts.joined(separator: " ")
    }
}

/// The documents a filter keeps in the dashboard (the Documents tab, and the full-text search under it).
struct FilteredDocuments {
    let documents: [PolicyDocument]
    /// Under an area: how many of them are in it by their text (`AreaProfile.documentsByText`), not by a title.
    let byText: Int
    /// Under an area: documents of the kinds coded from their text whose text is not coded (no analysis yet): each
    /// may be in the area, unknown (`AreaProfile.documentsUnknown`).
    let unknown: Int

    /// An area keeps the documents its page lists and the Areas tab counts: those whose titles name it and those
    /// coded to it from their text (central policies and provinces' comprehensive main documents whose titles name
    /// no area). `DocumentFilter.matches` reads the titles only: 电子商务 kept 4 documents of the demo where the
    /// Areas tab and the area's page counted 7.
    init(_ filter: DocumentFilter, corpus: Corpus, textAreas: [String: [String]]?) {
        guard let id = filter.area, let area = corpus.taxonomy.area(id) else {
            (documents, byText, unknown) = (filter.apply(to: corpus.documents), 0, 0)
            return
        }
        let profile = AreaProfile(area: area, corpus: corpus, textAreas: textAreas)
        let coded = Set(profile.documentsByText.map(\.id))
        var rest = filter
        rest.area = nil
        documents = corpus.documents.filter { d in (d.actionAreas.ids.contains(id) || coded.contains(d.id)) && rest.matches(d) }
        byText = documents.count { coded.contains($0.id) }
        unknown = profile.documentsNotCodedFromText.count(where: rest.matches)
    }
}
