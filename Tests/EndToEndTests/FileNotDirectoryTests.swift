import Foundation
import PolicyAnalysis
import XCTest

/// An option that names a directory to write, given a file: `demo --out FILE` printed Foundation's
/// "Error Domain=NSCocoaErrorDomain Code=512"; each now says plainly that it is a file (a usage error, exit 2).
final class FileNotDirectoryTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-file-not-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testDemoOutAFileSaysItIsAFile() throws {
        let file = root.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: file)
        for (language, said) in [("en", "Error: \(file.path) is a file, not a directory; ipap demo writes a directory"),
                                 ("zh", "错误：\(file.path) 是文件，不是目录；ipap demo 写入一个目录")] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "demo", "--documents", "2", "--out", file.path], environment: ["IPAP_LANG": language])
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertEqual(run.stderr.components(separatedBy: "\n").first, said)
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine\n")
        }
    }
}

/// `export --out DIR` (markdown, json) said "exists; ipap export never overwrites without --force", and with --force
/// "cannot write: it is a directory"; then it was refused as a directory. A folder now takes the report's one file
/// as it takes the CSV tables: `report.md` or `report.json` in it, refused (exit 2) once that file exists.
final class ExportOutDirectoryTests: XCTestCase {
    func testExportToAnExistingFolderWritesTheReportInIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-out-dir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus"), out = root.appendingPathComponent("report")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for (format, name) in [("markdown", "report.md"), ("json", "report.json")] {
            let file = out.appendingPathComponent(name)
            let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", format, "--out", out.path])
            XCTAssertEqual(run.status, 0, "\(format): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("wrote \(file.path)"), run.stderr)
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), format)
            let again = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", format, "--out", out.path],
                                          environment: ["IPAP_LANG": "zh"])
            XCTAssertEqual(again.status, 2, again.stderr)
            XCTAssertTrue(again.stderr.contains("\(file.path) 已存在"), again.stderr)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["report.json", "report.md"])
    }
}

/// `export --format csv --out reports/` (a folder that exists, with or without the slash) wrote its 12 tables beside
/// the folder, named after it (`reports-about.csv`, …), and exited 0: the folder stayed empty and the parent, possibly
/// a shared one, took the files. The tables now go into the folder as `report-<table>.csv`, and ipap says where.
final class ExportCSVIntoDirectoryTests: XCTestCase {
    private var root: URL!
    private var corpus: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-csv-dir-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func names(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    func testTheTablesGoIntoTheFolderNamedWithOrWithoutItsSlash() throws {
        let tables = ExportReport.csvTables.map { "report-\($0).csv" }.sorted()
        for (index, typed) in ["reports/", "reports"].enumerated() {
            let work = root.appendingPathComponent("work\(index)"), reports = work.appendingPathComponent("reports")
            try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
            // As typed, relative to where the analyst is.
            let script = "cd '\(work.path)' && exec '\(ProcessRunner.ipap)' export --corpus '\(corpus.path)' --format csv --out \(typed)"
            let run = ProcessRunner.run(["/bin/sh", "-c", script])
            XCTAssertEqual(run.status, 0, "\(typed): \(run.stderr)")
            XCTAssertEqual(try names(work), ["reports"], "\(typed): nothing beside the folder")
            XCTAssertEqual(try names(reports), tables, typed)
            XCTAssertTrue(run.stderr.contains("wrote 12 CSV tables into the folder \(reports.path): report-about.csv, "), run.stderr)
            let about = try String(contentsOf: reports.appendingPathComponent("report-about.csv"), encoding: .utf8)
            XCTAssertTrue(about.hasPrefix("key,value\n"), about)

            // Again: refused without --force (exit 2), every table named, nothing changed; with it, overwritten.
            let again = ProcessRunner.run(["/bin/sh", "-c", script], environment: ["IPAP_LANG": "zh"])
            XCTAssertEqual(again.status, 2, again.stderr)
            XCTAssertTrue(again.stderr.contains(reports.appendingPathComponent("report-about.csv").path + "、"), again.stderr)
            XCTAssertFalse(again.stderr.contains("Usage"), again.stderr)
            let forced = ProcessRunner.run(["/bin/sh", "-c", script + " --force"], environment: ["IPAP_LANG": "zh"])
            XCTAssertEqual(forced.status, 0, forced.stderr)
            XCTAssertTrue(forced.stderr.contains("已写入 12 个 CSV 表到目录 \(reports.path)：report-about.csv、"), forced.stderr)
            XCTAssertEqual(try names(reports), tables, "no temporary or commit file left")
            XCTAssertEqual(try names(work), ["reports"])
        }
    }

    /// A name ending in `/` that is no folder yet is made, and the tables go into it: it failed with "no such file
    /// or directory" (exit 1). A folder whose parent is missing is not made (exit 1, nothing written, the missing one named). A file name
    /// still writes beside itself, named after it.
    func testAMissingFolderIsMadeAndAFileNameStillWritesBesideIt() throws {
        let missing = root.appendingPathComponent("nodir")
        let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", "csv", "--out", missing.path + "/"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try names(missing), ExportReport.csvTables.map { "report-\($0).csv" }.sorted())
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("nodir-about.csv").path))

        let deeper = root.appendingPathComponent("no/such/")
        let refused = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", "csv", "--out", deeper.path + "/"])
        XCTAssertEqual(refused.status, 1, refused.stderr)
        // The first folder that is missing is named (QA pass 50: "no such file or directory" did not say which).
        XCTAssertTrue(refused.stderr.contains("the folder \(root.appendingPathComponent("no").standardizedFileURL.path) does not exist"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("no").path))

        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let named = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", "csv", "--out", out.appendingPathComponent("r.csv").path])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(try names(out), ExportReport.csvTables.map { "r-\($0).csv" }.sorted())
    }

    /// Markdown and json given a folder ending in `/` (made when missing, as typed relative to where the analyst is)
    /// write `report.md` / `report.json` in it: they wrote a plain file named `reports` / `out`.
    func testMarkdownAndJSONWriteTheirFileIntoTheFolder() throws {
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for (format, typed, file) in [("markdown", "reports/", "report.md"), ("json", "out/", "report.json")] {
            let script = "cd '\(work.path)' && exec '\(ProcessRunner.ipap)' export --corpus '\(corpus.path)' --format \(format) --out \(typed)"
            let run = ProcessRunner.run(["/bin/sh", "-c", script])
            XCTAssertEqual(run.status, 0, run.stderr)
            let folder = work.appendingPathComponent(String(typed.dropLast()))
            var isDirectory: ObjCBool = false
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue, "\(typed) is a folder")
            XCTAssertEqual(try names(folder), [file])
        }
        XCTAssertEqual(try names(work), ["out", "reports"])

        // A trailing / naming a file never writes it, --force or not (usage error, exit 2).
        let file = root.appendingPathComponent("plain")
        try Data("mine\n".utf8).write(to: file)
        for format in ["csv", "markdown", "json"] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", format, "--out", file.path + "/", "--force"])
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains("\(file.path)/: cannot write: it is a file, not a folder"), run.stderr)
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("plain-about.csv").path))
    }

    /// The `--help` says where a CSV report goes for a folder.
    func testHelpSaysAFolderTakesTheTables() {
        // As one paragraph: the help is wrapped at the terminal's width.
        let help = ProcessRunner.run([ProcessRunner.ipap, "export", "--help"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(help.contains("--out a folder (reports/, or one that exists) writes them into it (reports/report-about.csv, ...)"), help)
        XCTAssertTrue(help.contains("Markdown and json write one file: FILE, or for a folder report.md or report.json in it (reports/report.md)."), help)
    }
}

