/// A half-open range of Unicode-scalar offsets into a document's stored text.
/// Encoded as a two-element array `[start, end]` to keep the JSON contract compact.
public struct TextSpan: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public var description: String { "[\(start), \(end))" }

    public func overlap(with other: TextSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let s = try container.decode(Int.self)
        let e = try container.decode(Int.self)
        self.init(s, e)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    /// The substring of `text` this span covers (for tests, display and evidence checks).
    public func substring(of text: String) -> String {
        // Walked to the span's end only: counting the scalars first walked the whole text for every span.
        let scalars = text.unicodeScalars
        guard start >= 0, start <= end,
              let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return "" }
        return String(scalars[from..<to])
    }
}
