import Foundation

/// A one-line progress report on stderr for long runs (import, analyze, fetch): done/total, failed, rate, time
/// left. Only when stderr is a terminal (or IPAP_PROGRESS=always, for tests and logs): piped output gets
/// nothing of it. Safe to call from worker threads.
final class ProgressLine: @unchecked Sendable {
    private var total: Int
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int, label: String, unit: String,
         enabled: Bool = isatty(STDERR_FILENO) == 1 || ProcessInfo.processInfo.environment["IPAP_PROGRESS"] == "always") {
        self.total = max(1, total)
        self.label = label
        self.unit = unit
        self.enabled = enabled
    }

    /// Redraws at most ten times a second.
    func update(_ done: Int, failed: Int? = nil, total newTotal: Int? = nil) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if let newTotal { total = max(1, newTotal) }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1b}[K" + Self.line(label: label, unit: unit, done: done, failed: failed, total: total,
                                                                      elapsed: now.timeIntervalSince(start))).utf8))
    }

    /// Clears the line so that what follows starts on a clean row.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1b}[K".utf8)) }
    }

    static func line(label: String, unit: String, done: Int, failed: Int? = nil, total: Int, elapsed: TimeInterval) -> String {
        let zh = Terminal.language == .chinese
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let remaining = Int(left.rounded())
        let tail = done >= total ? "" : (zh ? "剩余 \(remaining)s" : "\(remaining)s left")
        let failures = failed.map { zh ? "  失败 \($0)" : "  \($0) failed" } ?? ""
        // Slow runs (a polite fetch: one page a second) show their rate per minute, not a rounded 0/s.
        let rateText = rate >= 1 || rate == 0 ? "\(Int(rate.rounded()))/s" : "\(Int((rate * 60).rounded()))/min"
        return "\(label) \(done)/\(total) \(unit)\(failures)  \(rateText)  " + tail
    }
}
