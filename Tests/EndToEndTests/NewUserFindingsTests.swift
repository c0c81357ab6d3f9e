import Foundation
import XCTest

/// What a new user's walkthrough of the command line found (session 41), run as they ran it.
final class NewUserFindingsTests: XCTestCase {
    private var root: URL!
    private var corpus: String { root.appendingPathComponent("corpus").path }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-new-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func ipap(_ arguments: String..., environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: environment)
    }

    /// `analyze --format json` on a corpus without texts wrote nothing and exited 0: a pipeline into a JSON tool
    /// broke. It prints the contract with no document analysed (documents without text are skipped, as ever),
    /// the CSV its header; the table shows no empty table; stderr says why; nothing is stored.
    func testAnalysingACorpusWithoutTextsStillPrintsTheContract() throws {
        try ReviewCommandLineTests.makeCorpus(at: root.appendingPathComponent("corpus"), withTexts: false)
        let json = ipap("analyze", "--corpus", corpus, "--format", "json")
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], json.stdout)
        XCTAssertEqual((object["documents"] as? [Any])?.count, 0)
        XCTAssertEqual((object["reuse"] as? [Any])?.count, 0)
        XCTAssertTrue(json.stderr.contains("this corpus has no document texts to analyse"), json.stderr)
        let csv = ipap("analyze", "--corpus", corpus, "--format", "csv")
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("id,region,"), csv.stdout)
        XCTAssertEqual(csv.stdout.split(separator: "\n").count, 1, csv.stdout)
        let table = ipap("analyze", "--corpus", corpus)
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertEqual(table.stdout, "")
        let written = ipap("analyze", "--corpus", corpus, "--write", "--format", "json")
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stderr.contains("; no analysis stored"), written.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus + "/analysis"))
    }

    /// `--corpus FILE` said "no such corpus directory" of a file that exists.
    func testACorpusPathThatIsAFileIsNamedAsOne() throws {
        let file = root.appendingPathComponent("corpus.json")
        try Data("{}".utf8).write(to: file)
        let out = ipap("validate", "--corpus", file.path)
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("--corpus: \(file.path) is a file, not a corpus directory"), out.stderr)
    }

    /// `demo --documents -1` said the value was missing: "-1" was taken for an option.
    func testANegativeCountIsOutOfRangeNotMissing() {
        let out = ipap("demo", "--out", root.appendingPathComponent("demo").path, "--documents", "-1")
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("--documents must be between 1 and 100000"), out.stderr)
        XCTAssertFalse(out.stderr.contains("Missing value"), out.stderr)
    }

    /// `validate` said "ok" of a journal whose note an analyst had edited by hand to hold an escape sequence,
    /// which `review add` refuses; it names the line. `review list` still reads the entry, the escape shown visible.
    func testAControlCharacterWrittenIntoAJournalByHandIsAProblem() throws {
        try ReviewCommandLineTests.makeCorpus(at: root.appendingPathComponent("corpus"), withTexts: false)
        let added = ipap("review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--note", "checked by hand")
        XCTAssertEqual(added.status, 0, added.stderr)
        let journals = try FileManager.default.contentsOfDirectory(atPath: corpus + "/reviews").filter { $0.hasSuffix(".jsonl") }
        let journal = corpus + "/reviews/" + (try XCTUnwrap(journals.first))
        let line = try String(contentsOfFile: journal, encoding: .utf8)
        try line.replacingOccurrences(of: "checked by hand", with: "checked \\u001b[31mby hand").write(toFile: journal, atomically: true, encoding: .utf8)
        let out = ipap("validate", "--corpus", corpus)
        XCTAssertEqual(out.status, 1, out.stdout + out.stderr)
        XCTAssertTrue(out.stdout.contains("\(journal):1:1: the note contains the control character"), out.stdout)
        let listed = ipap("review", "list", "--corpus", corpus)
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("checked ␛[31mby hand"), listed.stdout)
        XCTAssertFalse(listed.stdout.contains("\u{1B}"), listed.stdout)
    }

    /// `stats` in English listed the kinds as "policy  policy": a name in a column is capitalised, as the levels'.
    func testKindNamesInTheStatsTableAreCapitalised() {
        let out = ipap("stats", "--format", "csv", environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.contains("kind,policy,Policy,"), out.stdout)
    }

    /// `show` said "Written unknown" of a document whose number gives its year (赣府发〔2015〕43号, published but with no
    /// written date), where the dashboard says "2015 (from number)"; and a province's lag did not say that it runs
    /// to a publication date. The export's province table says it in a column of its own.
    func testShowAndExportSayWhereAWrittenDateOrALagComesFrom() throws {
        let document = ipap("show", "36-ff-2015-43", environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(document.status, 0, document.stderr)
        XCTAssertNotNil(document.stdout.range(of: "Written +2015 \\(from number\\)", options: .regularExpression), document.stdout)
        let province = ipap("show", "210000", environment: ["IPAP_LANG": "en"])
        XCTAssertTrue(province.stdout.contains("210 days (21-gov-20160127; to its publication date: no written date known)"), province.stdout)
        let export = ipap("export", "--format", "csv", "--out", root.appendingPathComponent("report.csv").path, environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(export.status, 0, export.stderr)
        let csv = try String(contentsOf: root.appendingPathComponent("report-indicators-province.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("code,province,documents,responseLagDays,responseLag,responseLagTo,"), String(csv.prefix(400)))
        let liaoning = try XCTUnwrap(csv.split(separator: "\n").first { $0.hasPrefix("210000,") })
        XCTAssertTrue(liaoning.contains(",publication date (no written date known),"), String(liaoning))
    }

    /// `show` in Chinese headed its lists "落实本文件的文件 (1)", with ASCII brackets beside the dashboard's "（1）".
    func testShowHeadsItsListsWithChineseBracketsInChinese() {
        let out = ipap("show", "gf-2015-40", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertNotNil(out.stdout.range(of: "落实本文件的文件（[0-9]+）", options: .regularExpression), out.stdout)
        XCTAssertFalse(out.stdout.contains("落实本文件的文件 ("), out.stdout)
    }
}
