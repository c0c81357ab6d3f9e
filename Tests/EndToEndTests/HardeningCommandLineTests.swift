import Foundation
import XCTest

/// Issue 14: no crash on any input, no raw escape sequence in any output, errors that say what happened.
final class HardeningCommandLineTests: XCTestCase {
    private func ipap(_ arguments: String..., environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: environment)
    }

    private func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Huge numbers died with "arithmetic overflow" (and demo left a half-made folder): now a usage error.
    func testHugeNumericOptionsAreUsageErrorsAndWriteNothing() throws {
        let dir = try temporaryDirectory()
        let src = dir.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        let huge = "9223372036854775807"
        let cases: [([String], String)] = [
            (["import", src.path, "--into", dir.appendingPathComponent("c").path, "--max-file-mb", "8796093022208"], "--max-file-mb must be between"),
            (["demo", "--out", dir.appendingPathComponent("d1").path, "--length", huge], "--length must be between"),
            (["demo", "--out", dir.appendingPathComponent("d2").path, "--documents", huge], "--documents must be between"),
        ]
        for (arguments, message) in cases {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(out.status, 2, "\(arguments): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains(message), out.stderr)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["src"], "nothing half-made is left")
    }

    /// A title and corpus name carrying a window-title sequence, a screen clear, a C1 CSI and a bidi override.
    static let hostile = "名称\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}甲"

    private func hostileCorpus() throws -> URL {
        let dir = try temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        func json(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
        try Data("{\"schema\": 1, \"name\": \(json(Self.hostile)), \"synthetic\": false}".utf8)
            .write(to: dir.appendingPathComponent("corpus.json"))
        try Data("""
            {"schema": 1, "id": "gf-2015-40", "title": \(json(Self.hostile)), "number": \(json("国发\u{1B}[1m〔2015〕40号")),
             "issuers": ["state-council"], "level": "national", "region": null, "dateWritten": "2015-07-01",
             "datePublished": "2015-07-04", "kind": "guiding-opinion", "basedOn": [],
             "actionAreas": {"ids": ["e-commerce"], "coding": "manual"}, "source": {"verified": false, "url": \(json("http://x/\u{1B}]0;t\u{07}"))},
             "text": \(json("一、总体要求\n加强人才培养\u{1B}[2J，开展技能培训\u{202E}。\n设立专项资金，支持电子商务发展。"))}
            """.utf8).write(to: dir.appendingPathComponent("documents/gf-2015-40.json"))
        return dir
    }

    /// Control bytes that must never reach a terminal: ESC, BEL, C1 CSI (C2 9B), RLO (E2 80 AE).
    private func assertNoRawControls(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(text.utf8)
        XCTAssertFalse(bytes.contains(0x1B), "\(what): raw ESC", file: file, line: line)
        XCTAssertFalse(bytes.contains(0x07), "\(what): raw BEL", file: file, line: line)
        for scalar in ["\u{9B}", "\u{202E}"] {
            XCTAssertFalse(text.unicodeScalars.contains(Unicode.Scalar(scalar)!), "\(what): raw \(scalar.unicodeScalars.first!.value)", file: file, line: line)
        }
    }

    /// Escape sequences reached the terminal from stats, CSV lists and the Markdown report (issue 14 #6).
    func testNoOutputCarriesARawControlCharacter() throws {
        let corpus = try hostileCorpus().path
        let out = try temporaryDirectory()
        // The hostile name, title, number and URL are what the import refuses: problems of the corpus, warnings for
        // the commands that load it, which do their work and exit 0; validate exits 1 on them (README: exit codes).
        // `review add` refuses a control character; a journal edited by hand (or by an older ipap) may hold one.
        try FileManager.default.createDirectory(atPath: corpus + "/reviews", withIntermediateDirectories: true)
        let me = try XCTUnwrap(getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } })
        let line = #"{"author":"\#(me)","id":"20250301T080910.123Z-\#(me)-5f3a9c1e","kind":"note","note":"注\u001b]0;x\u0007\u202e","schema":1,"target":{"id":"gf-2015-40","kind":"document"},"time":"2025-03-01T08:09:10.123Z"}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: corpus + "/reviews/\(me).jsonl"))
        XCTAssertTrue(ipap("review", "list", "--corpus", corpus, "--format", "json").stdout.contains("\\u001b]0;x"), "the entry is read")
        let runs: [[String]] = [
            ["validate", "--corpus", corpus],
            ["stats", "--corpus", corpus], ["stats", "--corpus", corpus, "--format", "csv"],
            ["stats", "--corpus", corpus, "--format", "json"],
            ["list", "--corpus", corpus], ["list", "--corpus", corpus, "--format", "csv"], ["list", "--corpus", corpus, "--format", "json"],
            ["show", "--corpus", corpus, "gf-2015-40"],
            ["analyze", "--corpus", corpus], ["analyze", "--corpus", corpus, "--format", "csv"], ["analyze", "--corpus", corpus, "--format", "json"],
            ["review", "list", "--corpus", corpus], ["review", "list", "--corpus", corpus, "--format", "csv"],
            ["review", "list", "--corpus", corpus, "--format", "json"],
            ["export", "--corpus", corpus, "--format", "markdown", "--out", out.appendingPathComponent("r.md").path],
            ["export", "--corpus", corpus, "--format", "csv", "--out", out.appendingPathComponent("r.csv").path],
            ["export", "--corpus", corpus, "--format", "json", "--out", out.appendingPathComponent("r.json").path],
        ]
        for arguments in runs {
            let result = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(result.status, arguments.first == "validate" ? 1 : 0, "\(arguments): \(result.stderr)")
            assertNoRawControls(result.stdout, "stdout of \(arguments)")
            assertNoRawControls(result.stderr, "stderr of \(arguments)")
        }
        let validate = ipap("validate", "--corpus", corpus).stdout
        // Each control character at its own column (the title's ESC, BEL, ESC, CSI and RLO).
        XCTAssertTrue(validate.contains("documents/gf-2015-40.json:1:47: the title contains the control character U+001B; remove it"), validate)
        XCTAssertTrue(validate.contains("documents/gf-2015-40.json:1:61: the title contains the control character U+0007; remove it"), validate)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        XCTAssertTrue(files.contains("r.md") && files.contains("r.json") && files.count > 3, "\(files)")
        for name in files {
            assertNoRawControls(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8), name)
        }
        // JSON keeps the value, escaped: a reader decodes the original title.
        let json = ProcessRunner.run([ProcessRunner.ipap, "list", "--corpus", corpus, "--format", "json"]).stdout
        XCTAssertTrue(json.contains("\\u009b") && json.contains("\\u202e"), json)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        XCTAssertEqual(decoded?.first?["title"] as? String, Self.hostile)
    }

    /// analysis.json of another schema was reused and written back although the docs say it is refused (#10).
    func testAnAnalysisOfAnotherSchemaIsNeitherReusedNorOverwritten() throws {
        let corpus = try temporaryDirectory().appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
        let store = corpus.appendingPathComponent("analysis/analysis.json")
        try FileManager.default.createDirectory(at: store.deletingLastPathComponent(), withIntermediateDirectories: true)
        let future = Data(#"{"schema": 2, "documents": "a future layout"}"#.utf8)
        try future.write(to: store)
        let written = ipap("analyze", "--corpus", corpus.path, "--write")
        XCTAssertEqual(written.status, 1, written.stderr)
        XCTAssertTrue(written.stderr.contains("analysis.json: schema 2, which this ipap does not know"), written.stderr)
        XCTAssertEqual(try Data(contentsOf: store), future, "left as it was")
        let read = ipap("analyze", "--corpus", corpus.path, "--format", "json")
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(read.stderr.contains("analysing anew"), read.stderr)
        XCTAssertTrue(read.stdout.hasPrefix("{"), String(read.stdout.prefix(80)))
        XCTAssertEqual(try Data(contentsOf: store), future)
    }

    /// With one broken document, list, analyze and export printed "1 problem(s)" and exited 0 (issue 14 #13). Export
    /// writes nothing then: a report of the documents that loaded would pass for the corpus's.
    func testCommandsOnACorpusWithAProblemExitOneAfterDoingTheirWork() throws {
        let dir = try temporaryDirectory()
        let corpus = dir.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
        try Data("{\"schema\": 1,".utf8).write(to: corpus.appendingPathComponent("documents/broken.json"))
        let runs: [([String], String)] = [
            (["list", "--corpus", corpus.path, "--format", "csv"], "gf-2015-40"),
            (["analyze", "--corpus", corpus.path, "--format", "csv"], "gf-2015-40"),
            (["stats", "--corpus", corpus.path], "documents"),
            (["export", "--corpus", corpus.path, "--format", "json", "--out", dir.appendingPathComponent("r.json").path], ""),
        ]
        for (arguments, output) in runs {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(out.status, 1, "\(arguments): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains("1 problem in the corpus"), out.stderr)
            XCTAssertTrue(output.isEmpty || out.stdout.contains(output), "\(arguments) still does its work: \(out.stdout.prefix(200))")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path))
    }

    /// validate ignored reviews/ (issue 14 #9): a torn journal line is a problem with file and line.
    func testValidateChecksTheReviewJournals() throws {
        let corpus = try temporaryDirectory().appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        XCTAssertEqual(ipap("validate", "--corpus", corpus.path).status, 0)
        XCTAssertEqual(ipap("review", "add", "--corpus", corpus.path, "--target", "gf-2015-40", "--note", "一").status, 0)
        let journal = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("reviews").path).first)
        let handle = try FileHandle(forWritingTo: corpus.appendingPathComponent("reviews/\(journal)"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"schema\":1,\"id\":\n".utf8))
        try handle.close()
        let out = ipap("validate", "--corpus", corpus.path)
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stdout.contains("\(corpus.path)/reviews/\(journal):2:1: not a valid review entry"), out.stdout)
    }
}
