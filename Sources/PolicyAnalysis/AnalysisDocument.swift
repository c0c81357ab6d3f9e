/// The analysis input: plain values so that this module does not depend on the corpus model's types.
/// Every offset reported about a document is a Unicode-scalar offset into `text`, end exclusive.
public struct AnalysisDocument: Sendable, Hashable, Codable {
    public var id: String
    public var level: DocumentLevel
    /// GB/T 2260 code of the region (e.g. "330000"); nil for national documents.
    public var regionCode: String?
    public var issuerIds: [String]
    /// "YYYY-MM-DD" (a prefix such as "YYYY" also sorts correctly); nil when unknown.
    public var date: String?
    public var text: String

    public init(id: String, level: DocumentLevel, regionCode: String? = nil, issuerIds: [String] = [],
                date: String? = nil, text: String) {
        self.id = id
        self.level = level
        self.regionCode = regionCode
        self.issuerIds = issuerIds
        self.date = date
        self.text = text
    }

    /// The province a document belongs to: the first two digits of a six-digit code, so that a city
    /// and its province count as the same region for horizontal reuse.
    public var provinceKey: String? {
        guard let code = regionCode, !code.isEmpty else { return nil }
        // Six ASCII digits, the usual case, without going through scalar properties (asked per pair and document).
        if code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return String(decoding: code.utf8.prefix(2), as: UTF8.self) + "0000"
        }
        let scalars = Array(code.unicodeScalars)
        if scalars.count == 6, scalars.allSatisfy({ $0.properties.numericType != nil }) {
            return String(String.UnicodeScalarView(scalars.prefix(2))) + "0000"
        }
        return code
    }
}
