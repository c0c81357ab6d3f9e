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
}
