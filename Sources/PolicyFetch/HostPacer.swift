import Foundation

/// One request per host per interval, across all parallel jobs: each request reserves the next free slot of
/// its host and sleeps until then, so hosts proceed in parallel and one host is never hit faster.
final class HostPacer: @unchecked Sendable {
    private let lock = NSLock()
    private var next: [String: Date] = [:]
    private var intervals: [String: TimeInterval] = [:]
    let interval: TimeInterval

    init(interval: TimeInterval) {
        self.interval = interval
    }

    /// A longer interval for one host (robots.txt's Crawl-delay).
    func setInterval(_ seconds: TimeInterval, for host: String) {
        lock.lock()
        intervals[host] = max(interval, seconds)
        lock.unlock()
    }

    /// Waits for the host's next slot.
    func wait(for host: String) {
        lock.lock()
        let now = Date()
        let start = max(now, next[host] ?? now)
        next[host] = start.addingTimeInterval(intervals[host] ?? interval)
        lock.unlock()
        let delay = start.timeIntervalSince(now)
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
    }
}
