import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Chinese Issuers tab showed each issuer's name twice: cut in the first column (国家发展和改革…) and whole in a
/// name column after the sparkline (国家发展和改革委员会), where the English tab has an abbreviation (NDRC) and the
/// name. In Chinese the first column is the name, once and whole where the line has room; the English tab keeps
/// its abbreviation and name columns.
final class IssuerNameOnceTests: XCTestCase {
    func testTheChineseIssuersTabNamesEachIssuerOnceAndWhole() throws {
        let catalog = try DashboardFixture.catalogue()
        let issuers = catalog.taxonomy.issuers.filter { $0.level.isCentral }
        for (width, height) in [(80, 24), (200, 60)] {
            let (b, _) = try DashboardFixture.run(catalog, width: width, height: height, language: .chinese, keys: [.char("3")])
            let screen = DemoFixture.screen(b)
            let header = try XCTUnwrap(b.rows.first { $0.hasPrefix("发文机关") }, screen)
            XCTAssertFalse(header.contains("名称"), header)
            var rows = 0
            for issuer in issuers {
                guard let row = b.rows.first(where: { $0.hasPrefix(issuer.zh + " ") }) else { continue }
                rows += 1
                XCTAssertEqual(row.components(separatedBy: issuer.zh).count, 2, "named once: \(row)")
                XCTAssertFalse(row.contains("…"), row)
                // The level starts in one column on every row, whatever the name's width (CJK alignment).
                XCTAssertEqual(DemoFixture.column(of: "部委", in: row) ?? DemoFixture.column(of: "国家", in: row), DemoFixture.column(of: "级别", in: header), row)
            }
            XCTAssertGreaterThanOrEqual(rows, min(issuers.count, height - 5), screen)
            XCTAssertTrue(b.rows.contains { $0.hasPrefix("国家质量监督检验检疫总局 部委") }, screen)
        }
        // English: the abbreviation, then the whole name in a column of its own, as before.
        let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, language: .english, keys: [.char("3")])
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("Issuer   Level ") && $0.contains(" Name") }, DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("NDRC ") && $0.contains("National Development an…") }, DemoFixture.screen(b))
    }

    /// Beside the text indicators at 80 columns the line has no room for whole names: the first column keeps 16
    /// columns and cuts, still once; at 200 columns the names are whole.
    func testBesideTheIndicatorsTheNameGivesWayOnce() throws {
        let loaded = try DemoFixture.shared()
        for (width, cut) in [(80, true), (200, false)] {
            let (b, _) = try DemoFixture.run(loaded, width: width, height: 30, language: .chinese, keys: [.char("3")])
            let row = try XCTUnwrap(b.rows.first { $0.hasPrefix("国家发展和改革") }, DemoFixture.screen(b))
            XCTAssertEqual(row.hasPrefix("国家发展和改革… "), cut, row)
            XCTAssertEqual(row.hasPrefix("国家发展和改革委员会 "), !cut, row)
            XCTAssertEqual(row.components(separatedBy: "国家发展和改革").count, 2, row)
            XCTAssertTrue(b.rows.contains { $0.contains("空泛措施") }, DemoFixture.screen(b))
        }
    }
}
