import Foundation
import SafeText

/// The analysis output, encoded to the JSON contract of issue 4:
/// `{"schema": 1, "parameters": {...}, "documents": [...], "reuse": [...], "indicators": {...}}`.
/// Arrays are sorted (documents by id, reuse by source then target, passages by target offset) and keys
/// are sorted by the encoder, so the same input always gives the same bytes.
public struct AnalysisResult: Sendable, Hashable, Codable {
    public var schema: Int
    /// The schema this version reads and writes.
    public static let currentSchema = 1
    public var parameters: AnalysisParameters
    public var documents: [DocumentIndicators]
    public var reuse: [ReusePair]
    public var indicators: CorpusIndicators
    /// What the analysis was computed from (set by `CorpusAnalysis`): reused while it matches the corpus.
    public var inputs: AnalysisInputs?

    public init(parameters: AnalysisParameters, documents: [DocumentIndicators], reuse: [ReusePair],
                indicators: CorpusIndicators) {
        schema = Self.currentSchema
        self.parameters = parameters
        self.documents = documents.sorted { $0.id < $1.id }
        self.reuse = reuse.sorted { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }
        self.indicators = indicators
    }

    /// Deterministic JSON (sorted keys).
    public func jsonData(pretty: Bool = false, includeCoding: Bool = false) throws -> Data {
        // The same bytes as JSONEncoder with these output formats, several times faster (see SortedJSONEncoder).
        let encoder = SortedJSONEncoder(pretty: pretty, userInfo: [DocumentIndicators.includeCodingKey: includeCoding])
        // C1 and bidi controls in quoted passages are escaped: the JSON goes to terminals and pagers.
        return JSONEscaping.escapingControls(try encoder.encode(self))
    }

    /// The bytes of `jsonData`, handed to `write` piece by piece as they are made (for output that need not
    /// be held whole: see `SortedJSONEncoder.encode(_:to:)`). `write` is called in order on a thread of its
    /// own, each piece escaped there, while the next piece is made.
    public func writeJSON(pretty: Bool = false, includeCoding: Bool = false,
                          to write: @escaping @Sendable ([UInt8]) throws -> Void) throws {
        let encoder = SortedJSONEncoder(pretty: pretty, userInfo: [DocumentIndicators.includeCodingKey: includeCoding])
        // Deep enough for a whole part's chunks (`jsonChunksPerPart`) to be on their way while the next is made.
        let writer = PipelinedWriter(depth: 2 * jsonChunksPerPart) { piece in
            try write(piece.withUnsafeBufferPointer(JSONEscaping.escapedControls) ?? piece)
        }
        do {
            try encoder.encode(self) { try writer.write(&$0) }
        } catch {
            try? writer.finish()
            throw error
        }
        try writer.finish()
    }

    public func document(_ id: String) -> DocumentIndicators? { documents.first { $0.id == id } }
}

extension AnalysisResult {
    /// Action areas coded from each analysed document's text (for area coverage of comprehensive documents).
    public var textAreas: [String: [String]] {
        Dictionary(documents.map { ($0.id, $0.actionAreas) }, uniquingKeysWith: { a, _ in a })
    }
}
