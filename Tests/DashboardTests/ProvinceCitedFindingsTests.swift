import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Provinces tab's last column was headed '结论' ('Findings'), which does not say it counts the review's findings
/// the corpus cites about the province; and a corpus citing none (the 10,000-document corpora have no findings.json)
/// read 0 for every province, as if the review said nothing about any of them. The column is '文献结论' ('Cited'), as
/// a province's page heads them, the legend beside the table (from 120 columns) says what it counts, and a corpus
/// citing no finding reads '-'.
final class ProvinceCitedFindingsTests: XCTestCase {
    /// The last cell of the row of `province` (the findings column at 80 columns).
    private func lastCell(_ b: TestBackend, _ province: String) -> String? {
        b.rows.first { $0.hasPrefix(province + " ") }?.split(separator: " ").last.map(String.init)
    }

    func testTheColumnSaysItCountsCitedFindings() throws {
        let catalog = try DashboardFixture.catalogue()
        let (wide, _) = try DashboardFixture.run(catalog, width: 130, height: 24, keys: [.char("2")])
        XCTAssertTrue(wide.rows.contains { $0.contains("│ 文献结论：语料引用的综述结论中涉及该省的条") }, DemoFixture.screen(wide))
        let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, keys: [.char("2")])
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("省份") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("文献结论") }, DemoFixture.screen(b))
        let beijing = catalog.findings(about: .province, "110000").count
        XCTAssertGreaterThan(beijing, 0)
        XCTAssertEqual(lastCell(b, "北京"), String(beijing), DemoFixture.screen(b))
        let (en, _) = try DashboardFixture.run(catalog, width: 80, height: 24, language: .english, keys: [.char("2")])
        XCTAssertTrue(en.rows.contains { $0.hasPrefix("Province") && $0.trimmingCharacters(in: .whitespaces).hasSuffix(" Cited") }, DemoFixture.screen(en))
    }

    func testACorpusCitingNoFindingReadsDashNotZero() throws {
        var catalog = try DashboardFixture.catalogue()
        catalog.findings = []
        let (wide, _) = try DashboardFixture.run(catalog, width: 130, height: 24, keys: [.char("2")])
        XCTAssertTrue(wide.rows.contains { $0.contains("│ 文献结论：本语料未引用综述结论（-）") }, DemoFixture.screen(wide))
        let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, keys: [.char("2")])
        for province in ["北京", "天津", "河北"] {
            XCTAssertEqual(lastCell(b, province), "-", DemoFixture.screen(b))
        }
    }
}
