import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalUI

/// A dropped SSH connection sends SIGHUP twice: the terminal's hangup, then the session leader's exit.
/// The second one must not end ipap before it saves the analyst's place.
final class SignalGuardHangupTests: XCTestCase {
    #if os(Linux)
    func testASecondHangupNeitherEndsTheProcessNorKillsItAfterUninstall() throws {
        SignalGuard.install(outputFD: -1, ttyFD: -1, reset: [])
        defer { SignalGuard.uninstall() }
        // The child runs only async-signal-safe steps (the handler itself, sigaction, raise, _exit).
        let child = fork()
        if child == 0 {
            SignalGuard.onTermination(SIGHUP)
            SignalGuard.onTermination(SIGHUP)   // must not _exit(129)
            SignalGuard.uninstall()
            raise(SIGHUP)                       // must not end the process with the default action
            _exit(0)
        }
        XCTAssertGreaterThan(child, 0, "fork failed")
        var status: Int32 = 0
        XCTAssertEqual(waitpid(child, &status, 0), child)
        let signalled = (status & 0x7f) != 0
        let exitCode = (status >> 8) & 0xff
        XCTAssertFalse(signalled, "killed by signal \(status & 0x7f)")
        XCTAssertEqual(exitCode, 0, "ended with \(exitCode) (129: the second SIGHUP was taken for a stuck loop)")
    }
    #endif
}
