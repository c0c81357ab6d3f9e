import Foundation
import XCTest

/// `ipap export` exited 0 and wrote its report while a review journal line could not be read ("skipped" on stderr),
/// where `review list` and `validate` exit 1: the report's reviews missed the entry and passed for complete. It
/// writes nothing now and names the journal's file and line, as it refuses for a document file that did not load.
final class ExportCorruptJournalTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testAReportIsRefusedWhileAJournalLineCannotBeRead() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let add = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", corpus.path, "--target", "gf-2015-40", "--note", "读过"])
        XCTAssertEqual(add.status, 0, add.stderr)
        let journals = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("reviews").path).filter { $0.hasSuffix(".jsonl") }
        let journal = corpus.appendingPathComponent("reviews").appendingPathComponent(try XCTUnwrap(journals.first))
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"bad json\n".utf8))
        try handle.close()
        for format in ["markdown", "csv", "json"] {
            for (language, said) in [("en", "nothing was written: the review journal line \(journal.path):2"), ("zh", "未写入报告：审阅日志 \(journal.path):2")] {
                let out = root.appendingPathComponent("report-\(format)")
                let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", format, "--out", out.path],
                                            environment: ["IPAP_LANG": language])
                XCTAssertEqual(run.status, 1, "\(format): \(run.stderr)")
                XCTAssertTrue(run.stderr.contains(said), "\(format) \(language): \(run.stderr)")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["corpus"], "\(format): a report was written")
            }
        }
    }
}
