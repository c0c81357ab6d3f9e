/// The corpus-level file of a stored analysis (`analysis/<generation>/summary.json`): everything the
/// dashboard needs at start (corpus indicators, each document's counts, the pair list with shares), small
/// enough to read at once, and where each document's part lies in `documents.jsonl`.
public struct AnalysisSummary: Sendable, Hashable, Codable {
    /// The layout of this file; another one is never reused nor overwritten.
    public var schema: Int
    public static let currentSchema = 1
    public var parameters: AnalysisParameters
    public var inputs: AnalysisInputs?
    /// `AnalysisInputs.filesStamp` of the corpus the analysis was stored for: a match means the documents
    /// are as they were, without reading their texts.
    public var filesStamp: String?
    public var indicators: CorpusIndicators
    /// Sorted by id, as the parts.
    public var documents: [DocumentSummary]
    /// Sorted by source, then target.
    public var reuse: [ReusePairSummary]
    /// Byte offsets into `documents.jsonl`: document i's part is `parts[i]..<parts[i + 1]` (one more than
    /// there are documents).
    public var parts: [Int]

    public init(result: AnalysisResult, filesStamp: String?, parts: [Int]) {
        schema = Self.currentSchema
        parameters = result.parameters
        inputs = result.inputs
        self.filesStamp = filesStamp
        indicators = result.indicators
        documents = result.documents.map(DocumentSummary.init)
        reuse = result.reuse.map(ReusePairSummary.init)
        self.parts = parts
    }

    enum CodingKeys: String, CodingKey { case schema, parameters, inputs, filesStamp, indicators, documents, reuse, parts }

    /// Documents and pairs are written as columns (`DocumentColumns`, `ReusePairColumns`): read fast.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        guard schema == Self.currentSchema else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: c, debugDescription: "schema \(schema), not \(Self.currentSchema)")
        }
        parameters = try c.decode(AnalysisParameters.self, forKey: .parameters)
        inputs = try c.decodeIfPresent(AnalysisInputs.self, forKey: .inputs)
        filesStamp = try c.decodeIfPresent(String.self, forKey: .filesStamp)
        indicators = try c.decode(CorpusIndicators.self, forKey: .indicators)
        let columns = try c.decode(DocumentColumns.self, forKey: .documents)
        documents = try columns.documents()
        reuse = try c.decode(ReusePairColumns.self, forKey: .reuse).pairs(ids: columns.id)
        parts = try c.decode([Int].self, forKey: .parts)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(parameters, forKey: .parameters)
        try c.encodeIfPresent(inputs, forKey: .inputs)
        try c.encodeIfPresent(filesStamp, forKey: .filesStamp)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(DocumentColumns(documents), forKey: .documents)
        try c.encode(ReusePairColumns(reuse, ids: documents.map(\.id)), forKey: .reuse)
        try c.encode(parts, forKey: .parts)
    }

    /// Action areas coded from each analysed document's text (as `AnalysisResult.textAreas`).
    public var textAreas: [String: [String]] {
        Dictionary(documents.map { ($0.id, $0.actionAreas) }, uniquingKeysWith: { a, _ in a })
    }
}
