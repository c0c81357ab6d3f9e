/// A statement in both languages with where it comes from in the cited source (a section locator).
public struct LocatedText: Codable, Sendable, Hashable {
    public var zh: String
    public var en: String
    /// Section numbers as printed in the source, e.g. "section 3.2 (三（二）), cause 1".
    public var locator: String?

    public init(zh: String, en: String, locator: String? = nil) {
        self.zh = zh
        self.en = en
        self.locator = locator
    }

    public var localized: LocalizedText { LocalizedText(zh: zh, en: en) }

    public func text(in language: Language) -> String { localized.text(in: language) }
}
