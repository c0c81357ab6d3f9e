import Foundation
import XCTest

/// The table of `ipap analyze` showed "-" in Money for a document whose CSV says financial_support=false, where "-"
/// elsewhere in the table means not applicable (QA pass 48): "no" / "否" now, and the legend says so. An evaluation
/// without clauses is the count 0, not "-".
final class AnalyzeMoneyColumnTests: XCTestCase {
    func testNoFundingIsNoNotADash() throws {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo").path
        let csv = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", demo, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let csvLines = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(csvLines.first)
        let money = try XCTUnwrap(header.firstIndex(of: "financial_support"))
        let funding = Dictionary(uniqueKeysWithValues: csvLines.dropFirst().map { ($0[0], $0[money]) })
        XCTAssertTrue(funding.values.contains("false") && funding.values.contains("true"), "\(funding)")
        for (language, no) in [("en", "no"), ("zh", "否")] {
            let table = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", demo], environment: ["IPAP_LANG": language])
            XCTAssertEqual(table.status, 0, table.stderr)
            var checked = 0
            // The per-document table: up to the first empty line (the reuse pairs follow).
            for line in table.stdout.components(separatedBy: "\n").drop(while: { !$0.hasPrefix("ID") && !$0.hasPrefix("编号") }).prefix(while: { !$0.isEmpty }) {
                let tokens = line.split(separator: " ").map(String.init)
                guard let id = tokens.first, let expected = funding[id], tokens.count > 3 else { continue }
                XCTAssertEqual(tokens[tokens.count - 3], expected == "true" ? "✓" : no, String(line))
                XCTAssertNotEqual(tokens[tokens.count - 2], "-", String(line))
                checked += 1
            }
            XCTAssertEqual(checked, funding.count, table.stdout)
            XCTAssertTrue(table.stdout.contains(language == "en" ? "Money: ✓ names funding, no: names none" : "资金：✓ 有资金支持条款，否 没有"), table.stdout)
        }
    }
}
