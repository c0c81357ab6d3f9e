import CMallocPolicy
import Foundation
import PolicyModel

/// A report (`e` then `json|csv|markdown FILE`) written on a background thread. The report reads every
/// document's text and analysed part: at 10,000 documents that is seconds, during which the dashboard
/// answered no key. The status line says it runs; the edge polls the job and hands its outcome to `update`.
/// Quitting waits for it (`ipap browse` says so), so that a report asked for is never lost half-way; each
/// file is written atomically in any case.
public final class ExportJob: @unchecked Sendable {
    /// The file asked for, as typed.
    public let path: String
    private let work: @Sendable () -> LocalizedText

    private let lock = NSLock()
    private var started = false
    private var outcome: LocalizedText?
    private let finished = DispatchSemaphore(value: 0)

    /// `work` writes the report and says what came of it (written, or why not).
    init(path: String, work: @escaping @Sendable () -> LocalizedText) {
        self.path = path
        self.work = work
    }

    /// Starts the work, once.
    func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        Thread { [self] in
            let said = work()
            // The report's texts, parts and rows are freed now, mostly as small blocks whose pages the heaps keep:
            // a session at 10,000 documents went from 142 MB to 1.7 GB resident after one report, and stayed there.
            _ = cmp_give_back_free_pages()
            lock.lock()
            outcome = said
            lock.unlock()
            finished.signal()
        }.start()
    }

    /// What the work said, once it has finished.
    var currentOutcome: LocalizedText? {
        lock.lock()
        defer { lock.unlock() }
        return outcome
    }

    /// Waits until the work has finished (starting it if it was not), and says what came of it.
    public func waitForOutcome() -> LocalizedText {
        start()
        finished.wait()
        finished.signal()
        return currentOutcome ?? LocalizedText(zh: "", en: "")
    }
}
