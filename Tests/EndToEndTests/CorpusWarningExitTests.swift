import Foundation
import XCTest

/// A command that did its job exited 1 for a problem elsewhere in the corpus (QA pass 48): `review add` printed the
/// new id, appended the entry and exited 1, and a script that retried on 1 added the review twice; `analyze --write`
/// and `export` wrote and exited 1, while `review undo` exited 0. The corpus's problems are warnings now (exit 0);
/// `validate` exits 1 on them.
final class CorpusWarningExitTests: XCTestCase {
    private var root: URL!
    private var corpus: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-warning-exit-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
        // A title that fails `validate` (a control character), in a document that loads.
        let file = corpus.appendingPathComponent("documents/51-f-2015-1.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"四川省人民政府", with: "\"\\u001b[31m四川省人民政府").utf8).write(to: file)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func ipap(_ arguments: [String]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", corpus.path], environment: ["IPAP_LANG": "en"])
    }

    func testACommandThatDidItsJobExitsZeroAndWarns() throws {
        let validate = ipap(["validate"])
        XCTAssertEqual(validate.status, 1, validate.stderr)

        let add = ipap(["review", "add", "--target", "四川", "--note", "checked"])
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertTrue(add.stderr.contains("ipap: warning: 1 problem in the corpus; `ipap validate` lists them"), add.stderr)
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(id.isEmpty)
        let reviews = corpus.appendingPathComponent("reviews")
        let journal = try FileManager.default.contentsOfDirectory(atPath: reviews.path).filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOf: reviews.appendingPathComponent($0), encoding: .utf8) }.joined()
        XCTAssertEqual(journal.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1, "one entry: \(journal)")

        let undo = ipap(["review", "undo"])
        XCTAssertEqual(undo.status, 0, undo.stderr)

        for command in [["list"], ["show", "四川"], ["stats"], ["analyze", "--write"], ["findings"],
                        ["export", "--format", "markdown", "--out", root.appendingPathComponent("r.md").path]] {
            let run = ipap(command)
            XCTAssertEqual(run.status, 0, "\(command): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("warning: 1 problem in the corpus"), "\(command): \(run.stderr)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("r.md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("analysis").path))
    }

    /// A document file that does not load: an answer about the corpus lacks it (exit 1), a journal entry does not.
    func testADocumentThatDoesNotLoadFailsAnswersButNotAReviewEntry() throws {
        let file = corpus.appendingPathComponent("documents/51-f-2015-1.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"level\": \"provincial\"", with: "\"level\": \"provincal\"").utf8).write(to: file)
        XCTAssertEqual(ipap(["list"]).status, 1)
        let add = ipap(["review", "add", "--target", "国发〔2015〕40号", "--note", "checked"])
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertFalse(add.stdout.isEmpty)
    }
}
