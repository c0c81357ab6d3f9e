import Foundation
import XCTest

/// `ipap findings`, `ipap problems` and `ipap show` for a problem, run as a user would.
final class FindingsCommandLineTests: XCTestCase {
    private func ipap(_ arguments: String...) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["LANG": "en_US.UTF-8"])
    }

    private struct Output: Decodable {
        struct Check: Decodable {
            struct Text: Decodable { var zh: String; var en: String }
            struct Evidence: Decodable { var zh: String; var en: String; var document: String?; var compare: [String]? }
            var id: String
            var problem: String?
            var text: Text
            var verdict: String
            var reason: Text
            var evidence: [Evidence]
        }
        var findings: [Check]
    }

    func testFindingsJSONGivesEveryFindingAVerdictOnTheCatalogueAndTheDemoCorpus() throws {
        let demo = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-findings-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: demo) }
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        for corpus in [nil, demo.path] {
            let out = corpus.map { ipap("findings", "--corpus", $0, "--format", "json") } ?? ipap("findings", "--format", "json")
            XCTAssertEqual(out.status, 0, out.stderr)
            let decoded = try JSONDecoder().decode(Output.self, from: Data(out.stdout.utf8))
            XCTAssertEqual(decoded.findings.count, 29)
            for c in decoded.findings {
                XCTAssertTrue(["reproduced", "contradicted", "partly", "not-testable"].contains(c.verdict), c.verdict)
                XCTAssertFalse(c.reason.en.isEmpty, c.id)
            }
            let goals = try XCTUnwrap(decoded.findings.first { $0.id == "identical-goals" })
            XCTAssertTrue(goals.reason.en.contains("Shanxi") || goals.evidence.contains { $0.en.hasPrefix("Shanxi: no main implementation document") },
                          goals.reason.en)
        }
    }

    func testShowAProblemByNameNumberOrIdWithCausesRecommendationsAndLocators() {
        let byName = ipap("show", "同质化")
        XCTAssertEqual(byName.status, 0, byName.stderr)
        XCTAssertTrue(byName.stdout.hasPrefix("2. 地方政策文件同质化  Homogenization of local documents"), byName.stdout)
        XCTAssertTrue(byName.stdout.contains("成因 / Causes"))
        XCTAssertTrue(byName.stdout.contains("建议 / Recommendations"))
        XCTAssertTrue(byName.stdout.contains("〔section 3.2 (三（二）), cause 1〕"))
        XCTAssertEqual(ipap("show", "homogenization").stdout, byName.stdout)
        XCTAssertEqual(ipap("show", "2").stdout, byName.stdout)
        let problems = ipap("problems", "--format", "markdown")
        XCTAssertEqual(problems.status, 0, problems.stderr)
        XCTAssertEqual(problems.stdout.components(separatedBy: "\n## ").count - 1, 5, "five problems, not the tools family")
    }
}
