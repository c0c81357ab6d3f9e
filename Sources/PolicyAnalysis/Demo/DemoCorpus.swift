/// A generated corpus: documents, their titles, and the passages planted between them.
public struct DemoCorpus: Sendable {
    public var documents: [AnalysisDocument]
    /// Titles by document id; every title ends with （合成示例） so nobody mistakes them for real documents.
    public var titles: [String: String]
    public var planted: [PlantedPassage]
    /// Pairs of documents that share formula sentences only by chance: no passage was planted into or out of
    /// either document, so a detector should report nothing between them. Empty for generators that do not
    /// record them (the standard demo generator); `FormulaCorpusGenerator` fills it.
    public var chanceShared: [ChanceSharedPair]

    public init(documents: [AnalysisDocument], titles: [String: String], planted: [PlantedPassage],
                chanceShared: [ChanceSharedPair] = []) {
        self.documents = documents
        self.titles = titles
        self.planted = planted
        self.chanceShared = chanceShared
    }
}

/// Two documents that share at least one identical formula sentence (a stock formula with the same specific
/// noun slotted in) by chance, with one such sentence as an example: `firstId` is the earlier document.
public struct ChanceSharedPair: Sendable, Hashable, Codable {
    public var firstId: String
    public var first: TextSpan
    public var secondId: String
    public var second: TextSpan
    /// How many distinct identical formula sentences the two documents share.
    public var sentences: Int

    public init(firstId: String, first: TextSpan, secondId: String, second: TextSpan, sentences: Int) {
        self.firstId = firstId
        self.first = first
        self.secondId = secondId
        self.second = second
        self.sentences = sentences
    }
}
