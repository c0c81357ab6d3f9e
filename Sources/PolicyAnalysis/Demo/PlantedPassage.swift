/// Ground truth of the demo corpus: one passage the generator copied from `sourceId` into `targetId`.
public struct PlantedPassage: Sendable, Hashable, Codable {
    public var sourceId: String
    public var source: TextSpan
    public var targetId: String
    public var target: TextSpan
    /// True when the copy was changed (place name swapped, number changed, clause inserted).
    public var edited: Bool

    public init(sourceId: String, source: TextSpan, targetId: String, target: TextSpan, edited: Bool) {
        self.sourceId = sourceId
        self.source = source
        self.targetId = targetId
        self.target = target
        self.edited = edited
    }
}
