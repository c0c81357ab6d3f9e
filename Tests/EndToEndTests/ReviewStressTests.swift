import Foundation
import Glibc
import XCTest

/// Many real `ipap` processes appending at once, and writers killed mid-session: every journal line is
/// present exactly once and parses; a killed writer loses at most its in-flight entry.
final class ReviewStressTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-review-stress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: corpus)
    }

    /// Starts the JournalStress test tool (the journal's own append path, under a test author name); output to
    /// /dev/null. The shipped ipap has no such hook.
    private func spawnWriter(author: String, count: Int) -> pid_t {
        let env = ProcessInfo.processInfo.environment
        let arguments = [ProcessRunner.tool("JournalStress"), "append", corpus.path, author, String(count)]
        let errPath = corpus.appendingPathComponent("stderr-\(author)-\(UUID().uuidString).txt").path
        let pid = ProcessRunner.spawn(arguments, environment: env) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        XCTAssertNotNil(pid, "JournalStress did not start")
        return pid ?? 0
    }

    /// The exit status (or 128 + signal).
    private func wait(_ pid: pid_t) -> Int32 { ProcessRunner.wait(pid) }

    /// Journal lines as (author, pid, index) of the stress notes, plus the lines that did not parse.
    private func readJournal(_ author: String) throws -> (entries: [(pid: Int, index: Int)], bad: [Int], lines: Int) {
        let url = corpus.appendingPathComponent("reviews/\(author).jsonl")
        let data = try Data(contentsOf: url)
        var entries: [(Int, Int)] = []
        var bad: [Int] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let note = object["note"] as? String, object["author"] as? String == author else {
                bad.append(i + 1)
                continue
            }
            let words = note.split(separator: "\n")[0].split(separator: " ")
            guard words.count == 3, words[0] == author, let pid = Int(words[1]), let index = Int(words[2]) else {
                bad.append(i + 1)
                continue
            }
            entries.append((pid, index))
        }
        return (entries, bad, lines.count)
    }

    func testSixteenWritersOnOneJournalAndEightOnTheirOwnAtOnce() throws {
        let count = 500
        let start = Date()
        var pids: [pid_t] = []
        for _ in 0..<16 { pids.append(spawnWriter(author: "shared", count: count)) }
        for i in 0..<8 { pids.append(spawnWriter(author: "analyst\(i)", count: count)) }
        let statuses = pids.map(wait)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(statuses, Array(repeating: 0, count: pids.count))

        let shared = try readJournal("shared")
        XCTAssertEqual(shared.bad, [], "every line parses")
        XCTAssertEqual(shared.entries.count, 16 * count)
        var seen: [Int: Set<Int>] = [:]
        for e in shared.entries {
            XCTAssertTrue(seen[e.pid, default: []].insert(e.index).inserted, "duplicate \(e)")
        }
        XCTAssertEqual(Set(seen.keys), Set(pids.prefix(16).map(Int.init)))
        XCTAssertTrue(seen.values.allSatisfy { $0 == Set(0..<count) }, "every entry of every writer exactly once")
        for i in 0..<8 {
            let own = try readJournal("analyst\(i)")
            XCTAssertEqual(own.bad, [])
            XCTAssertEqual(own.entries.map(\.index), Array(0..<count), "in order, each once")
        }
        print("review stress: \(pids.count) processes, \(pids.count * count) entries in \(String(format: "%.1f", elapsed)) s")
    }

    func testAWriterKilledMidSessionLosesAtMostItsInFlightEntry() throws {
        let (seed, seeded) = try TestSeed.generator(for: "review kill")
        var generator = seeded
        var previousBad = 0
        var planted = 0
        var delays: [UInt32] = []
        let url = corpus.appendingPathComponent("reviews/killed.jsonl")
        for round in 0..<20 {
            let pid = spawnWriter(author: "killed", count: 1_000_000)
            let delay = UInt32.random(in: 30_000...90_000, using: &generator)
            delays.append(delay)
            // What was drawn, for every failure: the timing itself cannot be made again.
            let drawn = "round \(round), killed after \(delay) µs drawn (IPAP_TEST_SEED=\(seed))"
            usleep(delay)  // start-up takes some of it
            kill(pid, SIGKILL)
            XCTAssertEqual(wait(pid), 128 + SIGKILL, drawn)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            if round % 5 == 2 {
                // A torn line as a crash in the middle of a write leaves it: the next writer must start afresh.
                let handle = try FileHandle(forWritingTo: url)
                handle.seekToEndOfFile()
                handle.write(Data("{\"author\":\"killed\",\"id\":\"torn-\(round)".utf8))
                handle.closeFile()
                planted += 1
            }
            let now = try readJournal("killed")
            XCTAssertLessThanOrEqual(now.bad.count, previousBad + 1 + (round % 5 == 2 ? 1 : 0),
                                     "\(drawn): at most the in-flight line is torn")
            previousBad = now.bad.count
        }
        let drawn = "killed after µs drawn, by round: \(delays) (IPAP_TEST_SEED=\(seed))"
        let journal = try readJournal("killed")
        // Each killed writer can leave at most one torn line; the next writer starts a fresh line after it.
        XCTAssertGreaterThanOrEqual(journal.bad.count, planted, drawn)
        XCTAssertLessThanOrEqual(journal.bad.count, planted + 20, drawn)
        var byPid: [Int: [Int]] = [:]
        for e in journal.entries { byPid[e.pid, default: []].append(e.index) }
        for (pid, indices) in byPid {
            XCTAssertEqual(indices, Array(0..<indices.count), "writer \(pid): nothing before its last entry is lost, in order; \(drawn)")
        }
        XCTAssertGreaterThan(journal.entries.count, 0, "the writers got to write; \(drawn)")
        // The loader agrees: every good line is an entry, every bad one a problem with its line.
        // The journals were written under test names by one account: read them by name too (the test tool).
        let out = ProcessRunner.run([ProcessRunner.tool("JournalStress"), "read", corpus.path])
        XCTAssertEqual(out.status, journal.bad.isEmpty ? 0 : 1, out.stderr)
        XCTAssertEqual(out.stdout.components(separatedBy: "\n压力测试").count - 1, journal.entries.count)
        for line in journal.bad {
            XCTAssertTrue(out.stderr.contains("reviews/killed.jsonl:\(line):1: "), out.stderr)
        }
        print("review kill: \(journal.entries.count) entries kept, \(journal.bad.count) torn line(s) reported")
    }
}
