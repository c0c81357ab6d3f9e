import Foundation
import XCTest

/// Two analysts importing into one corpus on a shared server: the second import says that another one is
/// writing, waits for it, and then imports (it no longer waits in silence).
final class ImportLockCommandLineTests: XCTestCase {
    func testAnImportWaitingForAnotherSaysSoAndThenImports() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-import-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("a").path, corpus = dir.appendingPathComponent("c").path
        let environment = ["IPAP_LANG": "en"]
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "demo", "--out", source, "--documents", "6", "--length", "800"],
                                         environment: environment).status, 0)
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "import", source, "--into", corpus, "--synthetic"],
                                         environment: environment).status, 0)

        // Another import holds the corpus's lock (an flock on the corpus folder, as `ipap import` takes it).
        let held = open(corpus, O_RDONLY | O_DIRECTORY | O_CLOEXEC)  // not inherited: the child must not share the lock
        XCTAssertGreaterThanOrEqual(held, 0)
        XCTAssertEqual(flock(held, LOCK_EX), 0)
        var released = false
        defer { if !released { close(held) } }

        let errors = dir.appendingPathComponent("stderr.txt").path, output = dir.appendingPathComponent("stdout.txt").path
        var env = ProcessRunner.testEnvironment
        env["LANG"] = "C.UTF-8"
        env["IPAP_LANG"] = "en"
        let pid = try XCTUnwrap(ProcessRunner.spawn([ProcessRunner.ipap, "import", source, "--into", corpus, "--synthetic", "--replace"],
                                                    environment: env) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        })
        // Wait for what it says, not for a time.
        let deadline = Date().addingTimeInterval(20)
        var said = ""
        while Date() < deadline {
            said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            if said.contains("another import is writing into") { break }
            usleep(20_000)
        }
        XCTAssertTrue(said.contains("another import is writing into \(corpus); waiting for it to finish"), said)
        var status: Int32 = 0
        XCTAssertEqual(waitpid(pid, &status, WNOHANG), 0, "still waiting while the other import holds the lock")

        close(held)
        released = true
        // It goes on once the lock is free; a test that hangs helps nobody, so it is stopped after 60 s.
        let end = Date().addingTimeInterval(60)
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < end { usleep(20_000) }
        if Date() >= end {
            kill(pid, SIGKILL)
            _ = ProcessRunner.wait(pid)
            return XCTFail("the import did not go on after the lock was released")
        }
        XCTAssertEqual((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), 0,
                       (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
        let reported = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        XCTAssertTrue(reported.contains("replaced 6"), reported)
    }
}
