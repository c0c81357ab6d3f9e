import Foundation
import SafeText

/// The corpus-level part of a stored analysis (`analysis/<generation>/summary.json` and `columns.json`): everything the
/// dashboard needs at start (corpus indicators, each document's counts, the pair list with shares), small
/// enough to read at once, and where each document's part lies in `documents.jsonl`.
public struct AnalysisSummary: Sendable, Hashable {
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

    /// `summary.json`: everything but the numbers of the documents and pairs, which are in `columns.json`
    /// (`SummaryColumns`).
    private struct Header: Codable {
        var schema: Int
        var parameters: AnalysisParameters
        var inputs: AnalysisInputs?
        var filesStamp: String?
        var indicators: CorpusIndicators
        var documents: DocumentTextColumns
        var parts: [Int]
    }

    struct UnknownSchema: Error, CustomStringConvertible {
        let schema: Int
        var description: String { "schema \(schema), not \(AnalysisSummary.currentSchema)" }
    }

    /// Reads the two files `files` writes.
    public init(summaryJSON: Data, columnsJSON: Data) throws {
        struct Version: Decodable { let schema: Int }
        let version = try JSONDecoder().decode(Version.self, from: summaryJSON).schema
        guard version == Self.currentSchema else { throw UnknownSchema(schema: version) }
        let clock = PhaseClock()
        let header = try JSONDecoder().decode(Header.self, from: summaryJSON)
        clock.lap("summary.json decoded")
        defer { clock.lap("columns.json parsed and assembled") }
        schema = header.schema
        parameters = header.parameters
        inputs = header.inputs
        filesStamp = header.filesStamp
        indicators = header.indicators
        parts = header.parts
        (documents, reuse) = try SummaryColumns.read(header.documents, try NumberColumns(parsing: columnsJSON))
    }

    /// `summary.json` and `columns.json`, compact, keys sorted.
    public func files() throws -> (summaryJSON: Data, columnsJSON: Data) {
        let (text, numbers) = SummaryColumns.write(documents, reuse)
        let header = Header(schema: schema, parameters: parameters, inputs: inputs, filesStamp: filesStamp,
                            indicators: indicators, documents: text, parts: parts)
        return (JSONEscaping.escapingControls(try SortedJSONEncoder().encode(header)), try numbers.encoded())
    }

    /// Action areas coded from each analysed document's text (as `AnalysisResult.textAreas`).
    public var textAreas: [String: [String]] {
        Dictionary(documents.map { ($0.id, $0.actionAreas) }, uniquingKeysWith: { a, _ in a })
    }
}
