import Foundation
import Glibc
import XCTest

/// `ipap export --format csv --force` killed with SIGKILL at random points: once the next export of the same
/// FILE has looked (it finishes a killed export that had reached its commit point, then refuses to overwrite),
/// the tables are all those of the earlier export or all new ones, never a mix.
final class ExportKillTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// Each table file's inode by name: a table written again is a new file (renamed into place).
    private func tables(_ dir: URL) throws -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".csv") {
            var info = stat()
            guard stat(dir.appendingPathComponent(name).path, &info) == 0 else { continue }
            out[name] = UInt64(info.st_ino)
        }
        return out
    }

    func testSIGKILLAtRandomPointsLeavesAllOldOrAllNewTables() throws {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo").path
        let environment = ["IPAP_LANG": "en"]
        func export(_ dir: URL, force: Bool) -> [String] {
            [ProcessRunner.ipap, "export", "--corpus", demo, "--format", "csv", "--out", dir.appendingPathComponent("r.csv").path]
                + (force ? ["--force"] : [])
        }
        // Timed once, so that the kills fall across the whole run.
        let timing = root.appendingPathComponent("timing")
        try FileManager.default.createDirectory(at: timing, withIntermediateDirectories: true)
        let start = Date()
        let first = ProcessRunner.run(export(timing, force: false), environment: environment)
        let duration = Date().timeIntervalSince(start)
        XCTAssertEqual(first.status, 0, first.stderr)
        let count = try tables(timing).count
        XCTAssertGreaterThan(count, 5)

        var outcomes: [String: Int] = [:]
        for round in 0..<12 {
            let dir = root.appendingPathComponent("r\(round)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            XCTAssertEqual(ProcessRunner.run(export(dir, force: false), environment: environment).status, 0)
            let old = try tables(dir)
            // A third anywhere in the run, a third late (where the tables are written), a third the moment the
            // first table changes (where a table-by-table write would be half done).
            let delay = round % 3 == 0 ? Double.random(in: 0...(duration * 1.1)) : Double.random(in: (duration * 0.7)...(duration * 1.05))
            guard let pid = ProcessRunner.spawn(export(dir, force: true), environment: ProcessInfo.processInfo.environment, files: { actions in
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }) else { return XCTFail("cannot start ipap") }
            if round % 3 == 2 {
                let deadline = Date().addingTimeInterval(duration * 5)
                while Date() < deadline, (try? tables(dir)) == old {}
            } else {
                usleep(useconds_t(delay * 1_000_000))
            }
            kill(pid, SIGKILL)
            let status = ProcessRunner.wait(pid)

            // The next export of the same FILE, without --force: finishes what was committed, then refuses.
            let next = ProcessRunner.run(export(dir, force: false), environment: environment)
            XCTAssertEqual(next.status, 2, "round \(round): \(next.stderr)")
            let seen = try tables(dir)
            XCTAssertEqual(Set(seen.keys), Set(old.keys), "round \(round)")
            let kept = seen.filter { old[$0.key] == $0.value }.count
            let outcome = kept == count ? "old" : kept == 0 ? "new" : "mixed"
            outcomes[outcome + (status == 128 + SIGKILL ? " (killed)" : " (finished)"), default: 0] += 1
            XCTAssertNotEqual(outcome, "mixed", "round \(round), killed after \(delay) s of \(duration) s: \(kept) of \(count) tables old")
            let hidden = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
            XCTAssertEqual(hidden, [], "round \(round): nothing of the killed export stays")
        }
        print("csv export: \(String(format: "%.2f", duration)) s; outcomes after SIGKILL: \(outcomes.sorted { $0.key < $1.key })")
    }
}
