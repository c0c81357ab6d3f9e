import Foundation

/// A one-line progress report on stderr for long runs (import, analyze): done/total, rate, time left.
/// Only when stderr is a terminal: piped output gets nothing of it. Safe to call from worker threads.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int, label: String, unit: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = max(1, total)
        self.label = label
        self.unit = unit
        self.enabled = enabled
    }

    /// Redraws at most ten times a second.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1b}[K" + Self.line(label: label, unit: unit, done: done, total: total,
                                                                      elapsed: now.timeIntervalSince(start))).utf8))
    }

    /// Clears the line so that what follows starts on a clean row.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1b}[K".utf8)) }
    }

    static func line(label: String, unit: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let remaining = Int(left.rounded())
        let tail = done >= total ? "" : (Terminal.language == .chinese ? "剩余 \(remaining)s" : "\(remaining)s left")
        return "\(label) \(done)/\(total) \(unit)  \(Int(rate.rounded()))/s  " + tail
    }
}
