import Foundation
import Glibc

/// Runs a program and collects its output, with posix_spawn and waitpid rather than Foundation.Process:
/// a tmux server forked by the child would keep Foundation's exit watch open forever, and the test
/// runner's blocked signals (SIGWINCH) must not be inherited.
struct ProcessRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `ipap` beside the test bundle (`.build/debug/ipap`).
    static var ipap: String {
        // On Linux the test bundle is an executable in the products directory, beside `ipap`.
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("ipap").path
    }

    /// A test tool of the package built beside `ipap` (JournalStress).
    static func tool(_ name: String) -> String {
        URL(fileURLWithPath: ipap).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The checkout, for fixtures under data/.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// This process's environment without proxies: tests never reach the network, and a proxy a test set (or a
    /// developer's own) must not reach a child unless the test gives it one.
    static var testEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { !["http_proxy", "https_proxy", "no_proxy", "all_proxy"].contains($0.key.lowercased()) }
    }

    /// The test environment in the C.UTF-8 locale, without the analyst's language and corpus, then `environment`.
    static func childEnvironment(_ environment: [String: String]) -> [String: String] {
        var env = testEnvironment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["IPAP_LANG"] = nil
        env["IPAP_CORPUS"] = nil
        for (k, v) in environment { env[k] = v }
        return env
    }

    /// Runs `arguments`, its stdin /dev/null: its exit status and what it wrote to stdout and to stderr.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> Output {
        let env = childEnvironment(environment)
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        pipe(&outPipe)
        pipe(&errPipe)
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pid = spawn(arguments, environment: env) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        }
        close(outPipe[1])
        close(errPipe[1])
        guard let pid else {
            close(outPipe[0]); close(errPipe[0])
            return Output(status: -1, stdout: "", stderr: "spawn failed")
        }
        // Read both pipes without deadlock: stderr on a background thread.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let errFD = errPipe[0]
        let done = DispatchSemaphore(value: 0)
        Thread {
            errBox.data = Self.readAll(errFD)
            done.signal()
        }.start()
        let out = readAll(outPipe[0])
        done.wait()
        close(outPipe[0]); close(errPipe[0])
        let exit = wait(pid)
        return Output(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    /// Runs `arguments` with stdout and stderr on one pipe, as `2>&1 | less` gives them: its exit status and
    /// all it wrote, in the order written.
    static func runMerged(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        var both: [Int32] = [0, 0]
        pipe(&both)
        for fd in both { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pid = spawn(arguments, environment: childEnvironment(environment)) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, both[1], 1)
            posix_spawn_file_actions_adddup2(&actions, both[1], 2)
        }
        close(both[1])
        defer { close(both[0]) }
        guard let pid else { return (-1, "spawn failed") }
        let output = readAll(both[0])
        return (wait(pid), String(decoding: output, as: UTF8.self))
    }

    /// Starts `arguments` with exactly `environment`, an empty signal mask and default handlers (the test
    /// runner blocks SIGWINCH, which a child must not inherit); `files` sets up its descriptors.
    static func spawn(_ arguments: [String], environment: [String: String],
                      files: (inout posix_spawn_file_actions_t) -> Void) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        files(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        var pid: pid_t = 0
        return posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 ? pid : nil
    }

    /// Waits for `pid`; its exit status, or 128 + the signal that ended it.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return data
    }
}
