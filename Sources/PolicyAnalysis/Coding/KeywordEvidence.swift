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

    public static func < (lhs: KeywordEvidence, rhs: KeywordEvidence) -> Bool {
        lhs.span != rhs.span ? lhs.span < rhs.span : lhs.code < rhs.code
    }
}
