import Foundation
import XCTest

/// `ipap analyze --format csv` counts an analyst's tool override in the tool shares, as the dashboard and the export
/// do (docs/reviews.md: overrides win wherever clause codes are counted): it printed the machine's shares after the
/// override. The JSON stays the machine's analysis (the contract, and what `--write` stores).
final class AnalyzeOverrideTests: XCTestCase {
    func testTheCSVsToolSharesFollowAToolOverrideAndTheJSONStaysTheMachines() throws {
        let dir = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let english = ["IPAP_LANG": "en"]
        func ipap(_ arguments: String...) -> ProcessRunner.Output {
            ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", dir.path], environment: english)
        }
        func demandShare(_ csv: String) throws -> Double {
            let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let column = try XCTUnwrap(lines.first?.firstIndex(of: "demand"))
            let row = try XCTUnwrap(lines.first { $0.first == "demo-00020" })
            return try XCTUnwrap(Double(row[column]), row.joined(separator: ","))
        }
        let before = ipap("analyze", "--format", "csv")
        XCTAssertEqual(before.status, 0, before.stderr)
        let json = ipap("analyze", "--format", "json").stdout

        let added = ipap("review", "add", "--target", "demo-00020", "--clause", "3", "--set-tool", "demand-procurement")
        XCTAssertEqual(added.status, 0, added.stderr)
        let after = ipap("analyze", "--format", "csv")
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertGreaterThan(try demandShare(after.stdout), try demandShare(before.stdout), "the override is not counted")
        XCTAssertTrue(after.stderr.contains("the tool shares of 1 document count analysts' code overrides"), after.stderr)
        XCTAssertEqual(ipap("analyze", "--format", "json").stdout, json, "the JSON is the machine's analysis")
    }
}
