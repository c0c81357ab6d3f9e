/// A generated corpus: documents, their titles, and the passages planted between them.
public struct DemoCorpus: Sendable {
    public var documents: [AnalysisDocument]
    /// Titles by document id; every title ends with （合成示例） so nobody mistakes them for real documents.
    public var titles: [String: String]
    public var planted: [PlantedPassage]

    public init(documents: [AnalysisDocument], titles: [String: String], planted: [PlantedPassage]) {
        self.documents = documents
        self.titles = titles
        self.planted = planted
    }
}
