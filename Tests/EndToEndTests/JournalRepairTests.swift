import Foundation
import Glibc
import XCTest

/// A torn line in one analyst's journal (a crash, a full disk, a hand edit) made `ipap export` refuse for everyone,
/// saying "repair or remove the line" with no tool to do it; a later append starts a fresh line, but the fragment
/// stayed. `ipap review repair` moves the unreadable lines of the caller's own journal to a side file, never
/// editing the journal in place, and the refusal names it.
final class JournalRepairTests: XCTestCase {
    private var root: URL!
    private var corpus: URL { root.appendingPathComponent("corpus") }
    private var reviews: URL { corpus.appendingPathComponent("reviews") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-repair-\(UUID().uuidString)")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private func ipap(_ arguments: [String], language: String = "en") -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", corpus.path], environment: ["IPAP_LANG": language])
    }

    private func journal() throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.hasSuffix(".jsonl") }
        return reviews.appendingPathComponent(try XCTUnwrap(names.first))
    }

    private func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func testRepairMovesTheTornLineAsideAndTheExportGoesThrough() throws {
        XCTAssertEqual(ipap(["review", "add", "--target", "gf-2015-40", "--note", "读过"]).status, 0)
        let url = try journal()
        let fragment = #"{"author":"x","id":"torn","kind":"note","note":"半截"#
        try append(fragment, to: url)
        // The next append starts a fresh line: the fragment is line 2, the entry line 3.
        XCTAssertEqual(ipap(["review", "add", "--target", "gf-2015-40", "--note", "后来"]).status, 0)
        let before = try String(contentsOf: url, encoding: .utf8)
        let out = root.appendingPathComponent("report.md")
        for (language, said) in [("en", "the journal's owner can move unreadable lines to a side file with ipap review repair"),
                                 ("zh", "日志的所有者运行 ipap review repair 可把无法读取的行移到旁存文件")] {
            let refused = ipap(["export", "--format", "markdown", "--out", out.path], language: language)
            XCTAssertEqual(refused.status, 1)
            XCTAssertTrue(refused.stderr.contains(said) && refused.stderr.contains(url.lastPathComponent + ":2"), refused.stderr)
        }

        let repair = ipap(["review", "repair"])
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertTrue(repair.stdout.contains("moved 1 unreadable line of ") && repair.stdout.contains("(line 2)"), repair.stdout)
        let sides = try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.contains(".unreadable-") }
        XCTAssertEqual(sides.count, 1, "\(sides)")
        let side = reviews.appendingPathComponent(try XCTUnwrap(sides.first))
        XCTAssertEqual(try String(contentsOf: side, encoding: .utf8), fragment + "\n", "the fragment kept whole, beside the journal")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), before.replacingOccurrences(of: fragment + "\n", with: ""),
                       "every other line as it was")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.hasPrefix(".") }, [], "no temporary left")

        let export = ipap(["export", "--format", "markdown", "--out", out.path])
        XCTAssertEqual(export.status, 0, export.stderr)
        let list = ipap(["review", "list", "--format", "json"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("读过") && list.stdout.contains("后来"), list.stdout)
        let again = ipap(["review", "repair"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("nothing to repair"), again.stdout)
    }

    /// An unterminated last line that is a whole entry (the export refuses it as incomplete) is kept and given its newline:
    /// under the lock no write is in progress.
    func testAWholeEntryWithoutItsNewlineIsKept() throws {
        XCTAssertEqual(ipap(["review", "add", "--target", "gf-2015-40", "--note", "读过"]).status, 0)
        let url = try journal()
        var text = try String(contentsOf: url, encoding: .utf8)
        text.removeLast()
        try Data(text.utf8).write(to: url)
        XCTAssertEqual(ipap(["export", "--format", "markdown", "--out", root.appendingPathComponent("r.md").path]).status, 1, "refused")
        let repair = ipap(["review", "repair"])
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertTrue(repair.stdout.contains("a whole entry, lacked its newline: it has it now"), repair.stdout)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), text + "\n", "the entry kept, ended")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.contains(".unreadable-") }, [], "nothing moved")
        XCTAssertEqual(ipap(["export", "--format", "markdown", "--out", root.appendingPathComponent("r.md").path]).status, 0)
    }

    /// An append that waited for the lock while a repair renamed a new journal over the old one wrote into the old
    /// file, lost with it: it goes to the journal at the path once the lock is its.
    func testAnAppendWaitingOnTheLockLandsInTheRepairedJournal() throws {
        XCTAssertEqual(ipap(["review", "add", "--target", "gf-2015-40", "--note", "读过"]).status, 0)
        let url = try journal()
        let old = open(url.path, O_RDONLY)
        XCTAssertGreaterThanOrEqual(old, 0)
        defer { close(old) }
        XCTAssertEqual(flock(old, LOCK_EX), 0)
        var environment = ProcessInfo.processInfo.environment
        environment["IPAP_LANG"] = "en"
        let pid = try XCTUnwrap(ProcessRunner.spawn([ProcessRunner.ipap, "review", "add", "--corpus", corpus.path, "--target", "gf-2015-40",
                                                     "--note", "等锁"], environment: environment, files: { actions in
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }))
        usleep(500_000)  // the add has opened the old journal and waits on its lock
        // What a repair does under the lock: a new journal renamed over the old.
        let replacement = reviews.appendingPathComponent(".replacement")
        try Data(contentsOf: url).write(to: replacement)
        XCTAssertEqual(rename(replacement.path, url.path), 0)
        flock(old, LOCK_UN)
        XCTAssertEqual(ProcessRunner.wait(pid), 0)
        XCTAssertTrue(try String(contentsOf: url, encoding: .utf8).contains("等锁"), "the entry is in the journal at the path")
    }

    /// `review repair` killed with SIGKILL at random moments leaves the journal as it was or repaired, never half of
    /// either, and never loses a readable line; run again, it finishes.
    func testARepairKilledAtAnyMomentLeavesTheOldJournalOrTheRepairedOne() throws {
        XCTAssertEqual(ipap(["review", "add", "--target", "gf-2015-40", "--note", "读过"]).status, 0)
        let url = try journal()
        let me = url.deletingPathExtension().lastPathComponent
        // About 10 MB, so that the copy takes long enough to be cut.
        let lines = (0..<20_000).map { n in
            #"{"author":"\#(me)","id":"20260101T000000.000Z-\#(me)-\#(n)","kind":"note","note":"\#(n) \#(String(repeating: "长", count: 150))","schema":1,"target":{"id":"gf-2015-40","kind":"document"},"time":"2026-01-01T00:00:00.000Z"}"# + "\n"
        }
        let torn = "{\"author\":\"x\",\"note\":\"半"
        let original = lines[..<10_000].joined() + torn + "\n" + lines[10_000...].joined()
        let repaired = lines.joined()
        let (seed, seeded) = try TestSeed.generator(for: "repair-kill")
        var generator = seeded
        var environment = ProcessInfo.processInfo.environment
        environment["IPAP_LANG"] = "en"
        for round in 0..<6 {
            try Data(original.utf8).write(to: url)
            let delay = Double.random(in: 0...2.5, using: &generator)  // a repair of this journal takes about 2 s (debug)
            let pid = try XCTUnwrap(ProcessRunner.spawn([ProcessRunner.ipap, "review", "repair", "--corpus", corpus.path], environment: environment,
                                                        files: { actions in
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }))
            usleep(useconds_t(delay * 1_000_000))
            kill(pid, SIGKILL)
            _ = ProcessRunner.wait(pid)
            let now = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(now == original || now == repaired, "round \(round), delay \(delay), seed \(seed): \(now.utf8.count) bytes")
            let rerun = ipap(["review", "repair"])
            XCTAssertEqual(rerun.status, 0, rerun.stderr)
            XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), repaired, "round \(round), seed \(seed)")
            let sides = try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.contains(".unreadable-") }
            XCTAssertEqual(sides.count, 1, "one side file, however often the repair ran: \(sides)")
        }
    }
}
