import Foundation
import Glibc
import XCTest

/// The stored analysis in parts, through the binary: `analyze --format json` prints the same bytes whether
/// computed or read back from the parts, the single file of earlier versions is read and replaced, and
/// `analyze --write` killed with SIGKILL at any point leaves the previous generation or the new one (issue 16).
final class AnalysisStoreCommandLineTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try EvidencePathEndToEndTests.demoCopy()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: corpus)
    }

    private func analyze(_ extra: String...) -> ProcessRunner.Output { analyze(extra) }

    private func analyze(_ extra: [String]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path] + extra, environment: ["IPAP_LANG": "en"])
    }

    private var analysisFolder: URL { corpus.appendingPathComponent("analysis") }

    func testAnalyzeJSONIsTheSameBytesComputedAndReadFromTheStoredParts() throws {
        for format in [["--format", "json"], ["--format", "json", "--pretty"]] {
            try? FileManager.default.removeItem(at: analysisFolder)
            let computed = analyze(format)
            XCTAssertEqual(computed.status, 0, computed.stderr)
            let written = analyze(["--write"] + format)
            XCTAssertEqual(written.status, 0, written.stderr)
            XCTAssertTrue(written.stderr.contains("wrote "), written.stderr)
            let stored = analyze(format)
            XCTAssertEqual(stored.status, 0, stored.stderr)
            XCTAssertGreaterThan(computed.stdout.utf8.count, 10_000)
            XCTAssertEqual(Data(stored.stdout.utf8), Data(computed.stdout.utf8), "\(format)")
            XCTAssertEqual(Data(written.stdout.utf8), Data(computed.stdout.utf8), "\(format)")
            XCTAssertTrue(analyze("--write").stderr.contains("up to date"), "the stored parts are reused")
        }
    }

    func testTheSingleFileOfEarlierVersionsIsReadNotRecomputedAndStoredAgainOnce() throws {
        let computed = analyze("--format", "json")
        XCTAssertEqual(computed.status, 0, computed.stderr)
        // Earlier versions stored exactly these compact bytes in analysis/analysis.json. One corpus figure is
        // changed (the fingerprint kept), so that what comes out shows it was read, not computed again.
        let marked = computed.stdout.replacingOccurrences(of: #""centralOverlapPairs":"#, with: #""centralOverlapPairs":987654,"was":"#)
        XCTAssertNotEqual(marked, computed.stdout)
        try FileManager.default.createDirectory(at: analysisFolder, withIntermediateDirectories: true)
        let single = analysisFolder.appendingPathComponent("analysis.json")
        try Data(marked.utf8).write(to: single)
        let read = analyze("--format", "json")
        XCTAssertTrue(read.stdout.contains(#""centralOverlapPairs":987654"#), String(read.stdout.prefix(200)))
        let rewritten = analyze("--write", "--format", "json")
        XCTAssertEqual(rewritten.status, 0, rewritten.stderr)
        XCTAssertTrue(rewritten.stderr.contains("wrote "), rewritten.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: single.path), "the single file is replaced")
        let after = analyze("--format", "json")
        XCTAssertTrue(after.stdout.contains(#""centralOverlapPairs":987654"#), "read from the new generation")
        XCTAssertTrue(analyze("--write").stderr.contains("up to date"))
    }

    /// What a reader finds: the current generation's input fingerprint when every file of it is whole, else
    /// what is wrong.
    private func storedState() throws -> String {
        guard let pointer = try? String(contentsOf: analysisFolder.appendingPathComponent("current"), encoding: .utf8) else { return "none" }
        let generation = analysisFolder.appendingPathComponent(pointer.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let summaryData = try? Data(contentsOf: generation.appendingPathComponent("summary.json")),
              let summary = try JSONSerialization.jsonObject(with: summaryData) as? [String: Any],
              let inputs = summary["inputs"] as? [String: Any], let fingerprint = inputs["fingerprint"] as? String,
              let parts = summary["parts"] as? [Int], let documents = (summary["documents"] as? [String: Any])?["id"] as? [Any],
              let columnsData = try? Data(contentsOf: generation.appendingPathComponent("columns.json")),
              let columns = try? JSONSerialization.jsonObject(with: columnsData) as? [String: [Double]],
              columns["pair.source"] != nil else {
            return "broken summary in \(generation.lastPathComponent)"
        }
        let lines = try Data(contentsOf: generation.appendingPathComponent("documents.jsonl"))
        guard parts.count == documents.count + 1, parts.last == lines.count else { return "parts do not match the summary" }
        for i in 0..<documents.count {
            let line = lines.subdata(in: parts[i]..<parts[i + 1])
            guard (try? JSONSerialization.jsonObject(with: line)) != nil else { return "part \(i) unreadable" }
        }
        return fingerprint
    }

    func testSIGKILLDuringWriteLeavesThePreviousGenerationOrTheNewOne() throws {
        XCTAssertEqual(analyze("--write").status, 0)
        let old = try storedState()
        // A changed text: the next write stores a new generation.
        let file = try XCTUnwrap(FileManager.default.contentsOfDirectory(at: corpus.appendingPathComponent("documents"),
                                                                         includingPropertiesForKeys: nil).sorted { $0.path < $1.path }.first)
        var document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        document["text"] = (document["text"] as? String ?? "") + "\n新增的一句。"
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let template = corpus.deletingLastPathComponent().appendingPathComponent(corpus.lastPathComponent + "-template")
        try FileManager.default.copyItem(at: corpus, to: template)
        defer { try? FileManager.default.removeItem(at: template) }

        let start = Date()
        XCTAssertEqual(analyze("--write").status, 0)
        let duration = Date().timeIntervalSince(start)
        let new = try storedState()
        XCTAssertNotEqual(old, new)

        var outcomes: [String: Int] = [:]
        for round in 0..<8 {
            try FileManager.default.removeItem(at: corpus)
            try FileManager.default.copyItem(at: template, to: corpus)
            let generationsBefore = Set(try FileManager.default.contentsOfDirectory(atPath: analysisFolder.path))
            guard let pid = ProcessRunner.spawn([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write", "--format", "csv"],
                                                environment: ProcessInfo.processInfo.environment, files: { actions in
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }) else { return XCTFail("cannot start ipap") }
            if round % 2 == 0 {
                // Killed once the new generation's folder exists: in the middle of writing it.
                let deadline = Date().addingTimeInterval(duration * 3)
                while Date() < deadline,
                      Set((try? FileManager.default.contentsOfDirectory(atPath: analysisFolder.path)) ?? []).subtracting(generationsBefore)
                        .allSatisfy({ !$0.hasPrefix("g-") }) {}
                usleep(useconds_t.random(in: 0...2000))
            } else {
                usleep(useconds_t(Double.random(in: (duration * 0.3)...(duration * 1.1)) * 1_000_000))
            }
            kill(pid, SIGKILL)
            let status = ProcessRunner.wait(pid)
            let seen = try storedState()
            let outcome = seen == old ? "old" : seen == new ? "new" : seen
            outcomes[outcome + (status == 128 + SIGKILL ? " (killed)" : " (finished)"), default: 0] += 1
            XCTAssertTrue(seen == old || seen == new, "round \(round): \(seen)")

            // The next write ends with the new generation and nothing else.
            let again = analyze("--write")
            XCTAssertEqual(again.status, 0, again.stderr)
            XCTAssertEqual(try storedState(), new, "round \(round)")
            let left = try FileManager.default.contentsOfDirectory(atPath: analysisFolder.path).filter { $0 != ".lock" && $0 != "current" }
            XCTAssertEqual(left.count, 1, "round \(round): one generation, no temporary file: \(left)")
        }
        print("analyze --write of the demo corpus: \(String(format: "%.2f", duration)) s; outcomes after SIGKILL: \(outcomes.sorted { $0.key < $1.key })")
        XCTAssertGreaterThan(outcomes.filter { $0.key.hasPrefix("old (killed)") }.values.reduce(0, +), 0, "some kills land before the commit")
    }
}
