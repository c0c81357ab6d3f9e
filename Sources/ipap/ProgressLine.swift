import Foundation

/// Progress on stderr for long runs (import, analyze, fetch): done/total, failed, rate, time left. On a
/// terminal (or with IPAP_PROGRESS=always, for tests) one line redrawn in place; when stderr is a file or a
/// pipe (a run left going with nohup over SSH), a plain line every 30 seconds, so that its log shows it is
/// alive, and nothing at all for runs shorter than that; IPAP_PROGRESS=never turns it off. Safe to call from
/// worker threads.
final class ProgressLine: @unchecked Sendable {
    enum Mode { case terminal, log, off }

    private var total: Int
    private let label: String
    private let unit: String
    private let mode: Mode
    private let clock: @Sendable () -> Date
    private let write: @Sendable (String) -> Void
    private let start: Date
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    /// Seconds between two lines in a log.
    static let logInterval: TimeInterval = 30

    init(total: Int, label: String, unit: String, mode: Mode = ProgressLine.defaultMode,
         clock: @escaping @Sendable () -> Date = { Date() },
         write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = max(1, total)
        self.label = label
        self.unit = unit
        self.mode = mode
        self.clock = clock
        self.write = write
        start = clock()
        if mode == .log { lastDraw = start }  // the first line after logInterval, not at once
    }

    static var defaultMode: Mode {
        switch ProcessInfo.processInfo.environment["IPAP_PROGRESS"] {
        case "always": .terminal
        case "never": .off
        default: isatty(STDERR_FILENO) == 1 ? .terminal : .log
        }
    }

    /// Redraws at most ten times a second on a terminal; in a log, writes a line every `logInterval`.
    func update(_ done: Int, failed: Int? = nil, total newTotal: Int? = nil) {
        guard mode != .off else { return }
        lock.lock()
        defer { lock.unlock() }
        if let newTotal { total = max(1, newTotal) }
        let now = clock()
        // The line is made only when it is written: `line` reads the environment (the language), and the
        // analysis calls this twice per document from its worker threads.
        func text() -> String {
            Self.line(label: label, unit: unit, done: done, failed: failed, total: total, elapsed: now.timeIntervalSince(start))
        }
        switch mode {
        case .terminal:
            guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            drawn = true
            write("\r\u{1b}[K" + text())
        case .log:
            guard now.timeIntervalSince(lastDraw) >= Self.logInterval else { return }
            lastDraw = now
            write(TextSafety.clean(text()) + "\n")
        case .off:
            return
        }
    }

    /// Clears the line so that what follows starts on a clean row.
    func finish() {
        guard mode == .terminal else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1b}[K") }
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
