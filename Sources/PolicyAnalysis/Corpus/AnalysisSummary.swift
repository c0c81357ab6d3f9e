import Foundation
import PolicyModel
import SafeText

/// The corpus-level part of a stored analysis (`analysis/<generation>/summary.json` and `columns.json`): everything the
/// dashboard needs at start (corpus indicators, each document's counts, the pair list with shares), small
/// enough to read at once, and where each document's part lies in `documents.jsonl`.
public struct AnalysisSummary: Sendable, Hashable {
    /// The layout of this file; another one is never reused nor overwritten.
    /// The schema it was read from (written, it is always the current one).
    public var schema: Int
    /// 2: lists of names as index cells in `columns.json` (`DocumentTextColumns`).
    public static let currentSchema = 2
    /// Schema 1 is still read (its lists are in `summary.json`); the next write replaces it.
    public static let readableSchemas: Set<Int> = [1, 2]
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
    struct Header: Codable, Equatable {
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
        // Decoded once (the decoder parses the whole text whatever it is asked for); the schema alone only
        // when the layout did not fit, to say why.
        struct Version: Decodable { let schema: Int }
        let clock = PhaseClock()
        let header: Header
        do {
            // Read directly (a sixth of the decoder's time: 29 against 182 ms at 10,000 documents); anything it does not know is left to the decoder.
            header = try (try? DirectJSONReader.read(Header.self, from: summaryJSON)) ?? JSONDecoder().decode(Header.self, from: summaryJSON)
        } catch {
            if let version = try? JSONDecoder().decode(Version.self, from: summaryJSON).schema,
               !Self.readableSchemas.contains(version) { throw UnknownSchema(schema: version) }
            throw error
        }
        guard Self.readableSchemas.contains(header.schema) else { throw UnknownSchema(schema: header.schema) }
        clock.lap("summary.json decoded")
        defer { clock.lap("summaries assembled") }
        schema = header.schema
        parameters = header.parameters
        inputs = header.inputs
        filesStamp = header.filesStamp
        parts = header.parts
        let numbers = try NumberColumns(parsing: columnsJSON)
        clock.lap("columns.json parsed")
        (documents, reuse, indicators) = try SummaryColumns.read(header.documents, numbers, header.indicators)
    }

    /// `summary.json` and `columns.json`, compact, keys sorted, in the current schema whichever was read.
    public func files() throws -> (summaryJSON: Data, columnsJSON: Data) {
        let columns = try self.columns()
        return (try summaryJSON(columns), columns.json)
    }

    /// `columns.json` and the lists `summary.json` takes from the same pass: all but the part offsets, so
    /// that a writer can make them while the parts are written (`AnalysisStore.write`).
    struct Columns {
        let json: Data
        let text: DocumentTextColumns
        let lists: CorpusIndicators
    }

    func columns() throws -> Columns {
        let (text, numbers, lists) = SummaryColumns.write(documents, reuse, indicators)
        return Columns(json: try numbers.encoded(), text: text, lists: lists)
    }

    /// `summary.json` with `columns`'s lists and this summary's part offsets.
    func summaryJSON(_ columns: Columns) throws -> Data {
        let header = Header(schema: Self.currentSchema, parameters: parameters, inputs: inputs, filesStamp: filesStamp,
                            indicators: columns.lists, documents: columns.text, parts: parts)
        return JSONEscaping.escapingControls(try SortedJSONEncoder().encode(header))
    }

    /// Action areas coded from each analysed document's text (as `AnalysisResult.textAreas`).
    public var textAreas: [String: [String]] {
        Dictionary(documents.map { ($0.id, $0.actionAreas) }, uniquingKeysWith: { a, _ in a })
    }
}
