import PolicyModel

/// One finding of the review with the verdict the corpus gives it, why, and what was looked at.
/// JSON: `{"id", "problem", "text", "citation", "verdict", "reason", "evidence": [...]}`.
public struct FindingCheck: Codable, Sendable, Hashable {
    public var id: String
    /// The problem family the finding bears on, if any.
    public var problem: String?
    public var text: LocalizedText
    public var citation: CitationReference
    public var verdict: FindingVerdict
    public var reason: LocalizedText
    public var evidence: [FindingEvidence]
}

/// A figure or fact the verdict rests on, with where to look: a document, or two documents to compare.
public struct FindingEvidence: Codable, Sendable, Hashable {
    public var zh: String
    public var en: String
    /// A document to open.
    public var document: String?
    /// Two documents to open side by side (source, target).
    public var compare: [String]?

    public init(_ text: LocalizedText, document: String? = nil, compare: [String]? = nil) {
        zh = text.zh
        en = text.en
        self.document = document
        self.compare = compare
    }

    public var text: LocalizedText { LocalizedText(zh: zh, en: en) }
}

/// What a finding's test returns: the verdict, its reason and evidence.
public struct FindingOutcome: Sendable {
    public var verdict: FindingVerdict
    public var reason: LocalizedText
    public var evidence: [FindingEvidence]

    public init(_ verdict: FindingVerdict, _ reason: LocalizedText, evidence: [FindingEvidence] = []) {
        self.verdict = verdict
        self.reason = reason
        self.evidence = evidence
    }
}
