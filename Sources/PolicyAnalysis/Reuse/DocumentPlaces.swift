/// What the reuse stage reads of each analysed document besides its text, made once for the corpus: the pairs
/// and the reuse indicators read it per passage and per pair, where reading the documents themselves copied
/// each whole (its text and all) and made its province key, a string, anew each time.
struct DocumentPlaces: Sendable {
    let ids: [String]
    /// What a pair's relation reads (`ReuseRelation.between`): level, province key, issuers.
    let parties: [ReuseRelation.Party]

    init(_ documents: [AnalysisDocument]) {
        ids = documents.map(\.id)
        parties = documents.map(ReuseRelation.Party.init)
    }
}
