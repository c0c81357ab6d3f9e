/// A reuse pair without its passages (which are in the two documents' parts of a stored analysis): the
/// relation, the shares and how many passages there are, enough to rank and list pairs.
public struct ReusePairSummary: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var relation: ReuseRelation
    public var targetShare: Double
    public var sourceShare: Double
    /// Passages one document took from the other (`ReusePair.copies`).
    public var copies: Int
    /// Formula passages: listed, never counted.
    public var formulae: Int
}

extension ReusePairSummary {
    public init(_ pair: ReusePair) {
        source = pair.source
        target = pair.target
        relation = pair.relation
        targetShare = pair.targetShare
        sourceShare = pair.sourceShare
        copies = pair.copies.count
        formulae = pair.passages.count - copies
    }
}
