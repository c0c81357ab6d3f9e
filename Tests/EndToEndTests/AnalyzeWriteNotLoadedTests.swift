import Foundation
import XCTest

/// `ipap analyze --write` with a document file that does not load exited 1 but still stored the analysis of the
/// documents that loaded and made it the current one (the dashboard's and the export's). It writes nothing now, as
/// `ipap export` refuses, and names the file.
final class AnalyzeWriteNotLoadedTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-analyze-not-loaded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testNothingIsStoredWhileADocumentFileDoesNotLoad() throws {
        let breakages: [(String, (URL) throws -> Void)] = [
            ("empty", { try Data().write(to: $0) }),
            ("invalid JSON", { try Data("{\"bad json".utf8).write(to: $0) }),
            ("wrong type", { try Data("[1, 2]".utf8).write(to: $0) }),
            ("a directory", { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) }),
        ]
        for (name, breakIt) in breakages {
            let corpus = root.appendingPathComponent(UUID().uuidString)
            try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
            let bad = corpus.appendingPathComponent("documents/zz-broken.json")
            try breakIt(bad)
            for (language, said) in [("en", "nothing was written: \(bad.path)"), ("zh", "未写入分析：\(bad.path)")] {
                let run = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write"],
                                            environment: ["IPAP_LANG": language])
                XCTAssertEqual(run.status, 1, "\(name): \(run.stderr)")
                XCTAssertTrue(run.stderr.contains(said), "\(name) \(language): \(run.stderr)")
                XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("analysis").path),
                               "\(name): an analysis was stored")
            }
        }
    }
}
