import Foundation
import PolicyAnalysis
import PolicyModel

/// The corpus's texts and analysis, loaded (or the analysis computed) on a background thread while the
/// dashboard is already usable: the status line shows its progress and time left, `x` cancels it, and the
/// screens gain the texts and the text indicators the moment it is done.
public final class AnalysisJob: @unchecked Sendable {
    public struct Progress: Sendable, Equatable {
        public var done: Int
        public var total: Int
        public var elapsed: Double

        public var secondsLeft: Int? {
            guard done > 0, elapsed > 0, done < total else { return nil }
            return Int((Double(total - done) * elapsed / Double(done)).rounded())
        }
    }

    public enum Outcome: Sendable {
        /// The corpus with its texts, and its analysis.
        case finished(AnalysisView, Corpus)
        case cancelled
        /// The texts could not be read again (the corpus changed on disk meanwhile).
        case failed(String)
    }

    private let lock = NSLock()
    private var progress = Progress(done: 0, total: 0, elapsed: 0)
    private var outcome: Outcome?
    private var isCancelled = false
    private var startTime = Date()

    private let load: @Sendable () -> Corpus?
    private var started = false

    /// A job that, once started, reads the corpus with its texts (`load`), then loads the stored analysis
    /// or computes (and stores) a new one.
    public init(load: @escaping @Sendable () -> Corpus?) {
        self.load = load
    }

    /// Starts the work, once: the dashboard does so after its first frame, so that the frame does not
    /// share the two cores with it.
    public func start() {
        lock.lock()
        guard !started else {
            lock.unlock()
            return
        }
        started = true
        startTime = Date()
        lock.unlock()
        let load = self.load
        Thread { [self] in
            guard let corpus = load() else {
                finish(.failed("the corpus could not be read again"))
                return
            }
            let analysis = CorpusAnalysis(corpus: corpus)
            let (result, origin) = analysis.result(progress: { done, total in self.report(done, total) })
            if origin == .computed { try? analysis.write(result) }
            let view = AnalysisView(result: result)
            // The rankings' values are computed here, off the main thread, so the Indicators tab opens at once.
            view.warmIndicatorValues(corpus.taxonomy.problems.allIndicators.compactMap { TextIndicatorKind(rawValue: $0.id) })
            finish(.finished(view, corpus))
        }.start()
    }

    private func finish(_ result: Outcome) {
        lock.lock()
        if !isCancelled { outcome = result }
        lock.unlock()
    }

    private func report(_ done: Int, _ total: Int) {
        lock.lock()
        progress = Progress(done: done, total: total, elapsed: Date().timeIntervalSince(startTime))
        lock.unlock()
    }

    public var currentProgress: Progress {
        lock.lock()
        defer { lock.unlock() }
        return progress
    }

    /// Nil while running.
    public var currentOutcome: Outcome? {
        lock.lock()
        defer { lock.unlock() }
        return outcome
    }

    /// The dashboard stops waiting; the thread's result, when it comes, is dropped.
    public func cancel() {
        lock.lock()
        isCancelled = true
        outcome = .cancelled
        lock.unlock()
    }
}
