/// All passages one document took from another, with the relation and the shares they cover.
public struct ReusePair: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var relation: ReuseRelation
    /// Content characters of the target covered by the passages / content characters of the target.
    public var targetShare: Double
    /// The same for the source side.
    public var sourceShare: Double
    public var passages: [ReusePassage]

    public init(source: String, target: String, relation: ReuseRelation, targetShare: Double, sourceShare: Double,
                passages: [ReusePassage]) {
        self.source = source
        self.target = target
        self.relation = relation
        self.targetShare = targetShare
        self.sourceShare = sourceShare
        self.passages = passages
    }

    /// The passages one document took from the other; the rest are formulae (listed, never counted).
    public var copies: [ReusePassage] { passages.filter { !$0.formula } }
}
