import Foundation
import XCTest

/// Wording the command line got wrong: an export over several files said "A, B, … exists"; `init --from-catalog ""`
/// took the current directory and said ": already exists and is not empty"; `list --year`'s help did not say that an
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

    func testInitWithAnEmptyDirectoryNameIsAUsageError() {
        for name in ["", "  "] {
            for (language, message) in [("en", "Error: --from-catalog needs the name of the new corpus directory"),
                                        ("zh", "错误：--from-catalog 须给出新语料的目录名")] {
                let run = ProcessRunner.run([ProcessRunner.ipap, "init", "--from-catalog", name], environment: ["IPAP_LANG": language])
                XCTAssertEqual(run.status, 2, run.stderr)
                XCTAssertEqual(run.stderr.components(separatedBy: "\n")[0], message)
            }
        }
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
}
