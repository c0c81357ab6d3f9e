/// One reused passage as reported: spans in stored-text offsets of the source and the target, and whether
/// the copy was edited (the aligned content differs: a changed name or number, an inserted clause).
public struct ReusePassage: Sendable, Hashable, Codable, Comparable {
    public var source: TextSpan
    public var target: TextSpan
    public var edited: Bool

    public init(source: TextSpan, target: TextSpan, edited: Bool) {
        self.source = source
        self.target = target
        self.edited = edited
    }

    public static func < (lhs: ReusePassage, rhs: ReusePassage) -> Bool {
        lhs.target != rhs.target ? lhs.target < rhs.target : lhs.source < rhs.source
    }
}
