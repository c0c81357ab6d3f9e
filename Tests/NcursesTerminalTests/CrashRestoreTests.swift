import Foundation
import XCTest
@testable import TerminalUI
@testable import NcursesTerminal

/// A crash must leave the terminal usable: the test binary re-runs itself as a child that
/// starts ncurses on a file and traps; the parent checks the child died of the trap signal
/// and that the reset sequence (leave the alternate screen) was written after the frame.
final class CrashRestoreTests: XCTestCase {
    static let childVariable = "TERMINALUI_CRASH_CHILD_OUTPUT"

    func testCrashChild() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.childVariable] else {
            throw XCTSkip("the child of testTerminalIsRestoredAfterACrash: runs only when that test starts it")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let input = open("/dev/null", O_RDONLY)
        let backend = NcursesBackend(options: .init(
            terminalType: "xterm-256color", outputFileDescriptor: fd, inputFileDescriptor: input,
            size: Size(width: 20, height: 3)))
        try backend.start()
        var canvas = Canvas(size: backend.size)
        canvas.put("崩溃前", x: 0, y: 0)
        backend.draw(canvas)
        fatalError("deliberate crash to test terminal restoration")
    }

    func testTerminalIsRestoredAfterACrash() throws {
        let output = NSTemporaryDirectory() + "tui-crash-\(UUID().uuidString).out"
        defer { unlink(output) }
        let executable = CommandLine.arguments[0]
        let args = [executable, "NcursesTerminalTests.CrashRestoreTests/testCrashChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.childVariable] = output
        environment["SWIFT_BACKTRACE"] = "enable=no"  // keep the child quick and quiet
        let envStrings = environment.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = args.map { strdup($0) } + [nil]
        var cEnv = envStrings.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArgs, &cEnv)
        XCTAssertEqual(spawned, 0)
        guard spawned == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let signalled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        XCTAssertTrue(signalled, "child should die of its trap, status \(status)")
        XCTAssertTrue([SIGILL, SIGTRAP].contains(status & 0x7f), "signal \(status & 0x7f)")

        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        guard let frame = text.range(of: "崩溃前") else { return XCTFail("frame not written") }
        XCTAssertTrue(text[frame.upperBound...].contains("\u{1b}[?1049l"), "alternate screen not left after the crash")
    }
}
