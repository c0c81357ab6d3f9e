/// Parameters of text-reuse detection. They are written into the analysis output so that every result
/// says how it was made.
public struct ReuseParameters: Sendable, Hashable, Codable {
    /// k-gram length in content characters. 10 Chinese characters are about 5-6 words, the span passim
    /// and LID use (word 5-grams); shorter k makes chance matches between unrelated texts common,
    /// longer k loses short runs between two edits.
    public var k: Int = 10
    /// Winnowing window. Guarantee t = k + w - 1 = 15: any shared run of 15 content characters is found;
    /// fingerprint density is about 2 / (w + 1) = 29% of positions.
    public var window: Int = 6
    /// A fingerprint is boilerplate when it occurs in more than this share of documents ...
    public var boilerplateShare: Double = 0.2
    /// ... and in at least this many documents (so small corpora keep all their reuse) ...
    public var boilerplateMinDocuments: Int = 10
    /// ... and either in central documents of at least this many different issuers (a formula of the
    /// centre) or in no central document at all (a local formula). Text of one or two central issuers
    /// found in many provinces is vertical copying, the homogenization the analysis reports: kept.
    public var boilerplateCentralIssuers: Int = 3
    /// Largest edit (changed name or number, inserted clause), in content characters on either side,
    /// that still joins two matching runs into one passage.
    public var gapTolerance: Int = 24
    /// A passage needs at least one identical stretch of this many non-boilerplate content characters
    /// (about one clause). Shorter shared stretches are signatures, dates and headings, not reuse.
    public var minPassageLength: Int = 25
    /// Fewest shared fingerprints in a passage; a single chance k-gram never makes a passage.
    public var minFingerprints: Int = 2
    /// A fingerprint held by more documents than this is matched only against its earliest holders (this
    /// many): the source of widely copied text is among them, and chaining every copy with every other copy
    /// (which the indirect-copy filter would drop) grows with the square of the copies.
    public var maxSourcesPerFingerprint: Int = 32
    /// Share of a goals or actions section covered from one central source that counts as "identical".
    public var identicalThreshold: Double = 0.9

    public init() {}

    public var guarantee: Int { k + window - 1 }
}
