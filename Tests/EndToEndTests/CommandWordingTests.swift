import Foundation
import XCTest

/// Wording the command line got wrong: an export over several files said "A, B, … exists"; an empty name to write to
/// was taken for the current directory; `list --year`'s help did not say that an
/// undated document counts in its number's year; the overview named four of the fifteen subcommands.
final class CommandWordingTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-wording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testAnExportOverSeveralFilesSaysTheyExist() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let out = root.appendingPathComponent("r.csv").path
        for name in ["r-about.csv", "r-reuse.csv"] { try Data("earlier\n".utf8).write(to: root.appendingPathComponent(name)) }
        let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", "csv", "--out", out])
        XCTAssertEqual(run.status, 2, run.stderr)
        let about = root.appendingPathComponent("r-about.csv").path, reuse = root.appendingPathComponent("r-reuse.csv").path
        XCTAssertEqual(run.stderr, "\(about) and \(reuse) exist; ipap export never overwrites without --force\n")
    }

    /// An empty name is the current directory to the file system: `init --from-catalog ""` said ": already exists and
    /// is not empty", `demo --out ""` wrote into the current directory, `import --into ""` read it as a corpus, and
    /// `export --out ""` said the current directory existed. Each is a usage error naming the option.
    func testAnEmptyNameToWriteToIsAUsageError() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let source = root.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        // Run where a regression's writes land in the test's folder.
        let work = root.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(work.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let cases: [([String], String, String)] = [
            (["init", "--from-catalog"], "--from-catalog needs the name of the new corpus directory", "--from-catalog 须给出新语料的目录名"),
            (["demo", "--documents", "2", "--out"], "--out needs the name of the output directory", "--out 须给出输出目录名"),
            (["import", source.path, "--into"], "--into needs the name of the corpus directory", "--into 须给出语料目录名"),
            (["export", "--corpus", corpus.path, "--format", "markdown", "--out"], "--out needs the name of the report file", "--out 须给出报告文件名"),
        ]
        for (arguments, english, chinese) in cases {
            for name in ["", "  "] {
                for (language, message) in [("en", "Error: " + english), ("zh", "错误：" + chinese)] {
                    let run = ProcessRunner.run([ProcessRunner.ipap] + arguments + [name], environment: ["IPAP_LANG": language])
                    XCTAssertEqual(run.status, 2, "\(arguments) '\(name)': \(run.stderr)")
                    XCTAssertEqual(run.stderr.components(separatedBy: "\n")[0], message)
                }
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [], "nothing written")
    }

    func testHelpSaysWhatCountsInAYearAndNamesMoreThanFourSubcommands() {
        let list = ProcessRunner.run([ProcessRunner.ipap, "list", "--help"]).stdout
        // Help wraps its lines: read them as one.
        let year = (list.components(separatedBy: "  --year <year>").dropFirst().first ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(year.prefix(200).contains("of its number when undated: 冀政发〔2017〕4号 counts in 2017"), list)
        let overview = ProcessRunner.run([ProcessRunner.ipap, "--help"]).stdout
        let head = String(overview.prefix { $0 != "U" }).replacingOccurrences(of: "\n", with: " ")
        XCTAssertFalse(head.contains("browse, validate, list and show."), head)
        for word in ["import", "fetch", "analyse", "review", "export"] {
            XCTAssertTrue(head.contains(word), "\(word) in \(head)")
        }
    }

    /// `fetch --help` broke its lines where the source did ("one request / per second per host, / robots.txt
    /// obeyed") as well as at the width: each line of its discussion is filled, the next word did not fit on it.
    func testFetchHelpFillsItsLines() {
        let help = ProcessRunner.run([ProcessRunner.ipap, "fetch", "--help"], environment: ["COLUMNS": "80"]).stdout
        let lines = help.components(separatedBy: "\n")
        let start = lines.firstIndex { $0.contains("Official pages first") } ?? lines.count
        let discussion = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertGreaterThan(discussion.count, 3, help)
        for (line, next) in zip(discussion, discussion.dropFirst()) {
            let word = next.split(separator: " ").first.map(String.init) ?? ""
            // The parser leaves the last column free: a line holds 79.
            XCTAssertGreaterThanOrEqual(line.count + 1 + word.count, 80, "\(word) would fit on: \(line)\n\(help)")
        }
    }
}
