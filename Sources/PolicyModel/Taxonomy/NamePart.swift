/// What an analyst typed for a province, issuer or action area that names none but is part of some names (河 of 河北
/// and 河南, 农业 of 农业农村部 and 现代农业, "agri" of Modern agriculture): the one resolver the command line (`show`,
/// `list --province/--issuer/--area`, `review add`) and the dashboard (the `f` filter) ask, so that each says the
/// same: which names, never one of them taken silently.
public enum NameKind: Sendable, CaseIterable {
    case province, issuer, area

    /// What the kind is called, singular: 省份 / province.
    public var noun: LocalizedText {
        switch self {
        case .province: LocalizedText(zh: "省份", en: "province")
        case .issuer: LocalizedText(zh: "发文机关", en: "issuer")
        case .area: LocalizedText(zh: "行动领域", en: "action area")
        }
    }

    /// The English noun for `count` things: "province", "provinces".
    public func english(_ count: Int) -> String { count == 1 ? noun.en : noun.en + "s" }
}

/// A province, issuer or area whose name holds what was typed.
public struct NameMatch: Sendable, Hashable {
    public var kind: NameKind
    public var id: String
    public var name: LocalizedText
    /// The English name in a list of several: an issuer's abbreviation (MIIT), else the English name.
    public var shortEnglish: String

    public init(kind: NameKind, id: String, name: LocalizedText, shortEnglish: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.shortEnglish = shortEnglish
    }
}

/// The matches of a part of names, and how they are listed in a message: at most `limit` names (8 on the command
/// line), then how many more, so that `省` (23 provinces) stays a line or two at 80 columns.
public struct NameParts: Sendable {
    public var text: String
    public var matches: [NameMatch]

    /// How many names a command-line message lists before "and N more".
    public static let listed = 8
    /// How many a one-line message (the dashboard's status line) lists: at 80 columns "ambiguous province: 省 matches
    /// Hebei, Shanxi, Liaoning and 19 more" beside the breadcrumb.
    public static let listedOnOneLine = 3

    public init(text: String, matches: [NameMatch]) {
        self.text = text
        self.matches = matches
    }

    /// The names listed, the first `limit`, each as "河北" / "河北 (Hebei)" ("工业和信息化部 (MIIT)": an issuer by its
    /// abbreviation): "河北、河南" / "河北 (Hebei) and 河南 (Henan)"; past the limit "…、安徽 等 22 个" / "…, 安徽 (Anhui) and 14
    /// more". `labelled` puts each kind's noun before its names ("省份 河北、河南，发文机关 省人民政府" / "the provinces 河北
    /// (Hebei) and 河南 (Henan); the issuer 省人民政府 (PG)") and counts a kind the limit left out ("另有发文机关 3 个" /
    /// "and of 3 issuers"), for a message that looked for several kinds. Not `bilingual`, the English names alone
    /// ("Hebei and Henan", "MIIT and MOF"), as the dashboard names them in English.
    public func list(limit: Int = NameParts.listed, labelled: Bool = false, bilingual: Bool = true) -> LocalizedText {
        let shown = Set(matches.prefix(max(1, limit)))
        var zh: [String] = [], en: [String] = []
        for kind in NameKind.allCases {
            let all = matches.filter { $0.kind == kind }
            let names = all.filter(shown.contains)
            let more = all.count - names.count
            guard !all.isEmpty else { continue }
            guard !names.isEmpty else {
                zh.append("另有\(kind.noun.zh) \(all.count) 个")
                en.append("and of \(all.count) \(kind.english(all.count))")
                continue
            }
            let english = names.map { bilingual ? "\($0.name.zh) (\($0.shortEnglish))" : $0.shortEnglish }
            let zhNames = names.map(\.name.zh).joined(separator: "、") + (more > 0 ? " 等 \(all.count) 个" : "")
            let enNames = more > 0 ? english.joined(separator: ", ") + " and \(more) more" : EnglishList.and(english)
            zh.append(labelled ? "\(kind.noun.zh) \(zhNames)" : zhNames)
            en.append(labelled ? "the \(kind.english(all.count)) \(enNames)" : enNames)
        }
        return LocalizedText(zh: zh.joined(separator: "，"), en: en.joined(separator: "; "))
    }

    /// The one name matched, as a sentence names it: "内蒙古" / "内蒙古 (Inner Mongolia)"; nil for none or several.
    public var only: LocalizedText? {
        guard matches.count == 1, let m = matches.first else { return nil }
        return LocalizedText(zh: m.name.zh, en: "\(m.name.zh) (\(m.name.en))")
    }

