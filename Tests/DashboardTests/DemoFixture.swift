import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The bundled synthetic demo corpus (data/demo), copied to a temporary directory so that journals written by
/// tests never touch the checkout, with its text analysis computed once per test process.
enum DemoFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demo = repository.appendingPathComponent("data/demo")
    static let taxonomy = repository.appendingPathComponent("data/taxonomy")

    struct Loaded: Sendable {
        var corpus: Corpus
        var analysis: AnalysisView
    }

    /// Copies the demo corpus (documents and corpus metadata; a stored analysis too, which `CorpusAnalysis`
    /// reuses only when its fingerprint still matches) to a fresh temporary directory.
    static func copy(to directory: URL? = nil) throws -> URL {
        let dir = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("ipap-demo-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["corpus.json", "documents", "planted.json", "findings.json", "analysis"] {
            let from = demo.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: from.path) else { continue }
            try FileManager.default.copyItem(at: from, to: dir.appendingPathComponent(name))
        }
        return dir
    }

    static func load(_ dir: URL) throws -> Corpus {
        let result = CorpusLoader(taxonomyDirectory: taxonomy).load(dir)
        guard let corpus = result.corpus else { throw CorpusProblems(problems: result.problems) }
        return corpus
    }

    /// One copy and one analysis for the whole process: the screen tests only read.
    private static let sharedDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-demo-shared-\(getpid())")

    private static let cached: Result<Loaded, Error> = Result {
        atexit { try? FileManager.default.removeItem(at: DemoFixture.sharedDirectory) }
        let corpus = try load(try copy(to: sharedDirectory))
        let (result, _) = CorpusAnalysis(corpus: corpus).result()
        return Loaded(corpus: corpus, analysis: AnalysisView(result: result))
    }

    static func shared() throws -> Loaded { try cached.get() }

    /// The shared demo with its analysis's summary changed (shares made smaller, say): screens read the changed
    /// values, a document's stored part stays the demo's.
    static func changingSummary(_ change: (inout AnalysisSummary) -> Void) throws -> Loaded {
        let demo = try shared()
        var summary = demo.analysis.result
        change(&summary)
        return Loaded(corpus: demo.corpus, analysis: AnalysisView(stored: demo.analysis.stored, summary: summary, valueCache: IndicatorValueCache()))
    }

    /// A private copy for a test that writes journals; the analysis is the shared one (it does not depend on
    /// where the corpus lies). Remove the directory when done.
    static func writable() throws -> Loaded {
        let shared = try shared()
        let corpus = try load(try copy())
        return Loaded(corpus: corpus, analysis: shared.analysis)
    }

    static func initialState(_ loaded: Loaded, width: Int, height: Int, language: Language = .chinese) -> AppState {
        let state = AppState(corpus: loaded.corpus, language: language, size: Size(width: width, height: height),
                             analysis: loaded.analysis, analysisStatus: .ready)
        return Dashboard.reloadingReviews(state)
    }

    /// Runs the dashboard on a TestBackend with `keys`; the backend's screen is the last frame.
    static func run(_ loaded: Loaded, width: Int, height: Int, language: Language = .chinese, keys: [Key]) throws -> (TestBackend, AppState) {
        var backend = TestBackend(width: width, height: height)
        backend.feed(keys)
        let final = try Dashboard.run(backend: &backend, initial: initialState(loaded, width: width, height: height, language: language))
        return try BackgroundSettling.settled((backend, final))
    }

    /// Runs more keys from where an earlier run ended (same size), so that a long path is not replayed.
    static func resume(_ state: AppState, keys: [Key]) throws -> (TestBackend, AppState) {
        var backend = TestBackend(width: state.size.width, height: state.size.height)
        backend.feed(keys)
        let final = try Dashboard.run(backend: &backend, initial: state)
        return try BackgroundSettling.settled((backend, final))
    }

    /// The Reviews tab after `keys`, with `store` as the journals read (in memory: no journal is written, and the
    /// authors are not the account running the test).
    static func reviewsTab(_ loaded: Loaded, _ store: ReviewStore, width: Int, height: Int, language: Language = .chinese,
                           keys: [Key] = []) throws -> TestBackend {
        let state = Dashboard.update(initialState(loaded, width: width, height: height, language: language), .journalsChanged(store)).0
        return try resume(state, keys: [.char("0")] + keys).0
    }

    /// One entry: wang's tag on Sichuan.
    static let oneTag = ReviewStore(entries: [ReviewStore.Located(
        entry: ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .tag,
                           target: ReviewTarget(kind: .province, id: "510000"), tags: ["check"]),
        file: "reviews/wang.jsonl", line: 1)])

    // MARK: Reading a frame

    static func status(_ b: TestBackend) -> String { b.rows.last ?? "" }

    /// The row above an open prompt: the status line, or a refusal of what was entered in its place.
    static func abovePrompt(_ b: TestBackend) -> String { b.rows.dropLast().last ?? "" }

    static func screen(_ b: TestBackend) -> String {
        "\n" + b.rows.enumerated().map { String(format: "%02d|", $0.offset) + $0.element }.joined(separator: "\n")
    }

    /// The display column where `needle` starts in `row` (CJK counts two), or nil.
    static func column(of needle: String, in row: String) -> Int? {
        guard let r = row.range(of: needle) else { return nil }
        return DisplayWidth.of(String(row[..<r.lowerBound]))
    }

    /// The display columns of `needle` in `row`, one per character (wide characters report their first cell).
    static func cells(of needle: String, in row: String) -> [Int] {
        guard let start = column(of: needle, in: row) else { return [] }
        var x = start
        var result: [Int] = []
        for ch in needle {
            result.append(x)
            x += max(1, DisplayWidth.of(ch))
        }
        return result
    }

    /// Rows (excluding the tab row and the status line) whose first table cell is drawn reversed: the selection.
    static func selectedRows(_ b: TestBackend) -> [Int] {
        (1..<(b.rows.count - 1)).filter { y in b.style(atX: 1, y: y)?.reverse == true && b.style(atX: b.size.width / 4, y: y)?.reverse == true }
    }
}
