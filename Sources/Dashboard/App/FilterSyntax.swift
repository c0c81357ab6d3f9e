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
