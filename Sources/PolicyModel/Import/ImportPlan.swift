import Foundation

/// What an import will write, fully checked: nothing of it is on disk yet.
public struct ImportPlan: Sendable {
    /// The documents to write, in manifest order.
    public var documents: [PolicyDocument]
    /// Ids among `documents` that replace a document already in the corpus (`--replace`).
    public var replacing: Set<String>
    /// corpus.json as it should be after the import.
    public var info: CorpusInfo
    /// Whether corpus.json changes (always for a new corpus).
    public var infoChanged: Bool
    /// True when the corpus directory does not exist yet (or is empty).
    public var createsCorpus: Bool
    /// How many files were decoded from GB18030.
    public var gb18030Files: Int
    /// What was accepted but should be looked at (unknown issuers kept as written), each with file, line, column.
    public var warnings: [Problem] = []

    public init(documents: [PolicyDocument], replacing: Set<String>, info: CorpusInfo, infoChanged: Bool, createsCorpus: Bool,
                gb18030Files: Int, warnings: [Problem] = []) {
        self.documents = documents
        self.replacing = replacing
        self.info = info
        self.infoChanged = infoChanged
        self.createsCorpus = createsCorpus
        self.gb18030Files = gb18030Files
        self.warnings = warnings
    }
}
