import Foundation
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
/// "cannot write: it is a directory": it says the latter at once, forced or not (a usage error, exit 2).
final class ExportOutDirectoryTests: XCTestCase {
    func testExportToADirectorySaysItIsADirectoryFirst() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-out-dir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus"), out = root.appendingPathComponent("report")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for format in ["markdown", "json"] {
            for force in [[], ["--force"]] {
                for (language, said) in [("en", "\(out.path): cannot write: it is a directory, not a file"), ("zh", "这是目录，不是文件")] {
                    let run = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", corpus.path, "--format", format, "--out", out.path] + force,
                                                environment: ["IPAP_LANG": language])
                    XCTAssertEqual(run.status, 2, "\(format) \(force): \(run.stderr)")
                    XCTAssertTrue(run.stderr.contains(said), "\(format) \(force) \(language): \(run.stderr)")
                    XCTAssertFalse(run.stderr.contains("--force"), run.stderr)
                }
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }
}
