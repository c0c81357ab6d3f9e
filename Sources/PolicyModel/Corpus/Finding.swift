/// A fact reported by a cited source, in the project's own words, attached to what it is about.
public struct Finding: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The problem family it bears on, if any.
    public var family: String?
    public var about: [Subject]
    public var zh: String
    public var en: String
    public var citation: CitationReference

    public var text: LocalizedText { LocalizedText(zh: zh, en: en) }

    public struct Subject: Codable, Sendable, Hashable {
        public var kind: Kind
        public var id: String

        public init(kind: Kind, id: String) {
            self.kind = kind
            self.id = id
        }

        public enum Kind: String, Codable, Sendable {
            case province, issuer, document, area, corpus
        }
    }

    public func isAbout(_ kind: Subject.Kind, _ id: String) -> Bool {
        about.contains { $0.kind == kind && $0.id == id }
    }
}

public struct CitationReference: Codable, Sendable, Hashable {
    public var source: String
    public var locator: String?
}

/// `findings.json`.
struct FindingsFile: Codable {
    var schema: Int
    var findings: [Finding]
}
