import Foundation
import XCTest

/// What ipap writes and ships passes the project's own JSON Schemas (`tools/check-schemas.sh`, docs/schemas):
/// every imported document lacked `source.seen.url`, which the schema requires (null allowed), and the bundled
/// demo was in the former `verified` form.
final class SchemaConformanceTests: XCTestCase {
    func testAFreshImportAndTheBundledDemoPassTheSchemas() throws {
        // .ci/run installs it; a developer without it is told why the test did not run.
        guard ProcessRunner.run(["python3", "-c", "import jsonschema"]).status == 0 else {
            throw XCTSkip("python3's jsonschema is not installed (pip install jsonschema)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("src").path, corpus = dir.appendingPathComponent("corpus").path
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "demo", "--out", source, "--documents", "6", "--length", "1500"]).status, 0)
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "import", source, "--into", corpus, "--synthetic"]).status, 0)
        let script = ProcessRunner.repository.appendingPathComponent("tools/check-schemas.sh").path
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo").path
        let check = ProcessRunner.run(["sh", script, corpus, demo])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertEqual(check.stdout, "all files valid\n")
    }
}
