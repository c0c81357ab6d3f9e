/// One of the 11 key action areas of the 2015 guiding opinion (国发〔2015〕40号).
public struct ActionArea: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var order: Int
    public var zh: String
    public var en: String
    /// Words whose presence in a title or clause codes it into this area.
    public var keywords: [String]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
