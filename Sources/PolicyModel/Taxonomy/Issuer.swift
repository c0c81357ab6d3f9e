/// A body that issues documents: the State Council, its General Office, a ministry, or a generic local issuer.
public struct Issuer: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var zh: String
    public var en: String
    public var abbreviation: String
    public var level: Level
    /// Prefixes of the document numbers it uses (国发, 工信部, 发改).
    public var numberPrefixes: [String]
    /// Former and alternative names (农业部 for 农业农村部).
    public var aliases: [String]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
