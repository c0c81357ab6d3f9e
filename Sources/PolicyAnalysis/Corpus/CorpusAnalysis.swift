import Foundation
import PolicyModel

/// The bridge from a corpus on disk to the analysis: which documents are analysed, with which coding scheme,
/// and where the result is stored (`analysis/analysis.json`, reused while its inputs are unchanged).
public struct CorpusAnalysis: Sendable {
    public let corpus: Corpus
    public let parameters: AnalysisParameters

    public init(corpus: Corpus, reuse: ReuseParameters = ReuseParameters()) {
        self.corpus = corpus
        parameters = AnalysisParameters(reuse: reuse, scheme: CodingScheme(taxonomy: corpus.taxonomy))
    }

    /// Documents with text, as the analysis sees them.
    public var inputs: [AnalysisDocument] {
        corpus.documents.compactMap { d in
            guard let text = d.text, !text.isEmpty else { return nil }
            return AnalysisDocument(id: d.id, level: DocumentLevel(d.level), regionCode: d.region, issuerIds: d.issuers,
                                    date: d.date?.description, text: text)
        }
    }

    public var storeURL: URL {
        corpus.directory.appendingPathComponent("analysis", isDirectory: true).appendingPathComponent("analysis.json")
    }

    /// The stored analysis if it was computed from exactly these inputs, else nil.
    public func stored(for fingerprint: AnalysisInputs) -> AnalysisResult? {
        guard let data = try? Data(contentsOf: storeURL),
              let result = try? JSONDecoder().decode(AnalysisResult.self, from: data),
              result.schema == AnalysisResult.currentSchema, result.inputs == fingerprint else { return nil }
        return result
    }

    /// A stored analysis of another schema: never reused, never overwritten (docs/data-format.md).
    public struct UnsupportedSchema: Error, CustomStringConvertible {
        public let path: String
        public let schema: Int
        public var description: String {
            "\(path): schema \(schema), which this ipap does not know (it reads and writes schema \(AnalysisResult.currentSchema)); "
                + "the file is left as it is: move it away to store a new analysis"
        }
    }

    /// The stored analysis's schema when it is readable JSON with a schema other than ours, else nil.
    public func unsupportedStoredSchema() -> UnsupportedSchema? {
        struct Header: Decodable { let schema: Int }
        guard let data = try? Data(contentsOf: storeURL),
              let header = try? JSONDecoder().decode(Header.self, from: data),
              header.schema != AnalysisResult.currentSchema else { return nil }
        return UnsupportedSchema(path: storeURL.path, schema: header.schema)
    }

    public enum Origin: Sendable { case stored, computed }

    /// The analysis of the corpus: the stored one when still valid, else computed now.
    public func result(progress: (@Sendable (Int, Int) -> Void)? = nil) -> (AnalysisResult, Origin) {
        do {
            return try result(progress: progress, cancellation: AnalysisCancellation())
        } catch {
            preconditionFailure("an analysis nobody can cancel was cancelled")
        }
    }

    /// The same, stopped (nothing returned, nothing to store) when `cancellation` is cancelled.
    public func result(progress: (@Sendable (Int, Int) -> Void)? = nil,
                       cancellation: AnalysisCancellation) throws(AnalysisCancelled) -> (AnalysisResult, Origin) {
        let clock = PhaseClock()
        let documents = inputs
        clock.lap("inputs")
        let fingerprint = AnalysisInputs(documents: documents, parameters: parameters)
        clock.lap("fingerprint")
        if let stored = stored(for: fingerprint) { return (stored, .stored) }
        clock.lap("stored?")
        var result = try PolicyAnalyzer(parameters: parameters).analyze(documents, progress: progress, cancellation: cancellation)
        result.inputs = fingerprint
        return (result, .computed)
    }

    /// The analysis when the corpus has texts (stored or computed now, as `result`), else nil: what `show`
    /// and `export` read text-coded values from.
    public func resultIfTexts() -> AnalysisResult? {
        inputs.isEmpty ? nil : result().0
    }

    /// Stores the result atomically (temporary file, fsync, rename).
    public func write(_ result: AnalysisResult) throws {
        if let unsupported = unsupportedStoredSchema() { throw unsupported }
        let folder = storeURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: folder.path, action: "cannot create the analysis folder", error: error)
        }
        try AtomicFile.write(try result.jsonData(), to: storeURL)
    }
}

extension DocumentLevel {
    init(_ level: Level) {
        switch level {
        case .national: self = .national
        case .ministerial: self = .ministerial
        case .provincial: self = .provincial
        case .municipal: self = .municipal
        }
    }
}

extension CodingScheme {
    /// The coding scheme of a taxonomy: area keywords, tool keywords, tool classes, and the non-tool class.
    public init(taxonomy: Taxonomy) {
        var tools: [String: [String]] = [:]
        var classes: [String: String] = [:]
        var nonTools = Set<String>()
        for toolClass in taxonomy.tools.classes {
            for tool in toolClass.tools {
                tools[tool.id] = tool.keywords
                classes[tool.id] = toolClass.id
                if !toolClass.isTool { nonTools.insert(tool.id) }
            }
        }
        let orientation = taxonomy.tools.goalOrientation.map {
            OrientationScheme(mission: $0.mission, diffusion: $0.diffusion, maxGap: $0.maxGap ?? 20)
        } ?? .builtIn
        self.init(actionAreas: Dictionary(uniqueKeysWithValues: taxonomy.areas.map { ($0.id, $0.keywords) }),
                  tools: tools, toolClasses: classes, nonTools: nonTools, orientation: orientation)
    }
}
