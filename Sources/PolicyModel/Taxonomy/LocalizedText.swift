/// A name or sentence in both interface languages.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .chinese ? zh : en
    }

    /// The text after a prefix in each language ("cannot read the file: " + the reason).
    public func prefixed(zh zhPrefix: String, en enPrefix: String) -> LocalizedText {
        LocalizedText(zh: zhPrefix + zh, en: enPrefix + en)
    }
}
