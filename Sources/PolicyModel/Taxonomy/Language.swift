/// The two languages of the interface and of the taxonomy.
public enum Language: String, Sendable, CaseIterable, Codable {
    case chinese = "zh"
    case english = "en"

    public var other: Language { self == .chinese ? .english : .chinese }

    /// `IPAP_LANG` (zh or en) when set, else Chinese when the locale (LC_ALL, LC_MESSAGES, LANG) is Chinese.
    public static func preferred(environment: [String: String]) -> Language {
        if let explicit = environment["IPAP_LANG"]?.lowercased() {
            if explicit.hasPrefix("zh") { return .chinese }
            if explicit.hasPrefix("en") { return .english }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}
