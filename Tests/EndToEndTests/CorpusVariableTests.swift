import Foundation
import XCTest

/// A missing corpus named by `$IPAP_CORPUS` exited 1 ("PATH:1:1: no such corpus directory") where `--corpus` exits 2
/// (usage) with "--corpus: no such corpus directory: PATH": both are the same choice, now the same usage error.
final class CorpusVariableTests: XCTestCase {
    func testAMissingCorpusIsTheSameUsageErrorFromTheVariableAsFromTheOption() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-corpus-variable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.appendingPathComponent("nonexistent").path, file = root.appendingPathComponent("corpus.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: file))
        let cases = [(missing, "no such corpus directory: \(missing)"), (file, "\(file) is a file, not a corpus directory (the directory that holds corpus.json)")]
        for command in [["list"], ["stats"], ["validate"]] {
            for (path, said) in cases {
                let option = ProcessRunner.run([ProcessRunner.ipap] + command + ["--corpus", path])
                let variable = ProcessRunner.run([ProcessRunner.ipap] + command, environment: ["IPAP_CORPUS": path])
                XCTAssertEqual(option.status, 2, option.stderr)
                XCTAssertEqual(variable.status, 2, "\(command): \(variable.stderr)")
                XCTAssertEqual(option.stderr.components(separatedBy: "\n").first, "Error: --corpus: " + said)
                XCTAssertEqual(variable.stderr.components(separatedBy: "\n").first, "Error: $IPAP_CORPUS: " + said, "\(command)")
            }
        }
    }
}
