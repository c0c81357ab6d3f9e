import Foundation
import XCTest

/// A copy of the demo corpus with one broken document file (`"level": "nationall"`): `validate` gave its error and
/// then 45 lines "basedOn names 'demo-00000', which is not a document of this corpus", and `list`, `stats`, `show`
/// and `findings` (twice over: it loads the files again with their texts) printed them on stderr. One error.
final class BrokenDocumentFileTests: XCTestCase {
    func testOneBrokenFileIsOneProblemForEveryCommand() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-broken-file-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: corpus)
        let file = corpus.appendingPathComponent("documents/demo-00000.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("\"level\": \"national\""))
        try Data(text.replacingOccurrences(of: "\"level\": \"national\"", with: "\"level\": \"nationall\"").utf8).write(to: file)
        let error = "\(corpus.path)/documents/demo-00000.json:8:12: 'level': 'nationall' is not a level: national, ministerial, provincial or municipal"
        for command in [["validate"], ["list"], ["stats"], ["findings"], ["show", "demo-00003"]] {
            let run = ProcessRunner.run([ProcessRunner.ipap] + command + ["--corpus", corpus.path], environment: ["IPAP_LANG": "en"])
            XCTAssertEqual(run.status, 1, "\(command): \(run.stderr)")
            let said = (run.stdout + run.stderr).components(separatedBy: "\n")
            XCTAssertEqual(said.filter { $0.contains("demo-00000") }, [error], "\(command): \(run.stderr)")
        }
    }
}
