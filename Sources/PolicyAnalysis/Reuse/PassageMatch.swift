/// A passage in content coordinates (indices into `NormalizedText(mode: .content)`), as the detector finds
/// it. Kept alongside the stored-text spans because coverage shares are counted in content characters.
public struct PassageMatch: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var sourceRange: Range<Int>
    public var targetRange: Range<Int>
    /// Identical characters in the aligned passage (its length less what edits changed).
    public var identical: Int
    public var edited: Bool
    /// A stock phrase found across unrelated documents, not a copy: listed, left out of every share.
    public var formula: Bool
    /// For a passage that only the short-passage rule (`ReuseParameters.formulaShortChance`) made a formula:
    /// how many documents would hold its anchor by chance; 0 for any other passage. A neighbour of the same
    /// pair may make it a copy again (`PassageChainer.keepNeighbours`).
    var chanceFill: Float = 0

    public init(source: Int, target: Int, sourceRange: Range<Int>, targetRange: Range<Int>, identical: Int,
                edited: Bool, formula: Bool = false) {
        self.source = source
        self.target = target
        self.sourceRange = sourceRange
        self.targetRange = targetRange
        self.identical = identical
        self.edited = edited
        self.formula = formula
    }
}
