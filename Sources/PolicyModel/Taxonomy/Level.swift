/// The administrative level a document (or issuer) belongs to.
public enum Level: String, Codable, NamedChoice, Sendable, CaseIterable, Comparable {
    public static let choiceName = LocalizedText(zh: "级别", en: "level")

    case national, ministerial, provincial, municipal

    /// National and ministerial documents are "the centre" in the review's terms.
    public var isCentral: Bool { self == .national || self == .ministerial }

    public var name: LocalizedText {
        switch self {
        case .national: LocalizedText(zh: "国家", en: "National")
        case .ministerial: LocalizedText(zh: "部委", en: "Ministerial")
        case .provincial: LocalizedText(zh: "省级", en: "Provincial")
        case .municipal: LocalizedText(zh: "市级", en: "Municipal")
        }
    }

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}
