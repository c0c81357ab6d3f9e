import Foundation
import Glibc
import XCTest

/// `ipap import` killed with SIGKILL at random points leaves the corpus exactly as it was or exactly as the
/// import makes it, never a mix; the next import finishes or discards what the killed one left (issue 14 #5).
final class ImportKillTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-import-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// A source of `count` documents whose titles carry `label`.
    private func source(_ name: String, count: Int, label: String) throws -> URL {
        let dir = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("texts"), withIntermediateDirectories: true)
        var manifest = "id,title,issuer,level,file\n"
        for i in 0..<count {
            let id = String(format: "d-%04d", i)
            manifest += "\(id),国务院关于\(label)第\(i)号的通知,国务院,国家,texts/\(id).txt\n"
            try Data("一、总体要求\n\(label)正文第\(i)篇，推进“互联网+”行动。\n".utf8).write(to: dir.appendingPathComponent("texts/\(id).txt"))
        }
        try Data(manifest.utf8).write(to: dir.appendingPathComponent("manifest.csv"))
        return dir
    }

    /// Starts `arguments` in the background, output discarded, to be killed.
    private func spawnQuietly(_ arguments: [String]) -> pid_t? {
        ProcessRunner.spawn(arguments, environment: ProcessInfo.processInfo.environment) { actions in
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
    }

    /// What a reader sees: the corpus name and every document's id and title.
    private func state(_ corpus: URL) throws -> String {
        let stats = ProcessRunner.run([ProcessRunner.ipap, "stats", "--corpus", corpus.path], environment: ["IPAP_LANG": "en"])
        let list = ProcessRunner.run([ProcessRunner.ipap, "list", "--corpus", corpus.path, "--format", "csv"], environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertEqual(list.status, 0, list.stderr)
        return (stats.stdout.split(separator: "\n").first.map(String.init) ?? "") + "\n" + list.stdout
    }

    func testSIGKILLAtRandomPointsLeavesExactlyTheOldOrTheNewCorpus() throws {
        let old = try source("old", count: 300, label: "旧")
        let new = try source("new", count: 400, label: "新")
        let template = root.appendingPathComponent("template")
        let first = ProcessRunner.run([ProcessRunner.ipap, "import", old.path, "--into", template.path, "--name", "旧语料"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let oldState = try state(template)

        func copy() throws -> URL {
            let corpus = root.appendingPathComponent("c-\(UUID().uuidString.prefix(8))")
            try FileManager.default.copyItem(at: template, to: corpus)
            return corpus
        }
        let importArguments = { (corpus: URL) in [ProcessRunner.ipap, "import", new.path, "--into", corpus.path, "--replace", "--name", "新语料"] }

        // The import run to its end, timed: the kills fall across its whole length.
        let whole = try copy()
        let start = Date()
        let full = ProcessRunner.run(importArguments(whole))
        let duration = Date().timeIntervalSince(start)
        XCTAssertEqual(full.status, 0, full.stderr)
        let newState = try state(whole)
        XCTAssertNotEqual(oldState, newState)

        var outcomes: [String: Int] = [:]
        let (seed, seeded) = try TestSeed.generator(for: "import kill")
        var generator = seeded
        var drawnByRound: [String] = []
        for round in 0..<16 {
            let corpus = try copy()
            // A quarter early (reading and checking), a quarter anywhere, a quarter late (where the commit
            // happens), a quarter at the first change of documents/ (below).
            let delay = round % 4 == 0 ? Double.random(in: 0...(duration * 0.3), using: &generator)
                : round % 4 == 1 ? Double.random(in: 0...(duration * 1.1), using: &generator)
                : Double.random(in: (duration * 0.6)...(duration * 1.05), using: &generator)
            // What was drawn, for every failure: the timing itself cannot be made again. A quarter of the rounds
            // draw a delay they do not use (the kill waits for documents/ to change), so that the draws stay in step.
            let drawn = "round \(round), " + (round % 4 == 3 ? "killed when documents/ first changed"
                                                           : "killed after \(String(format: "%.3f", delay)) s drawn of \(String(format: "%.3f", duration)) s")
                + " (IPAP_TEST_SEED=\(seed))"
            drawnByRound.append(drawn)
            guard let pid = spawnQuietly(importArguments(corpus)) else { return XCTFail("cannot start ipap; \(drawn)") }
            if round % 4 == 3 {
                // Killed the moment documents/ first changes: where a file-by-file move would be half done.
                let documents = corpus.appendingPathComponent("documents").path
                let deadline = Date().addingTimeInterval(duration * 3)
                while Date() < deadline, (try? FileManager.default.contentsOfDirectory(atPath: documents).count) == 300 {}
            } else {
                usleep(useconds_t(delay * 1_000_000))
            }
            kill(pid, SIGKILL)
            let status = ProcessRunner.wait(pid)
            let seen = try state(corpus)
            let outcome = seen == oldState ? "old" : seen == newState ? "new" : "mixed"
            outcomes[outcome + (status == 128 + SIGKILL ? " (killed)" : " (finished)"), default: 0] += 1
            XCTAssertNotEqual(outcome, "mixed", "\(drawn):\n\(seen.prefix(600))")

            // The next import finishes or discards what was left, and ends with the new corpus and no leftovers.
            let again = ProcessRunner.run(importArguments(corpus))
            XCTAssertEqual(again.status, 0, "\(drawn): \(again.stderr)")
            XCTAssertEqual(try state(corpus), newState, drawn)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasPrefix(".") }
            XCTAssertEqual(leftovers, [], drawn)
            try? FileManager.default.removeItem(at: corpus)
        }
        print("import of 400 documents: \(String(format: "%.2f", duration)) s; outcomes after SIGKILL: \(outcomes.sorted { $0.key < $1.key })")
        XCTAssertGreaterThan(outcomes.filter { $0.key.hasPrefix("old") }.values.reduce(0, +), 0,
                             "some kills land before the commit: \(outcomes); drawn:\n" + drawnByRound.joined(separator: "\n"))
    }

    /// A killed import into a new corpus left a hidden staging folder that nothing removed.
    func testAKilledNewCorpusImportLeavesNothingTheNextRunKeeps() throws {
        let new = try source("new", count: 400, label: "新")
        let corpus = root.appendingPathComponent("fresh")
        guard let pid = spawnQuietly([ProcessRunner.ipap, "import", new.path, "--into", corpus.path]) else { return XCTFail("cannot start ipap") }
        // Wait for the staging folder to appear, then kill.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).contains(where: { $0.hasPrefix(".fresh.import-") }) {
            usleep(1000)
        }
        kill(pid, SIGKILL)
        _ = ProcessRunner.wait(pid)
        let again = ProcessRunner.run([ProcessRunner.ipap, "import", new.path, "--into", corpus.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(hidden, [], "staging of the killed run removed")
    }
}
