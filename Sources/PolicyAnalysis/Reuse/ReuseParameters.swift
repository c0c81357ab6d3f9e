/// Parameters of text-reuse detection. They are written into the analysis output so that every result
/// says how it was made. Lengths are in content characters (letters, digits, CJK; no punctuation or
/// whitespace), the units the analysis compares texts in.
public struct ReuseParameters: Sendable, Hashable, Codable {
    /// k-gram length. 10 Chinese characters are about 5-6 words, the span passim and LID use (word
    /// 5-grams); shorter k makes chance seeds between unrelated texts common, longer k loses short runs
    /// between two edits.
    public var k: Int = 10
    /// Winnowing window. Any shared run of k + w - 1 = 15 characters shares a selected fingerprint, so
    /// every shared run of `minPassageLength` or more holds a seed; density about 2 / (w + 1) = 29%.
    public var window: Int = 6
    /// A fingerprint is *frequent* when it occurs in more than this share of documents ...
    public var formulaShare: Double = 0.2
    /// ... and in at least this many documents (so small corpora keep all their reuse).
    public var formulaMinDocuments: Int = 10
    /// A fingerprint in more than this share of documents (and at least `formulaMinDocuments`) finds no candidate
    /// pair, unless it descends from the centre (`formulaCentralIssuers`), though it is measured inside every
    /// passage found (since analysis version 64; `formulaShare` before). Pairs that share only such phrases were
    /// 93% of the pairs aligned on formula-heavy text, every one of them judged a formula after its alignment.
    public var seedShare: Double = 0.05
    /// A frequent fingerprint is a *formula* fingerprint when central documents of at least this many
    /// different issuers hold it, or no central document does. One held by one or two central issuers and
    /// many local documents descends from the centre: vertical copying, matched against the centre only.
    public var formulaCentralIssuers: Int = 3
    /// A passage is a formula (listed, flagged, left out of every share) when the whole clauses both
    /// documents hold inside it that are not formula clauses (frequent as above) come to fewer characters
    /// than this: nothing of its own. A copy made of stock phrases keeps the clauses that carry its nouns.
    public var formulaOwnLength: Int = 8
    /// ... unless it holds a run of `formulaRunClauses` or more whole clauses side by side, over
    /// `formulaRunLength` characters or more: stock formulae in an order of their own (80-160 characters of
    /// them is a copied passage the boilerplate filters of other tools miss), which `formulaChance` then
    /// judges by the order the corpus puts clauses in. Shorter runs keep the clause-by-clause rule: three
    /// formulae side by side in an order two documents share by chance come to 35-65 characters.
    public var formulaRunClauses: Int = 3
    public var formulaRunLength: Int = 60
    /// ... and only with this many unusual junctions: a clause right after the one before it less than
    /// `formulaUnusualJunction` times as often as documents hold it at all. Formulae every document strings
    /// together the same way ("各地区、各部门要高度重视，加强组织领导，明确责任分工") follow each other as often
    /// as they occur, or more: a closing paragraph of them is a formula however long; formulae put in an
    /// order of a writer's own follow each other about as often as any two clauses do, far less.
    public var formulaRunJunctions: Int = 5
    public var formulaUnusualJunction: Double = 0.5
    /// A clause shorter than this that documents of `formulaShortFamilies` different writers (a central
    /// issuer, a province) hold is a stock phrase whatever the corpus's size ("结合本地区实际", an addressee
    /// such as "各直属机构").
    public var formulaShortLength: Int = 12
    public var formulaShortFamilies: Int = 3
    /// A passage is a formula, too, when this many documents besides its source would hold its shared
    /// clauses in that order by chance (each document drawing clauses at the rates the corpus shows, and,
    /// in a long run of clauses, putting one after another as often as the corpus does): a stock sentence
    /// several documents fill with the same noun, two common sentences side by side.
    /// Judged only in corpora of `formulaMinDocuments` or more.
    public var formulaChance: Double = 2
    /// A passage with fewer identical characters than this is a formula, too, when its longest identical
    /// stretch would be held by `formulaShortChance` documents or more if its parts (disjoint fingerprints)
    /// were put together at random: a common template filled with a common noun.
    public var formulaShortPassage: Int = 40
    public var formulaShortChance: Double = 1
    /// ... unless another passage of the same pair stands within this many characters of it in both texts
    /// (since analysis version 28): sentences copied in another order.
    public var formulaNeighbourGap: Int = 8
    /// A passage whose longest identical stretch has at least this many characters (the guarantee's run) is a
    /// copy whatever the rules above estimate, when no document besides the pair can hold that stretch
    /// (since analysis version 32): a formula is text found across unrelated documents, and this is found in
    /// two. Counted, not estimated: see `StretchHolders`.
    public var formulaPairOnlyLength: Int = 30
    /// ... and when at most this many documents besides the pair hold that stretch, each taking a copy of
    /// `formulaShortPassage` identical characters or more elsewhere from the source, the target or another such
    /// holder (since analysis version 40, `DescentRule`): they descend from one earliest holder, as a copy's
    /// holders do.
    public var formulaDescentHolders: Int = 3
    /// Largest edit (changed name or number, inserted or dropped clause), in characters on either side,
    /// that an alignment bridges without splitting the passage.
    public var gapTolerance: Int = 32
    /// Shortest identical stretch that re-anchors an alignment after an edit; the stretch must also be
    /// at least half as long as the edit it bridges, so that a chance phrase after the copy's end is not
    /// taken into it.
    public var anchorLength: Int = 8
    /// A shorter stretch before an edit re-anchors too when it starts a clause in both texts, is at least
    /// this long, and the edit is no longer than `clauseAnchorGap`: "到2020年，" before a place name the
    /// copy changed.
    public var clauseAnchorLength: Int = 5
    public var clauseAnchorGap: Int = 8
    /// And a stretch of `shortAnchorLength` or more that starts (ends) a clause in both texts re-anchors past
    /// one to three characters changed (`shortAnchorGap`) in that clause, when it is at least as long as the
    /// change: "实现全" before 国 changed to 省 (since analysis version 34), "五年内" before 全国 changed to 宜昌市 (three
    /// since version 46).
    public var shortAnchorLength: Int = 3
    public var shortAnchorGap: Int = 3
    /// A passage needs one identical stretch of this many characters (a clause). Shorter shared stretches
    /// are signatures, dates, headings and slot-filled templates, not reuse.
    public var minPassageLength: Int = 25
    /// A fingerprint held by more documents than this is matched only against its earliest holders (this
    /// many): the source of widely copied text is among them, and matching every copy with every other
    /// copy (which the indirect-copy filter would drop) grows with the square of the copies.
    public var maxSourcesPerFingerprint: Int = 32
    /// A candidate pair is aligned only when one of its seeds is a fingerprint the source holds first (the
    /// earliest of the target's earlier holders), or one that at most this many of them hold: a source all of
    /// whose shared text several earlier documents hold too took it from them, as the target did, and the
    /// indirect-copy filter would drop the pair; rare text always seeds.
    public var originFreeHolders: Int = 3
    /// ... or, of two fingerprints `originCoHolderDistance` apart in the target that each have more than
    /// `originFreeHolders` but at most this many earlier holders, the earliest document that holds both at that
    /// distance (since analysis version 41): the first holder of the stretch they make, a sentence of template
    /// clauses copied whole.
    public var originCoHolderLimit: Int = 8
    public var originCoHolderDistance: ClosedRange<Int32> = 5...20
    /// A city's (or county's) passage from its own province's earlier document is aligned however many
    /// documents hold the text, and kept by the indirect-copy filter when the centre holds it too, unless
    /// the city's text is surely closer to the centre's version than to the province's: text
    /// passes down centre -> province -> city, and a city implements its province's document (since
    /// analysis version 23).
    public var provinceToCityChains: Bool = true
    /// A passage S -> T is kept beside an earlier R -> T when T holds S's version of R's text by at least this many
    /// characters more than R's version can have there (a clause S inserted): T took S's version (since analysis
    /// version 55). Fewer are chance: two provinces that each put their own place name into a central sentence
    /// share its 市, and two that each insert a stock clause (鼓励先行先试, 8 characters at most) may insert the same.
    public var editedVersionLead: Int = 16
    /// Share of a goals or actions section covered from one central source that counts as "identical".
    public var identicalThreshold: Double = 0.9

    public init() {}

    /// Any identical run of this many characters shares a selected fingerprint.
    public var guarantee: Int { k + window - 1 }
}
