import Foundation
import XCTest

/// A new user's walkthrough of `ipap export` on the demo corpus (a copy, so that files can be broken or added).
final class WalkthroughExportTests: XCTestCase {
    private func export(_ demo: URL, _ format: String, to file: URL, environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo.path, "--format", format, "--out", file.path],
                          environment: environment)
    }

    /// A copy of the demo corpus (`demo`) and an empty folder for the reports (`dir`, inside it).
    private func demoCopy() throws -> (directory: URL, demo: URL) {
        let demo = try EvidencePathEndToEndTests.demoCopy()
        let dir = demo.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (dir, demo)
    }

    private func files(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// A document that fails to load: the error names file:line:column, exit 1, and no report is written (it held
    /// 59 of 60 documents, as if it were the corpus's).
    func testNothingIsWrittenWhenADocumentFailsToLoad() throws {
        let (dir, demo) = try demoCopy()
        defer { try? FileManager.default.removeItem(at: demo) }
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
        defer { try? FileManager.default.removeItem(at: demo) }
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

/// Copying from the centre is defined for local documents only: `analyze` showed the State Council's guiding opinion
/// (demo-00000) at "Centre 0%", and the export a mean of 0 for the State Council.
final class CentralCentreShareCommandLineTests: XCTestCase {
    private var demo: String { ProcessRunner.repository.appendingPathComponent("data/demo").path }

    func testAnalyzeShowsACentralDocumentsShareAsNotApplicable() throws {
        let table = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", demo])
        XCTAssertEqual(table.status, 0, table.stderr)
        let row = try XCTUnwrap(table.stdout.split(separator: "\n").first { $0.hasPrefix("demo-00000 ") }, table.stdout)
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        XCTAssertEqual(Array(cells[3...5]), ["-", "-", "-"], String(row))
        let csv = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", demo, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.first)
        let column = try XCTUnwrap(header.firstIndex(of: "copied_from_centre"))
        XCTAssertEqual(lines.first { $0.first == "demo-00000" }?[column], "")
        // A provincial document keeps its share.
        XCTAssertNotNil(Double(try XCTUnwrap(lines.first { $0.first == "demo-00019" })[column]))
    }

    func testTheExportLeavesACentralIssuersShareEmpty() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-central-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo, "--format", "json", "--out", dir.appendingPathComponent("r.json").path],
                                    environment: ["XDG_STATE_HOME": dir.path])
        XCTAssertEqual(out.status, 0, out.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as? [String: Any]
        let tables = try XCTUnwrap(report?["tables"] as? [[String: Any]])
        let issuers = try XCTUnwrap(tables.first { $0["id"] as? String == "indicators-issuer" }?["rows"] as? [[String: Any]])
        let values = issuers.compactMap { $0["values"] as? [String: Any] }
        let council = try XCTUnwrap(values.first { $0["id"] as? String == "state-council" })
        XCTAssertTrue(council["meanCopiedFromCentre"] is NSNull, "\(council)")
        let provinces = try XCTUnwrap(tables.first { $0["id"] as? String == "indicators-province" }?["rows"] as? [[String: Any]])
        XCTAssertTrue(provinces.compactMap { $0["values"] as? [String: Any] }.contains { $0["meanCopiedFromCentre"] is NSNumber })
    }
}

/// With IPAP_LANG=en the export's name columns read 北京市, 国务院, 创业创新 where the dashboard says Beijing, State
/// Council: names follow the report's language, ids stay as they are.
final class ExportNamesLanguageTests: XCTestCase {
    private func table(_ id: String, language: String, in dir: URL) throws -> [[String]] {
        let stem = dir.appendingPathComponent("r-\(language)")
        if !FileManager.default.fileExists(atPath: stem.path + "-about.csv") {
            let out = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", ProcessRunner.repository.appendingPathComponent("data/demo").path,
                                         "--format", "csv", "--out", stem.path + ".csv"],
                                        environment: ["IPAP_LANG": language, "XDG_STATE_HOME": dir.path])
            XCTAssertEqual(out.status, 0, out.stderr)
        }
        let text = try String(contentsOf: URL(fileURLWithPath: stem.path + "-\(id).csv"), encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func testNamesFollowTheReportsLanguage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (table, id, column, en, zh) in [("indicators-issuer", "state-council", "issuer", "State Council", "国务院"),
                                            ("indicators-province", "440000", "province", "Guangdong", "广东省"),
                                            ("indicators-area", "manufacturing", "area", "Collaborative manufacturing", "协同制造")] {
            for (language, expected) in [("en", en), ("zh", zh)] {
                let rows = try self.table(table, language: language, in: dir)
                let header = try XCTUnwrap(rows.first)
                let cell = try XCTUnwrap(header.firstIndex(of: column))
                let row = try XCTUnwrap(rows.first { $0.first == id }, "\(table): \(id)")
                XCTAssertEqual(row[cell], expected, "\(table) \(language)")
            }
        }
    }
}

/// `review list --format csv` and the export's reviews table left targetName empty for a document, where a
/// province or an indicator got its name: a document is named by its title.
final class ReviewTargetNameTests: XCTestCase {
    func testADocumentTargetIsNamedByItsTitle() throws {
        let demo = try EvidencePathEndToEndTests.demoCopy(), dir = demo.appendingPathComponent("reports")
        defer { try? FileManager.default.removeItem(at: demo) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let env = ["XDG_STATE_HOME": dir.path, "IPAP_LANG": "en"]
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: demo.appendingPathComponent("documents/demo-00019.json"))) as? [String: Any]
        let title = try XCTUnwrap(document?["title"] as? String)
        for target in ["demo-00019", "440000"] {
            let add = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", demo.path, "--target", target, "--tag", "checked"], environment: env)
            XCTAssertEqual(add.status, 0, add.stderr)
        }
        func names(_ csv: String) throws -> [String: String] {
            let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let header = try XCTUnwrap(rows.first)
            let target = try XCTUnwrap(header.firstIndex(of: "target")), name = try XCTUnwrap(header.firstIndex(of: "targetName"))
            return Dictionary(rows.dropFirst().map { ($0[target], $0[name]) }, uniquingKeysWith: { a, _ in a })
        }
        let list = ProcessRunner.run([ProcessRunner.ipap, "review", "list", "--corpus", demo.path, "--format", "csv"], environment: env)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(try names(list.stdout), ["demo-00019": title, "440000": "Guangdong"])
        let export = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo.path, "--format", "csv", "--out", dir.appendingPathComponent("r.csv").path],
                                       environment: env)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(try names(String(contentsOf: dir.appendingPathComponent("r-reviews.csv"), encoding: .utf8)), ["demo-00019": title, "440000": "Guangdong"])
    }
}
