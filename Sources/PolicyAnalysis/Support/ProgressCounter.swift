import Foundation

/// Counts finished work items across threads and passes the count to a reporter (a progress line).
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func advance(by steps: Int = 1) {
        guard let report, steps > 0 else { return }
        lock.lock()
        done += steps
        let now = done
        lock.unlock()
        report(now, total)
    }
}
