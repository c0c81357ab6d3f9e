import Foundation
import PolicyAnalysis
import PolicyModel

/// The corpus's analysis loaded or computed on a background thread while the dashboard is already usable:
/// the status line shows its progress and time left, `x` cancels it, and the screens gain the text
/// indicators the moment it is done.
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
        case finished(AnalysisView)
        case cancelled
    }

    private let lock = NSLock()
    private var progress = Progress(done: 0, total: 0, elapsed: 0)
    private var outcome: Outcome?
    private var isCancelled = false
    private let start = Date()

    /// Starts loading the stored analysis, or computing (and storing) a new one.
    public init(analysis: CorpusAnalysis) {
        let total = analysis.inputs.count * 2
        progress.total = total
        Thread { [self] in
            let (result, origin) = analysis.result(progress: { done, total in self.report(done, total) })
            if origin == .computed { try? analysis.write(result) }
            let view = AnalysisView(result: result)
            lock.lock()
            if !isCancelled { outcome = .finished(view) }
            lock.unlock()
        }.start()
    }

    private func report(_ done: Int, _ total: Int) {
        lock.lock()
        progress = Progress(done: done, total: total, elapsed: Date().timeIntervalSince(start))
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
