import Foundation
import XCTest

/// Errors that come from the model (corpus problems, JSON errors, validation) reach the analyst in the analyst's
/// language, with the same file:line:column in both (issue 15, item 11: they were English only).
final class ModelErrorLanguageTests: XCTestCase {
    private func ipap(_ arguments: [String], language: String) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": language])
    }

    /// A corpus with an unknown issuer, a truncated file and a title of the wrong type beside a source without `seen`.
    private func brokenCorpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try Data(#"{"schema": 1, "name": "broken"}"#.utf8).write(to: dir.appendingPathComponent("corpus.json"))
        try Data("{\"schema\": 1, \"id\": \"a\", \"title\": \"t\", \"issuers\": [\"nobody\"],\n \"level\": \"national\", \"source\": {\"verified\": false}}".utf8)
            .write(to: dir.appendingPathComponent("documents/a.json"))
        try Data("{\"schema\": 1,".utf8).write(to: dir.appendingPathComponent("documents/b.json"))
        try Data("{\"schema\": 1, \"id\": \"c\",\n  \"title\": 5, \"issuers\": [], \"level\": \"national\", \"source\": {}}".utf8)
            .write(to: dir.appendingPathComponent("documents/c.json"))
        return dir
    }

    func testValidateSaysWhatIsWrongInTheAnalystsLanguageWithTheSameLocation() throws {
        let dir = try brokenCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zh = ipap(["validate", "--corpus", dir.path], language: "zh")
        XCTAssertEqual(zh.status, 1)
        XCTAssertEqual(zh.stdout, """
            \(dir.path)/documents/a.json:1:52: 未知发文机关“nobody”（不在 issuers.json 中）
            \(dir.path)/documents/b.json:1:14: JSON 格式错误：此处应为带引号的成员名，却是文件结尾
            \(dir.path)/documents/c.json:2:12: “title”：应为字符串
            \(dir.path)/documents/c.json:2:61: 缺少必填字段“source.seen”

            """)
        let en = ipap(["validate", "--corpus", dir.path], language: "en")
        XCTAssertEqual(en.status, 1)
        XCTAssertEqual(en.stdout, """
            \(dir.path)/documents/a.json:1:52: unknown issuer 'nobody' (not in issuers.json)
            \(dir.path)/documents/b.json:1:14: malformed JSON: expected a quoted member name, found end of file
            \(dir.path)/documents/c.json:2:12: 'title': expected a string
            \(dir.path)/documents/c.json:2:61: missing required field 'source.seen'

            """)
    }

    /// A command on a corpus whose corpus.json does not parse: the problem on stderr, in Chinese or English, exit 1.
    func testACorpusThatCannotLoadSaysWhyInTheAnalystsLanguage() throws {
        let dir = try brokenCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"schema\": 1,\n  \"name\": \"broken\",\n  \"synthetic\": tru}".utf8).write(to: dir.appendingPathComponent("corpus.json"))
        let zh = ipap(["list", "--corpus", dir.path], language: "zh")
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("\(dir.path)/corpus.json:3:19: JSON 格式错误：此处应为 true，却是“}”"), zh.stderr)
        XCTAssertFalse(zh.stderr.contains("malformed"), zh.stderr)
        let en = ipap(["list", "--corpus", dir.path], language: "en")
        XCTAssertEqual(en.status, 1)
        XCTAssertTrue(en.stderr.contains("\(dir.path)/corpus.json:3:19: malformed JSON: expected 'true', found '}'"), en.stderr)
        XCTAssertFalse(en.stderr.contains("JSON 格式错误"), en.stderr)
    }

    /// JSON output is for programs: a corpus with problems gives the same JSON in both languages.
    func testJSONOutputIsTheSameInBothLanguages() throws {
        let dir = try brokenCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zh = ipap(["list", "--corpus", dir.path, "--format", "json"], language: "zh")
        let en = ipap(["list", "--corpus", dir.path, "--format", "json"], language: "en")
        XCTAssertEqual(zh.stdout, en.stdout)
        XCTAssertFalse(zh.stdout.isEmpty)
        XCTAssertTrue(zh.stderr.contains("未知发文机关"), zh.stderr)
    }

    /// A source folder holding `manifest` as manifest.csv, under a new temporary `dir` (the caller removes it), and
    /// the corpus folder an import into it would create.
    private func importSource(manifest: String) throws -> (dir: URL, source: URL, into: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-lang-import-\(UUID().uuidString)")
        let source = dir.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: source.appendingPathComponent("manifest.csv"))
        return (dir, source, dir.appendingPathComponent("corpus"))
    }

    /// An import refused for its manifest says why in the analyst's language, each problem at its cell, and
    /// writes nothing.
    func testImportProblemsSpeakTheAnalystsLanguage() throws {
        let (dir, source, into) = try importSource(manifest: "id,title,level,date_published,file\na,某省关于互联网+的通知,县级,2016-13-01,a.txt\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("正文。\n".utf8).write(to: source.appendingPathComponent("a.txt"))
        let zh = ipap(["import", source.path, "--into", into.path], language: "zh")
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("\(source.path)/manifest.csv:2:15: 未知级别“县级”"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("\(source.path)/manifest.csv:2:18: “2016-13-01”不是日期"), zh.stderr)
        XCTAssertFalse(zh.stderr.contains("unknown level"), zh.stderr)
        let en = ipap(["import", source.path, "--into", into.path], language: "en")
        XCTAssertEqual(en.status, 1)
        XCTAssertTrue(en.stderr.contains("\(source.path)/manifest.csv:2:15: unknown level '县级'"), en.stderr)
        XCTAssertTrue(en.stderr.contains("\(source.path)/manifest.csv:2:18: '2016-13-01' is not a date"), en.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: into.path), "nothing written")

        // The CSV reader's own words: a quoted field never closed.
        try Data("id,title,file\nb,\"某省关于互联网+的通知,b.txt\n".utf8).write(to: source.appendingPathComponent("manifest.csv"))
        let zhCSV = ipap(["import", source.path, "--into", into.path], language: "zh")
        XCTAssertEqual(zhCSV.status, 1)
        XCTAssertTrue(zhCSV.stderr.contains("\(source.path)/manifest.csv:2:3: 加引号的字段没有结束引号"), zhCSV.stderr)
        let enCSV = ipap(["import", source.path, "--into", into.path], language: "en")
        XCTAssertTrue(enCSV.stderr.contains("\(source.path)/manifest.csv:2:3: a quoted field is never closed"), enCSV.stderr)
    }

    /// An import refused for a missing file said nothing of the issuer the taxonomy does not know: the warning
    /// came only on the next run, once the file was there. It is said with the problems, which alone are counted.
    func testARefusedImportWarnsOfUnknownIssuersWithItsProblems() throws {
        let (dir, source, into) = try importSource(manifest: "id,title,issuer,level,file\na,某省关于互联网+的通知,外星办,national,a.txt\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (language, warning, count) in [("zh", "警告：未知发文机关“外星办”按原文保留", "1 个问题；"), ("en", "warning: unknown issuer '外星办' kept as written", "1 problem;")] {
            let out = ipap(["import", source.path, "--into", into.path], language: language)
            XCTAssertEqual(out.status, 1, out.stderr)
            XCTAssertTrue(out.stderr.contains("\(source.path)/manifest.csv:2:28: \(source.path)/a.txt"), out.stderr)
            XCTAssertTrue(out.stderr.contains("\(source.path)/manifest.csv:2:15: \(warning)"), out.stderr)
            XCTAssertTrue(out.stderr.contains(count), out.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: into.path), "nothing written")
    }
}
