/// One reused passage as reported: spans in stored-text offsets of the source and the target, whether
/// the copy was edited (the aligned content differs: a changed name or number, an inserted clause), and
/// whether it is a formula (a stock phrase of unrelated documents, left out of every share).
public struct ReusePassage: Sendable, Hashable, Codable, Comparable {
    public var source: TextSpan
    public var target: TextSpan
    public var edited: Bool
    public var formula: Bool

    public init(source: TextSpan, target: TextSpan, edited: Bool, formula: Bool = false) {
        self.source = source
        self.target = target
        self.edited = edited
        self.formula = formula
    }

    enum CodingKeys: String, CodingKey { case source, target, edited, formula }

    /// `formula` is written only when true, so copies read as before.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(TextSpan.self, forKey: .source)
        target = try c.decode(TextSpan.self, forKey: .target)
        edited = try c.decode(Bool.self, forKey: .edited)
        formula = try c.decodeIfPresent(Bool.self, forKey: .formula) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(edited, forKey: .edited)
        if formula { try c.encode(true, forKey: .formula) }
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
    }

    public static func < (lhs: ReusePassage, rhs: ReusePassage) -> Bool {
        lhs.target != rhs.target ? lhs.target < rhs.target : lhs.source < rhs.source
    }
}