    /// For the command line, where one kind was asked for (`list --province 河`, `review add --set-area 农业`): "ambiguous
    /// province '河': it is part of the names of 河北 (Hebei) and 河南 (Henan); give the name in full", or for one match
    /// "unknown province '蒙古'; did you mean 内蒙古 (Inner Mongolia)?". Nil when it is part of no name.
    public func message(for kind: NameKind) -> LocalizedText? {
        if let one = only {
            return LocalizedText(zh: "未知\(kind.noun.zh)“\(text)”；是不是 \(one.zh)？", en: "unknown \(kind.noun.en) '\(text)'; did you mean \(one.en)?")
        }
        guard !matches.isEmpty else { return nil }
        let names = list()
        return LocalizedText(zh: "\(kind.noun.zh)“\(text)”不明确：\(names.zh) 的名称都含有它；请写全名",
                             en: "ambiguous \(kind.noun.en) '\(text)': it is part of the names of \(names.en); give the name in full")
    }

    /// For the command line, where anything was asked for (`show 河`, `review add --target 河`): "'河' is ambiguous: it
    /// is part of the names of the provinces 河北 (Hebei) and 河南 (Henan); give the name in full", or for one match
    /// `unknown` (what the text is not) and "did you mean the province 内蒙古 (Inner Mongolia)?". Nil when it is part
    /// of no name.
    public func message(unknown: LocalizedText) -> LocalizedText? {
        if let one = only, let kind = matches.first?.kind {
            return LocalizedText(zh: unknown.zh + "；是不是\(kind.noun.zh) \(one.zh)？", en: unknown.en + "; did you mean the \(kind.noun.en) \(one.en)?")
        }
        guard !matches.isEmpty else { return nil }
        let names = list(labelled: true)
        return LocalizedText(zh: "“\(text)”不明确：\(names.zh) 的名称都含有它；请写全名",
                             en: "'\(text)' is ambiguous: it is part of the names of \(names.en); give the name in full")
    }
}

extension Taxonomy {
    /// The provinces, issuers and areas of `kinds` (in that order, each in taxonomy order) with a name that holds
    /// `text` where it names none of that kind: a Chinese name (an issuer's aliases and former names too) that
    /// contains it, or an English name with a word from which it starts (two letters at least: "he" of Hebei,
    /// Henan, Heilongjiang; "rural affairs"). A kind that `text` names exactly contributes none.
    public func nameParts(_ text: String, kinds: [NameKind] = NameKind.allCases) -> NameParts {
        let key = text.trimmingWhitespace()
        var matches: [NameMatch] = []
        guard !key.isEmpty else { return NameParts(text: text, matches: []) }
        for kind in kinds {
            switch kind {
            case .province where resolveDivision(key) == nil:
                matches += divisions.filter { Self.holds(key, chinese: [$0.zh, $0.name], english: $0.en) }
                    .map { NameMatch(kind: .province, id: $0.code, name: $0.displayName, shortEnglish: $0.en) }
            case .issuer where resolveIssuer(key) == nil:
                matches += issuers.filter { Self.holds(key, chinese: [$0.zh] + $0.aliases + ($0.formerNames ?? []).map(\.zh), english: $0.en) }
                    .map { NameMatch(kind: .issuer, id: $0.id, name: $0.name, shortEnglish: $0.abbreviation.isEmpty ? $0.en : $0.abbreviation) }
            case .area where resolveArea(key) == nil:
                matches += areas.filter { Self.holds(key, chinese: [$0.zh], english: $0.en) }
                    .map { NameMatch(kind: .area, id: $0.id, name: $0.name, shortEnglish: $0.en) }
            default:
                continue
            }
        }
        return NameParts(text: key, matches: matches)
    }

    /// Whether a Chinese name contains `key`, or the English name (without a parenthesised remark) has a word from
    /// which it starts.
    private static func holds(_ key: String, chinese: [String], english: String) -> Bool {
        if chinese.contains(where: { $0.contains(key) }) { return true }
        let lower = key.lowercased()
        guard lower.count > 1 else { return false }
        var name = english.lowercased()
        if let open = name.firstIndex(of: "(") { name = String(name[..<open]) }
        let words = name.split(separator: " ")
        return words.indices.contains { words[$0...].joined(separator: " ").hasPrefix(lower) }
    }
}
