/// One of the 11 key action areas of the 2015 guiding opinion (国发〔2015〕40号).
public struct ActionArea: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var order: Int
    public var zh: String
    public var en: String
    /// An English label of at most 8 characters for narrow columns (the Chinese name is short already).
    public var short: String?
    /// Words whose presence in a title or clause codes it into this area.
    public var keywords: [String]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
    /// The name for a narrow column: the Chinese name, or the short English label.
    public var shortName: LocalizedText { LocalizedText(zh: zh, en: short ?? en) }
}
