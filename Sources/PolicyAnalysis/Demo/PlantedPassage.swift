/// Ground truth of the demo corpus: one passage the generator copied from `sourceId` into `targetId`.
public struct PlantedPassage: Sendable, Hashable, Codable {
    public var sourceId: String
    public var source: TextSpan
    public var targetId: String
    public var target: TextSpan
    /// True when the copy was changed (place name swapped, number changed, clause inserted).
    public var edited: Bool
    /// What kind of copy this is; nil for generators that do not say (the standard demo generator). Left out
    /// of the JSON when nil, so planted passages without a category encode exactly as before.
    public var category: PlantedCategory?

    public init(sourceId: String, source: TextSpan, targetId: String, target: TextSpan, edited: Bool,
                category: PlantedCategory? = nil) {
        self.sourceId = sourceId
        self.source = source
        self.targetId = targetId
        self.target = target
        self.edited = edited
        self.category = category
    }
}

/// The kind of a planted copy (set by `FormulaCorpusGenerator`), so that recall can be measured per kind.
public enum PlantedCategory: String, Codable, Sendable, CaseIterable {
    /// A long passage (80-160 characters) copied word for word: stock phrases with several specific nouns.
    case verbatim
    /// A long passage (80-160 characters) copied word for word that is almost all stock formulae (at most
    /// one specific noun): only the order of the formulae and the seams between them are distinctive.
    case formulaHeavy
    /// One sentence of 25-40 characters copied word for word (typically a key-action heading sentence).
    case sentence
    /// A long passage whose place name was replaced (河北省 -> 山西省, 全国 -> 河南省).
    case placeSwapped
    /// A long passage with one number or unit changed (50亿元 -> 80亿元, 30家 -> 30个, 2020年 -> 2022年).
    case numberChanged
    /// A long passage with a clause of at most 30 characters inserted between two of its clauses.
    case clauseInserted
    /// A long passage with one of its clauses (at most 30 characters) left out.
    case clauseDropped
    /// One of the 10-30 copies, in provinces and cities, of a passage of one central document
    /// (homogenization); most verbatim, some with the place swapped (`edited` says which).
    case massCopy
}
