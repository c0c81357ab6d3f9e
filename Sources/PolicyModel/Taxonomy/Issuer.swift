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
    /// Names it carried before a reorganisation, with the last day each was in use (nil: never renamed).
    public var formerNames: [FormerName]?

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }

    /// A name the body carried until a date.
    public struct FormerName: Codable, Sendable, Hashable {
        public var zh: String
        public var en: String
        public var until: PolicyDate

        public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
    }

    /// The name as it stood on a document: a former name written on the document (`issuerText`) wins;
    /// else the former name in use on its date (both when two bodies merged and the document names neither);
    /// else today's name. `current` is today's name when it differs: the lineage, one step away.
    public func name(on date: PolicyDate?, issuerText: String?) -> (name: LocalizedText, current: LocalizedText?) {
        let former = formerNames ?? []
        if let text = issuerText, let written = former.first(where: { text.contains($0.zh) }) {
            return (written.name, name)
        }
        if issuerText?.contains(zh) == true { return (name, nil) }
        guard let date else { return (name, nil) }
        let inUse = former.filter { date <= $0.until }
        guard !inUse.isEmpty else { return (name, nil) }
        return (LocalizedText(zh: inUse.map(\.zh).joined(separator: "或"), en: inUse.map(\.en).joined(separator: " or ")), name)
    }
}

extension Taxonomy {
    /// A document's issuers as named on its date, each with today's name one step away when it changed:
    /// "农业部（今 农业农村部）" / "Ministry of Agriculture (now Ministry of Agriculture and Rural Affairs)".
    /// The document's issuers by name; when none is one the taxonomy knows, the issuer as the source wrote it
    /// (an issuer kept as written at import: "成都市人民政府" showed no issuer at all).
    public func issuerNames(of d: PolicyDocument, in language: Language) -> [String] {
        let known = d.issuers.compactMap { issuer($0) }
        if known.isEmpty, let written = d.issuerText?.trimmingWhitespace(), !written.isEmpty { return [written] }
        return known.map { s in
            let named = s.name(on: d.lagDate ?? d.date, issuerText: d.issuerText)
            let text = named.name.text(in: language)
            guard let current = named.current else { return text }
            return language == .chinese ? "\(text)（今 \(current.zh)）" : "\(text) (now \(current.en))"
        }
    }
}
