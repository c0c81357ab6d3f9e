import Foundation
import PolicyModel

/// The bridge from a corpus on disk to the analysis: which documents are analysed, with which coding scheme,
/// and where the result is stored (`analysis/`, see `AnalysisStore`; reused while its inputs are unchanged).
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
            return Self.input(d, text: text)
        }
    }

    /// A document as the analysis sees it, with `text` (empty where only its metadata is wanted).
    static func input(_ d: PolicyDocument, text: String) -> AnalysisDocument {
        AnalysisDocument(id: d.id, level: DocumentLevel(d.level), regionCode: d.region, issuerIds: d.issuers,
                         date: d.date?.description, text: text)
    }

    /// The analysis of `corpus` and its inputs with their texts held apart, the corpus letting go of them
    /// (`Corpus.releaseLoadedTexts`): `result(texts:)` then frees each text once it is normalised.
    public static func detachingTexts(of corpus: inout Corpus) -> (analysis: CorpusAnalysis, texts: AnalysisTexts) {
        let texts = AnalysisTexts(CorpusAnalysis(corpus: corpus).inputs)
        corpus.releaseLoadedTexts()
        return (CorpusAnalysis(corpus: corpus), texts)
    }

    /// Where the analysis is stored (`analysis/`, see `AnalysisStore`).
    public var store: AnalysisStore {
        AnalysisStore(folder: corpus.directory.appendingPathComponent("analysis", isDirectory: true))
    }

    /// The stored analysis if it was computed from exactly these inputs, else nil.
    public func stored(for fingerprint: AnalysisInputs) -> (AnalysisResult, Origin)? {
        switch store.open() {
        case .generation(let stored)?:
            guard stored.summary.inputs == fingerprint, let result = try? stored.fullResult() else { return nil }
            return (result, .stored)
        case .singleFile(let result)?:
            return result.inputs == fingerprint ? (result, .storedSingleFile) : nil
        case nil:
            return nil
        }
    }

    /// The stored analysis, opened for lazy reading, when it was stored for the corpus's document files as they
    /// are now and these parameters: checked without reading a text (`AnalysisInputs.filesStamp`). Nil
    /// otherwise: the caller reads the texts and calls `result`, which compares the full fingerprint.
    public func storedForCurrentFiles() -> StoredAnalysis? {
        // The files' stamp first (a stat of every document file): the summary read ahead (`startOpening`) is
        // then still being read on another thread, and the two overlap instead of following each other.
        guard let stamp = AnalysisInputs.filesStamp(corpusDirectory: corpus.directory),
              case .generation(let stored)? = store.open(), stored.summary.parameters == parameters,
              stored.summary.filesStamp == stamp else { return nil }
        return stored
    }

    /// After `result` found the stored analysis valid by its fingerprint (the texts were read): records the
    /// files' stamp with it, so that the next `storedForCurrentFiles` needs no text.
    public func restampStored(_ result: AnalysisResult) {
        guard let inputs = result.inputs, let stamp = AnalysisInputs.filesStamp(corpusDirectory: corpus.directory) else { return }
        try? store.restamp(stamp, inputs: inputs)
    }

    /// A stored analysis of another schema: never reused, never overwritten (docs/data-format.md).
    public struct UnsupportedSchema: BilingualError {
        public let path: String
        public let schema: Int
        /// What this ipap reads and writes for that file (the summary: 1 and 2, writing 2).
        public var reads: [Int] = [AnalysisResult.currentSchema]
        public var writes: Int = AnalysisResult.currentSchema

        public func description(in language: Language) -> String {
            let known = reads == [writes]
                ? LocalizedText(zh: "它读写版本 \(writes)", en: "it reads and writes schema \(writes)")
                : LocalizedText(zh: "它读版本 \(reads.map(String.init).joined(separator: "、"))，写版本 \(writes)",
                                en: "it reads schema \(reads.map(String.init).joined(separator: " and ")) and writes \(writes)")
            return LocalizedText(
                zh: "格式版本 \(schema)，本 ipap 不认识（\(known.zh)）；该文件保持原样：把它移走才能存储新的分析",
                en: "schema \(schema), which this ipap does not know (\(known.en)); "
                    + "the file is left as it is: move it away to store a new analysis").at(path).text(in: language)
        }
    }

    /// The stored analysis's schema when it is readable JSON with a schema other than ours, else nil.
    public func unsupportedStoredSchema() -> UnsupportedSchema? {
        store.unknownSchema().map { UnsupportedSchema(path: $0.path, schema: $0.schema, reads: $0.reads, writes: $0.writes) }
    }

    public enum Origin: Sendable {
        case stored
        /// Read from the single file of earlier versions: still valid, to be stored again in the current layout.
        case storedSingleFile
        case computed
    }

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
        let texts = AnalysisTexts(inputs)
        clock.lap("inputs")
        return try result(texts: texts, progress: progress, cancellation: cancellation)
    }

    /// The same on inputs held apart (`detachingTexts(of:)`); `texts` is spent when the analysis is computed.
    public func result(texts: AnalysisTexts, progress: (@Sendable (Int, Int) -> Void)? = nil,
                       cancellation: AnalysisCancellation) throws(AnalysisCancelled) -> (AnalysisResult, Origin) {
        let clock = PhaseClock()
        let fingerprint = AnalysisInputs(texts: texts, parameters: parameters)
        clock.lap("fingerprint")
        if let stored = stored(for: fingerprint) { return stored }
        clock.lap("stored?")
        var result = try PolicyAnalyzer(parameters: parameters).analyze(texts, progress: progress, cancellation: cancellation)
        result.inputs = fingerprint
        return (result, .computed)
    }

    /// The analysis when the corpus has texts (stored or computed now, as `result`), else nil: what `show`
    /// and `export` read text-coded values from.
    public func resultIfTexts() -> AnalysisResult? {
        inputs.isEmpty ? nil : result().0
    }

    /// Stores the result as a new generation, all files or none (see `AnalysisStore`); returns its folder.
    @discardableResult
    public func write(_ result: AnalysisResult) throws -> URL {
        if let unsupported = unsupportedStoredSchema() { throw unsupported }
        return try store.write(result, filesStamp: AnalysisInputs.filesStamp(corpusDirectory: corpus.directory))
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
