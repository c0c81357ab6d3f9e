import CMallocPolicy
import Foundation
import PolicyAnalysis
import PolicyModel

/// The corpus's analysis, loaded (or computed) on a background thread while the dashboard is already usable:
/// the status line shows its progress and time left, `x` cancels it (the analysis stops at its next check and
/// nothing is written), and the screens gain the text indicators the moment it is done. The dashboard's edge
/// polls it and hands what it finds to `update` as messages. A stored analysis of the corpus's files as they
/// are is opened without reading any text (its corpus-level part only); otherwise the texts are read, the
/// analysis checked or computed, and stored. Either way the dashboard then holds the corpus-level part, and
/// reads a document's text and part when it is opened.
public final class AnalysisJob: @unchecked Sendable {
    public typealias Progress = JobProgress

    public enum Outcome: Sendable {
        /// The corpus (texts read when needed) and its analysis; why a computed analysis could not be stored, if it could not.
        case finished(AnalysisView, Corpus, notStored: LocalizedText?)
        case cancelled
        /// The texts could not be read again (the corpus changed on disk meanwhile).
        case failed(LocalizedText)
    }

    private let lock = NSLock()
    private var progress = Progress(done: 0, total: 0, elapsed: 0)
    private var outcome: Outcome?
    private let cancellation = AnalysisCancellation()
    /// Signalled once, when the thread has stopped (finished, failed or cancelled), whatever it wrote.
    private let stopped = DispatchSemaphore(value: 0)
    private var startTime = Date()

    private let corpus: Corpus
    private let bundled: Bool
    private let load: @Sendable () -> Corpus?
    private var started = false

    /// A job that, once started, opens the stored analysis of `corpus` (loaded without texts) or, when there
    /// is none for its files as they are, reads the corpus with its texts (`load`) and loads or computes
    /// (and stores) the analysis.
    public convenience init(corpus: Corpus, load: @escaping @Sendable () -> Corpus?) {
        self.init(corpus: corpus, bundled: DataDirectory.isBundled(corpus.directory), load: load)
    }

    /// `bundled`: the corpus is one ipap ships (the demo, the catalogue), read-only on an install.
    init(corpus: Corpus, bundled: Bool, load: @escaping @Sendable () -> Corpus?) {
        self.corpus = corpus
        self.bundled = bundled
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
        let load = self.load, corpus = self.corpus
        Thread { [self] in
            let clock = PhaseClock()
            func ready(_ view: AnalysisView, notStored: LocalizedText?) {
                clock.lap("view made")
                // The rankings' values are computed here, off the main thread, so the Indicators tab opens at once.
                view.warmIndicatorValues(corpus.taxonomy.problems.allIndicators.compactMap { TextIndicatorKind(rawValue: $0.id) })
                clock.lap("indicator values")
                finish(.finished(view, corpus, notStored: notStored))
            }
            if let stored = CorpusAnalysis(corpus: corpus).storedForCurrentFiles() {
                clock.lap("stored analysis opened")
                ready(AnalysisView(stored: stored), notStored: nil)
                return
            }
            switch computed(load: load) {
            case .view(let view, let notStored):
                // The texts, the reuse search's lists and the result are freed by now, mostly as small blocks
                // whose pages the heaps keep: a session that computed the analysis of 10,000 documents stayed at
                // 640 MB resident, where one that opened it stored holds 140 MB.
                _ = cmp_give_back_free_pages()
                ready(view, notStored: notStored)
            case .stopped(let outcome):
                finish(outcome)
            }
        }.start()
    }

    /// What `computed` came to: the view to show (and why it could not be stored), or an outcome that ends the job.
    private enum Computed {
        case view(AnalysisView, notStored: LocalizedText?)
        case stopped(Outcome)
    }

    /// Reads the texts (`load`), loads or computes the analysis and stores it; the view holds the stored parts
    /// (the corpus-level part in memory), unless it could not be stored. Apart, so that everything it made is
    /// freed when it returns.
    private func computed(load: () -> Corpus?) -> Computed {
        guard var full = load() else { return .stopped(.failed(Label.theCorpusCouldNotBeReadAgain.localized)) }
        // The texts are freed as the analysis normalises them.
        let (analysis, texts) = CorpusAnalysis.detachingTexts(of: &full)
        let computed: (AnalysisResult, CorpusAnalysis.Origin)
        do {
            computed = try analysis.result(texts: texts, progress: { done, total in self.report(done, total) },
                                           cancellation: cancellation)
        } catch {
            return .stopped(.cancelled)
        }
        let (result, origin) = computed
        var notStored: LocalizedText?
        if origin == .stored {
            analysis.restampStored(result)
        } else {
            // Cancelled after the analysis's last check: still nothing is written.
            guard !cancellation.isCancelled else { return .stopped(.cancelled) }
            do {
                try analysis.write(result)
            } catch {
                // The demo and the catalogue of an install are read-only to analysts, who can do nothing about it:
                // said as such, not as a permission fault to check with ls -ld.
                notStored = bundled ? Label.aBundledCorpusIsReadOnly.localized : LocalizedText(describing: error)
            }
        }
        return .view(AnalysisView(stored: analysis.storedForCurrentFiles() ?? StoredAnalysis(result: result)), notStored: notStored)
    }

    private func finish(_ result: Outcome) {
        lock.lock()
        outcome = cancellation.isCancelled ? .cancelled : result
        lock.unlock()
        stopped.signal()
    }

    /// Waits until the work has stopped (true), or for `timeout` seconds (false): for tests and for a clean exit.
    public func waitUntilStopped(timeout: Double) -> Bool {
        guard stopped.wait(timeout: .now() + timeout) == .success else { return false }
        stopped.signal()
        return true
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

    /// Stops the analysis at its next check (for each document, between phases); the outcome is then
    /// `.cancelled`, and no analysis is stored.
    public func cancel() {
        cancellation.cancel()
    }
}
