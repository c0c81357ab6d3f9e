import Foundation
import XCTest

/// `ipap import --analyze`: the import, then the analysis of the corpus as it is after the import, stored, with
/// the metadata index written; the output says that every document was analysed and why.
final class ImportAnalyzeCommandLineTests: XCTestCase {
    private func ipap(_ arguments: String...) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "en"])
    }

    func testImportAnalyzeStoresTheAnalysisOfTheCorpusAfterTheImport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-import-analyze-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c").path
        XCTAssertEqual(ipap("demo", "--out", dir.appendingPathComponent("a").path, "--documents", "12", "--length", "2000").status, 0)
        let first = ipap("import", dir.appendingPathComponent("a").path, "--into", corpus, "--synthetic", "--analyze")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("analysed every document: text-reuse decisions depend on corpus-wide counts"), first.stderr)
        XCTAssertTrue(first.stderr.contains("wrote "), first.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c/metadata-index.jsonl").path))
        XCTAssertTrue(ipap("analyze", "--corpus", corpus, "--write").stderr.contains("up to date"))

        // The same texts imported again (new files, same inputs): the stored analysis is still valid, and
        // nothing claims that every document was analysed.
        let same = ipap("import", dir.appendingPathComponent("a").path, "--into", corpus, "--synthetic", "--replace", "--analyze")
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertTrue(same.stderr.contains("up to date"), same.stderr)
        XCTAssertFalse(same.stderr.contains("analysed every document"), same.stderr)

        // Other texts under the same ids, replaced: the stored analysis must be of the new texts.
        XCTAssertEqual(ipap("demo", "--out", dir.appendingPathComponent("b").path, "--documents", "12", "--length", "2000",
                            "--seed", "9").status, 0)
        let before = ipap("analyze", "--corpus", corpus, "--format", "json").stdout
        let second = ipap("import", dir.appendingPathComponent("b").path, "--into", corpus, "--synthetic", "--replace", "--analyze")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("wrote "), second.stderr)
        let upToDate = ipap("analyze", "--corpus", corpus, "--write", "--format", "json")
        XCTAssertTrue(upToDate.stderr.contains("up to date"), upToDate.stderr)
        XCTAssertNotEqual(upToDate.stdout, before, "the new texts were analysed")

        let without = ipap("import", dir.appendingPathComponent("a").path, "--into", corpus, "--synthetic", "--replace")
        XCTAssertEqual(without.status, 0, without.stderr)
        XCTAssertFalse(without.stderr.contains("analys"), "without --analyze nothing is analysed")
        XCTAssertFalse(ipap("analyze", "--corpus", corpus, "--write").stderr.contains("up to date"))
    }
}
