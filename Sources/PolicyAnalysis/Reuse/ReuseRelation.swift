import PolicyModel

/// How two documents that share text relate, in the terms of the 2020 review.
public enum ReuseRelation: String, Codable, Sendable, CaseIterable, Hashable {
    /// From the centre (national or ministerial) down to a province or city: vertical homogenization.
    case vertical
    /// Between provinces (different provincial regions): horizontal homogenization.
    case horizontal
    /// Between central documents of different issuers: the fragmentation of the centre.
    case central
    /// Anything else (same region but province to city, same issuer, local to central).
    case other
    /// From a provincial document down to a city's or county's of the same province: the province passing on
    /// text, its own or the centre's (since analysis version 24; `other` before).
    case provinceToCity

    /// What the relation is called, in the review's terms.
    public var label: LocalizedText {
        switch self {
        case .vertical: LocalizedText(zh: "纵向（中央→地方）", en: "vertical (centre → local)")
        case .horizontal: LocalizedText(zh: "横向（省际）", en: "horizontal (between provinces)")
        case .central: LocalizedText(zh: "中央部门间", en: "between central issuers")
        case .other: LocalizedText(zh: "其他", en: "other")
        case .provinceToCity: LocalizedText(zh: "省内（省→市县）", en: "within a province (province → city)")
        }
    }

    public static func between(source: AnalysisDocument, target: AnalysisDocument) -> ReuseRelation {
        between(source: Party(source), target: Party(target))
    }

    /// What the relation reads of a document, made once per document where many pairs are classified (its
    /// province key is a string made anew each time it is asked for).
    struct Party: Sendable {
        let level: DocumentLevel
        let provinceKey: String?
        let issuerIds: [String]

        init(_ document: AnalysisDocument) {
            level = document.level
            provinceKey = document.provinceKey
            issuerIds = document.issuerIds
        }
    }

    static func between(source: Party, target: Party) -> ReuseRelation {
        switch (source.level.isCentral, target.level.isCentral) {
        case (true, false):
            return .vertical
        case (false, false):
            if let a = source.provinceKey, let b = target.provinceKey, a != b { return .horizontal }
            if source.level == .provincial && target.level == .municipal && source.provinceKey != nil
                && source.provinceKey == target.provinceKey { return .provinceToCity }
            return .other
        case (true, true):
            let a = Set(source.issuerIds), b = Set(target.issuerIds)
            return !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b) ? .central : .other
        case (false, true):
            return .other
        }
    }
}
