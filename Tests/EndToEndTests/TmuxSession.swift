import Foundation
import Glibc

/// The real `ipap` in a private, detached tmux server: keys in, screen text out.
///
/// Every tmux call goes through `ProcessRunner` (posix_spawn + waitpid, empty signal mask, default
/// handlers), never Foundation.Process, which can hang on the forked tmux server. One server per
/// session (`tmux -S <unique socket> -f /dev/null`), removed by `close()`.
///
/// The pane runs a small wrapper script: an inner `sh` writes its pid to a file and `exec`s ipap
/// (so that pid is ipap's), then the outer shell records the exit status, prints `EXIT:<status>`
/// and sleeps, so the pane stays alive and shows what the terminal looks like after ipap left.
final class TmuxSession {
    /// Raised by the `wait` helpers; its description carries the screen as it was at the deadline.
    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen:\n\(TmuxSession.framed(screen))" }
    }

    static let sessionName = "ipap"

    /// tmux from PATH (or nil: the tests skip).
    static var tmux: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    let tmuxPath: String
    let socket: String
    let directory: URL
    private(set) var width: Int
    private(set) var height: Int
    private var closed = false

    var pidFile: URL { directory.appendingPathComponent("pid") }
    var statusFile: URL { directory.appendingPathComponent("status") }

    /// Starts `executable arguments...` at `width`x`height` with LANG/LC_ALL=C.UTF-8,
    /// TERM=xterm-256color and the given extra environment (e.g. IPAP_LANG).
    init(width: Int, height: Int, executable: String = ProcessRunner.ipap, arguments: [String] = [],
         environment: [String: String] = [:]) throws {
        guard let tmux = Self.tmux else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "tmux not found"]) }
        tmuxPath = tmux
        self.width = width
        self.height = height
        let id = UUID().uuidString.prefix(8)
        socket = "/tmp/ipap-e2e-\(getpid())-\(id).sock"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-e2e-\(getpid())-\(id)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        // A private state directory unless the test shares one: a saved session must not leak between tests.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
                   "XDG_STATE_HOME": directory.appendingPathComponent("state").path]
        for (k, v) in environment { env[k] = v }
        let envWords = env.keys.sorted().map { Self.quote("\($0)=\(env[$0]!)") }.joined(separator: " ")
        let command = ([executable] + arguments).map(Self.quote).joined(separator: " ")
        let script = """
            #!/bin/sh
            sh -c 'echo $$ > "$0"; exec "$@"' \(Self.quote(pidFile.path)) env \(envWords) \(command)
            rc=$?
            echo "$rc" > \(Self.quote(statusFile.path)).tmp && mv \(Self.quote(statusFile.path)).tmp \(Self.quote(statusFile.path))
            echo "EXIT:$rc"
            exec sleep 3600

            """
        let scriptURL = directory.appendingPathComponent("run.sh")
        try Data(script.utf8).write(to: scriptURL)
        chmod(scriptURL.path, 0o755)

        // status off first (same client command list, so the server starts once): the pane is then
        // the whole window from the start and ipap never sees a spurious first resize.
        let out = run(["set-option", "-g", "status", "off", ";",
                       "set-option", "-g", "remain-on-exit", "on", ";",
                       "new-session", "-d", "-s", Self.sessionName, "-x", "\(width)", "-y", "\(height)", scriptURL.path])
        guard out.status == 0 else {
            close()
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "tmux new-session failed: \(out.stderr)"])
        }
    }

    deinit { close() }

    // MARK: tmux

    @discardableResult
    func run(_ arguments: [String]) -> ProcessRunner.Output {
        ProcessRunner.run([tmuxPath, "-S", socket, "-f", "/dev/null"] + arguments)
    }

    /// Key names as tmux understands them: "j", "Enter", "Escape", "C-c", "Up".
    func send(_ keys: String...) {
        run(["send-keys", "-t", Self.sessionName, "--"] + keys)
    }

    /// Literal text (e.g. a Chinese search term), not interpreted as key names.
    func type(_ text: String) {
        run(["send-keys", "-t", Self.sessionName, "-l", "--", text])
    }

    /// The visible pane as plain text, one line per row (trailing blanks trimmed by tmux).
    func capture() -> String {
        run(["capture-pane", "-p", "-t", Self.sessionName]).stdout
    }

    /// The visible pane with SGR escapes (to see which row is highlighted).
    func captureStyled() -> String {
        run(["capture-pane", "-p", "-e", "-t", Self.sessionName]).stdout
    }

    /// The captured rows, padded to the pane height.
    func rows(_ screen: String? = nil) -> [String] {
        var rows = (screen ?? capture()).components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        while rows.count < height { rows.append("") }
        return rows
    }

    /// Rows that start in reverse video (a selection bar, the status line; not the tab row, whose
    /// current tab is reversed mid-row), escapes removed.
    func highlightedRows() -> [String] {
        captureStyled().components(separatedBy: "\n").filter { line in
            guard line.hasPrefix("\u{1B}[") else { return false }
            return Self.sgrParameters(in: line).first.map { $0.split(separator: ";").contains("7") } ?? false
        }.map(Self.stripEscapes)
    }

    /// Polls capture-pane every 20 ms until `predicate` holds, returning that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 5, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() >= deadline { throw Timeout(what: what, screen: screen) }
            usleep(20_000)
            screen = capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitForAbsence(of text: String, timeout: TimeInterval = 5) throws -> String {
        try waitUntil("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
    }

    /// Resizes the (client-less) window; ipap gets SIGWINCH from the pty.
    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", Self.sessionName, "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    // MARK: the ipap process

    /// ipap's pid (the inner shell wrote `$$` before `exec`), once it has started.
    var ipapPID: pid_t? {
        guard let text = try? String(contentsOf: pidFile, encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// ipap's exit status as the shell saw it (128+n after signal n), or nil while it runs.
    var exitStatus: Int32? {
        guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    var isRunning: Bool { exitStatus == nil }

    /// Waits for ipap to end; returns its exit status or nil at the deadline.
    func waitForExit(timeout: TimeInterval = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus { return status }
            usleep(20_000)
        }
        return exitStatus
    }

    /// Sends `sig` to ipap itself (not to the wrapper shell or tmux).
    @discardableResult
    func signal(_ sig: Int32) -> Bool {
        guard let pid = ipapPID else { return false }
        return kill(pid, sig) == 0
    }

    /// Reads VmHWM (peak resident set, kB) of the running ipap from /proc.
    var peakResidentKilobytes: Int? {
        guard let pid = ipapPID, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// Kills the tmux server (and with it ipap and the wrapper) and removes socket and files.
    func close() {
        guard !closed else { return }
        closed = true
        if let pid = ipapPID, exitStatus == nil { kill(pid, SIGKILL) }
        run(["kill-server"])
        unlink(socket)
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: text helpers

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func framed(_ screen: String) -> String {
        let rows = screen.components(separatedBy: "\n")
        let widest = rows.map(displayWidth).max() ?? 0
        let ruler = "+" + String(repeating: "-", count: widest) + "+"
        return ([ruler] + rows.map { "|" + $0 } + [ruler]).joined(separator: "\n")
    }

    static func sgrParameters(in line: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(line)
        while let start = rest.range(of: "\u{1B}[") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(where: { $0.isLetter }) else { break }
            if after[end] == "m" { result.append(after[..<end]) }
            rest = after[after.index(after: end)...]
        }
        return result
    }

    static func stripEscapes(_ line: String) -> String {
        var out = ""
        var iterator = line.unicodeScalars.makeIterator()
        while let c = iterator.next() {
            if c == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let d = iterator.next(), !(0x40...0x7E).contains(d.value) {}
                }
                continue
            }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Terminal columns of `s` (East Asian wide and fullwidth = 2, combining = 0, else 1).
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }

    static func scalarWidth(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0 { return 0 }
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
            0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
            0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
            0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
