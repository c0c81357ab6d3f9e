/// A keyword found in a document: the code it stands for, the keyword, and where it is (stored-text span).
public struct KeywordEvidence: Sendable, Hashable, Codable, Comparable {
    public var code: String
    public var keyword: String
    public var span: TextSpan

    public init(code: String, keyword: String, span: TextSpan) {
        self.code = code
        self.keyword = keyword
        self.span = span
    }

    /// The policy tool the keyword codes (its code is "tool:<id>", as `ClauseCoder` makes it); nil for an action area's.
    public var tool: String? { code.hasPrefix("tool:") ? String(code.dropFirst("tool:".count)) : nil }

    public static func < (lhs: KeywordEvidence, rhs: KeywordEvidence) -> Bool {
        lhs.span != rhs.span ? lhs.span < rhs.span : lhs.code < rhs.code
    }
}
