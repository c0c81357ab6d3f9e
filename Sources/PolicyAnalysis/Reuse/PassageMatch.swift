/// A passage in content coordinates (indices into `NormalizedText(mode: .content)`), as the detector finds
/// it. Kept alongside the stored-text spans because coverage shares are counted in content characters.
public struct PassageMatch: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var sourceRange: Range<Int>
    public var targetRange: Range<Int>
    public var fingerprints: Int
    public var edited: Bool

    public init(source: Int, target: Int, sourceRange: Range<Int>, targetRange: Range<Int>, fingerprints: Int,
                edited: Bool) {
        self.source = source
        self.target = target
        self.sourceRange = sourceRange
        self.targetRange = targetRange
        self.fingerprints = fingerprints
        self.edited = edited
    }
}
