import Foundation
import XCTest

/// A new user's walkthrough of `ipap export` on the demo corpus (a copy, so that files can be broken or added).
final class WalkthroughExportTests: XCTestCase {
    /// A scratch directory holding a copy of the demo corpus (`demo`), its analysis left out.
    private func demoCopy() throws -> (directory: URL, demo: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-walkthrough-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let demo = dir.appendingPathComponent("demo")
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        try? FileManager.default.removeItem(at: demo.appendingPathComponent("analysis"))
        return (dir, demo)
    }

    private func export(_ demo: URL, _ format: String, to file: URL, environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo.path, "--format", format, "--out", file.path],
                          environment: environment)
    }

    private func files(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "demo" }.sorted()
    }

    /// A document that fails to load: the error names file:line:column, exit 1, and no report is written (it held
    /// 59 of 60 documents, as if it were the corpus's).
    func testNothingIsWrittenWhenADocumentFailsToLoad() throws {
        let (dir, demo) = try demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = demo.appendingPathComponent("documents/demo-00005.json")
        let json = try String(contentsOf: file, encoding: .utf8)
        let comma = try XCTUnwrap(json.range(of: "},\n"))
        try json.replacingCharacters(in: comma, with: "}\n").write(to: file, atomically: true, encoding: .utf8)
        for format in ["json", "csv", "markdown"] {
            let out = export(demo, format, to: dir.appendingPathComponent("bad.\(format)"))
            XCTAssertEqual(out.status, 1, out.stderr)
            XCTAssertTrue(out.stderr.contains("demo-00005.json:"), out.stderr)
            XCTAssertNotNil(out.stderr.range(of: #"demo-00005\.json:\d+:\d+: "#, options: .regularExpression), out.stderr)
            XCTAssertFalse(out.stderr.contains("wrote "), out.stderr)
            XCTAssertEqual(try files(in: dir), [], format)
        }
    }

    /// A corpus without findings.json is checked against the bundled catalogue's findings, in the export as in
    /// `ipap findings`.
    func testTheExportChecksTheFindingsIpapFindingsChecks() throws {
        let (dir, demo) = try demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let findings = ProcessRunner.run([ProcessRunner.ipap, "findings", "--corpus", demo.path, "--format", "json"])
        XCTAssertEqual(findings.status, 0, findings.stderr)
        let checked = try JSONSerialization.jsonObject(with: Data(findings.stdout.utf8)) as? [String: Any]
        let ids = try XCTUnwrap(checked?["findings"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertGreaterThan(ids.count, 5)
        let out = export(demo, "csv", to: dir.appendingPathComponent("r.csv"))
        XCTAssertEqual(out.status, 0, out.stderr)
        let rows = try String(contentsOf: dir.appendingPathComponent("r-findings.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        XCTAssertEqual(rows, ids)
        let md = export(demo, "markdown", to: dir.appendingPathComponent("r.md"))
        XCTAssertEqual(md.status, 0, md.stderr)
        let markdown = try String(contentsOf: dir.appendingPathComponent("r.md"), encoding: .utf8)
        let section = try XCTUnwrap(markdown.components(separatedBy: "\n## ").first { $0.hasPrefix("The review's findings") })
        XCTAssertFalse(section.contains("(none)"), section)
        XCTAssertTrue(section.contains(ids[0]), section)
    }
}
