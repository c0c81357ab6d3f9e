import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A corpus without findings.json (the demo) had no "Findings check ›" row in the Indicators tab, and its findings
/// screen said the corpus cites none, where `ipap findings` checks the bundled catalogue's findings against it:
/// the dashboard checks the same findings (`ReviewFindingSource`).
final class CatalogueFindingsCheckTests: XCTestCase {
    func testTheIndicatorsTabOpensTheFindingsIpapFindingsChecks() throws {
        let demo = try DemoFixture.shared()
        XCTAssertTrue(demo.corpus.findings.isEmpty, "the demo cites no findings of its own")
        let bundled = try ReviewFindingSource.findings(for: demo.corpus)
        XCTAssertGreaterThan(bundled.count, 5)
        let (_, tab) = try DemoFixture.run(demo, width: 100, height: 30, language: .english, keys: [.char("6")])
        let rows = Layout.content(tab).rows
        let row = try XCTUnwrap(rows.firstIndex { $0.cells.first == "Findings check ›" }, "\(rows.map(\.cells))")
        XCTAssertEqual(rows[row].target, .findings)
        XCTAssertEqual(rows[row].cells.last, "\(bundled.count) findings")
        let (b, findings) = try DemoFixture.run(demo, width: 100, height: 30, language: .english, keys: [.char("6"), .enter])
        XCTAssertEqual(findings.route, .findings)
        let header = Layout.content(findings).header.map(\.text)
        XCTAssertTrue(header.first?.hasPrefix("The review's \(bundled.count) findings checked") == true, DemoFixture.screen(b))
        XCTAssertTrue(header.contains { $0.contains("bundled catalogue's findings") }, "\(header)")
    }
}
