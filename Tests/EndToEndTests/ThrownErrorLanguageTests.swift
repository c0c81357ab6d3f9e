import Foundation
import XCTest

/// Errors thrown while a command works (a file that exists, a folder that is not empty, a journal refused, a
/// fetch already running) reach the analyst in the analyst's language, with the same path in both (issue 15,
/// item 11: they were English only).
final class ThrownErrorLanguageTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-thrown-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func ipap(_ arguments: [String], language: String, environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: environment.merging(["IPAP_LANG": language]) { $1 })
    }

    /// Runs `arguments` in both languages; each must exit with `status`, say `zh` or `en` and not the other.
    private func assertBothLanguages(_ arguments: [String], status: Int32, zh: String, en: String,
                                     environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) {
        let chinese = ipap(arguments, language: "zh", environment: environment)
        XCTAssertEqual(chinese.status, status, chinese.stderr, file: file, line: line)
        XCTAssertTrue(chinese.stderr.contains(zh), chinese.stderr, file: file, line: line)
        XCTAssertFalse(chinese.stderr.contains(en), chinese.stderr, file: file, line: line)
        let english = ipap(arguments, language: "en", environment: environment)
        XCTAssertEqual(english.status, status, english.stderr, file: file, line: line)
        XCTAssertTrue(english.stderr.contains(en), english.stderr, file: file, line: line)
        XCTAssertFalse(english.stderr.contains(zh), english.stderr, file: file, line: line)
    }

    private var me: String {
        guard let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name else { return "uid\(geteuid())" }
        return String(cString: name)
    }

    func testAnExportOverAnExistingFileSaysSoInTheAnalystsLanguage() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let out = root.appendingPathComponent("报告.md").path
        try Data("earlier\n".utf8).write(to: URL(fileURLWithPath: out))
        assertBothLanguages(["export", "--corpus", corpus.path, "--format", "markdown", "--out", out], status: 2,
                            zh: "\(out) 已存在；未加 --force 时 ipap export 从不覆盖",
                            en: "\(out) exists; ipap export never overwrites without --force")
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "earlier\n", "nothing overwritten")
    }

    /// ipap copied where no data folder is beside it (and none in the working directory), IPAP_DATA unset.
    func testAMissingDataFolderIsNamedInTheAnalystsLanguage() throws {
        let copy = root.appendingPathComponent("bin/ipap")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ProcessRunner.ipap, toPath: copy.path)
        let previous = FileManager.default.currentDirectoryPath
        // The copy looks for data/ beside it and in the working directory: the test's must hold none.
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(root.path), "cd \(root.path)")
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        for (language, expected) in [("zh", "找不到 ipap 的数据目录（data/taxonomy）；请把 IPAP_DATA 设为该目录"),
                                     ("en", "cannot find ipap's data directory (data/taxonomy); set IPAP_DATA to it")] {
            let run = ProcessRunner.run([copy.path, "list"], environment: ["IPAP_LANG": language, "IPAP_DATA": ""])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertEqual(run.stderr, expected + "\n")
        }
    }

    func testInitIntoAFolderThatIsNotEmptyIsRefusedInTheAnalystsLanguage() throws {
        let target = root.appendingPathComponent("我的语料")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: target.appendingPathComponent("notes.txt"))
        assertBothLanguages(["init", "--from-catalog", target.path], status: 1,
                            zh: "\(target.path)：已存在且不是空的；请另取一个新目录名",
                            en: "\(target.path): already exists and is not empty; name a new directory")
    }

    /// Another `ipap fetch` on the corpus holds its lock (here: this test, as a running fetch would).
    func testAFetchOnACorpusAnotherFetchHoldsSaysSoInTheAnalystsLanguage() throws {
        let corpus = root.appendingPathComponent("mine")
        XCTAssertEqual(ipap(["init", "--from-catalog", corpus.path], language: "en").status, 0)
        let fetchFolder = corpus.appendingPathComponent("fetch")
        try FileManager.default.createDirectory(at: fetchFolder, withIntermediateDirectories: true)
        let fd = open(fetchFolder.path, O_RDONLY | O_DIRECTORY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
        // A proxy nobody listens on: should the lock not hold, nothing reaches the network.
        assertBothLanguages(["fetch", "--corpus", corpus.path], status: 1,
                            zh: "本语料上已有另一个 ipap fetch 在运行；请等它结束",
                            en: "another ipap fetch is running on this corpus; wait for it to finish",
                            environment: ["HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"])
    }

    /// A journal that is a symbolic link (planted in a shared folder) is refused, the path the same in both.
    func testARefusedReviewEntrySaysWhyInTheAnalystsLanguage() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let reviews = corpus.appendingPathComponent("reviews")
        try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
        let journal = reviews.appendingPathComponent("\(me).jsonl").path
        XCTAssertEqual(symlink(root.appendingPathComponent("elsewhere.jsonl").path, journal), 0)
        assertBothLanguages(["review", "add", "--corpus", corpus.path, "--target", "gf-2015-40", "--note", "看过"], status: 1,
                            zh: "\(journal)：已拒绝：日志是符号链接",
                            en: "\(journal): refused: the journal is a symbolic link")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("elsewhere.jsonl").path), "nothing written")
    }

    /// An entry of the journal that is not valid (its time) is skipped, and said so in one language, not a
    /// Chinese sentence around an English reason.
    func testAnInvalidJournalEntryIsReportedInTheAnalystsLanguage() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        XCTAssertEqual(ipap(["review", "add", "--corpus", corpus.path, "--target", "gf-2015-40", "--note", "看过"], language: "en").status, 0)
        let journal = corpus.appendingPathComponent("reviews/\(me).jsonl")
        let line = try String(contentsOf: journal, encoding: .utf8)
        let time = try XCTUnwrap(line.range(of: #""time":"[^"]*""#, options: .regularExpression))
        let id = try XCTUnwrap(line.range(of: #""id":"[^"]*""#, options: .regularExpression))
        var bad = line.replacingCharacters(in: time, with: #""time":"yesterday""#)
        bad = bad.replacingCharacters(in: try XCTUnwrap(bad.range(of: String(line[id]))), with: #""id":"second""#)
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data(bad.utf8))
        handle.closeFile()
        assertBothLanguages(["review", "list", "--corpus", corpus.path], status: 1,
                            zh: "\(journal.path):2:1: 时间“yesterday”不是 ISO-8601 UTC 格式（YYYY-MM-DDThh:mm:ss.sssZ）；已跳过",
                            en: "\(journal.path):2:1: time 'yesterday' is not ISO-8601 UTC (YYYY-MM-DDThh:mm:ss.sssZ); skipped")
    }

    /// A coverage.json that does not decode names its line and column and what is wrong, in both languages
    /// (it was Foundation's English DecodingError, with no place).
    func testABrokenCoverageFileIsLocatedInTheAnalystsLanguage() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let coverage = corpus.appendingPathComponent("coverage.json")
        try Data("{\"schema\": 1,\n \"provinces\": [{\"code\": 5}]}".utf8).write(to: coverage)
        assertBothLanguages(["findings", "--corpus", corpus.path], status: 1,
                            zh: "\(coverage.path):2:25: 不是覆盖情况文件：“provinces[0].code”：应为字符串",
                            en: "\(coverage.path):2:25: not a coverage file: 'provinces[0].code': expected a string")
    }

    /// `browse --corpus DIR` on what `ipap demo --out DIR` writes: an import source, with the import command.
    func testTheImportSourceHintSpeaksTheAnalystsLanguage() throws {
        let source = root.appendingPathComponent("demo").path
        XCTAssertEqual(ipap(["demo", "--out", source], language: "en").status, 0)
        assertBothLanguages(["browse", "--corpus", source], status: 1,
                            zh: "ipap：\(source) 是导入源（清单和正文），不是语料；请先用它建立语料：ipap import \(source) --into 语料目录 --synthetic，然后用 --corpus 语料目录",
                            en: "ipap: \(source) is an import source (a manifest and texts), not a corpus; make a corpus of it first: ipap import \(source) --into CORPUS --synthetic, then --corpus CORPUS")
    }
}
