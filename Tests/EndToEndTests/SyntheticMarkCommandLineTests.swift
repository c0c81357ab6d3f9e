import Foundation
import XCTest

/// `ipap findings` on a synthetic corpus checked the real 2020 review's findings against generated texts without a
/// word of it (export's markdown and the dashboard say SYNTHETIC), and so did the tables of `analyze` and `stats`.
/// Each table now starts with the mark, and the findings JSON carries `synthetic`.
final class SyntheticMarkCommandLineTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-synthetic-mark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// The review test corpus, marked synthetic or not in its corpus.json.
    private func corpus(synthetic: Bool) throws -> URL {
        let dir = root.appendingPathComponent(synthetic ? "synthetic" : "real")
        try ReviewCommandLineTests.makeCorpus(at: dir, withTexts: true)
        let info = dir.appendingPathComponent("corpus.json")
        let text = try String(contentsOf: info, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"synthetic\": false", with: "\"synthetic\": \(synthetic)").utf8).write(to: info)
        return dir
    }

    func testTablesOfASyntheticCorpusStartWithTheMark() throws {
        let synthetic = try corpus(synthetic: true), real = try corpus(synthetic: false)
        let marks = [("en", "SYNTHETIC corpus: generated example texts, not real policy documents"),
                     ("zh", "合成语料 SYNTHETIC：生成的示例文本，不是真实政策文件")]
        for command in ["findings", "analyze", "stats"] {
            for (language, mark) in marks {
                let run = ProcessRunner.run([ProcessRunner.ipap, command, "--corpus", synthetic.path], environment: ["IPAP_LANG": language])
                XCTAssertEqual(run.status, 0, "\(command): \(run.stderr)")
                XCTAssertEqual(run.stdout.components(separatedBy: "\n").first, mark, "\(command) \(language): \(run.stdout)")
                let plain = ProcessRunner.run([ProcessRunner.ipap, command, "--corpus", real.path], environment: ["IPAP_LANG": language])
                XCTAssertEqual(plain.status, 0, "\(command): \(plain.stderr)")
                XCTAssertFalse(plain.stdout.contains("SYNTHETIC"), "\(command) \(language): \(plain.stdout)")
            }
        }
    }

    func testFindingsJSONSaysWhetherTheCorpusIsSynthetic() throws {
        for synthetic in [true, false] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "findings", "--corpus", try corpus(synthetic: synthetic).path, "--format", "json"])
            XCTAssertEqual(run.status, 0, run.stderr)
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            XCTAssertEqual(object["synthetic"] as? Bool, synthetic)
            XCTAssertNotNil(object["findings"] as? [Any])
        }
    }
}
