import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The coverage legend stands beside the Provinces and Issuers tables from 120 columns; where the table did not
/// fit beside it, its last columns were cut, so a wider terminal showed less than 80 columns did.
final class SidePanelFitTests: XCTestCase {
    private func rows(_ loaded: DemoFixture.Loaded, tab: Character, width: Int, language: Language) throws -> [String] {
        try DemoFixture.run(loaded, width: width, height: 40, language: language, keys: [.char(tab)]).0.rows
    }

    /// Demo, English, 120x40, tab 2: the table ended "Coverage    Finding│" beside the legend, its indicator
    /// columns (Centre … Tools, shown at 80) cut off. Now every indicator column is read.
    func testProvincesKeepTheirIndicatorColumnsAt120() throws {
        let loaded = try DemoFixture.shared()
        for language in [Language.english, .chinese] {
            let rows = try rows(loaded, tab: "2", width: 120, language: language)
            let screen = rows.joined(separator: "\n")
            let titles = language == .english ? ["Centre", "Nearest", "Vague", "w/Eval", "Gov", "Tools"] : ["照搬中央", "最相似省份", "空泛措施", "有评估", "治理", "工具"]
            for title in titles { XCTAssertTrue(rows[1].contains(title), "\(title)\n" + screen) }
            let tianjin = try XCTUnwrap(rows.first { $0.hasPrefix(language == .english ? "Tianjin " : "天津 ") }, screen)
            XCTAssertTrue(tianjin.contains("18%") && tianjin.contains("87%") && tianjin.contains("▂▄▂"), screen)
        }
    }

    /// Demo, English, 120x40, tab 3: "Gov T│" and "1.0 ▂│", the tool mix cut to its first bar. Now "Tools" and
    /// the three bars.
    func testIssuersKeepTheirToolsColumnAt120() throws {
        let rows = try rows(try DemoFixture.shared(), tab: "3", width: 120, language: .english)
        let screen = rows.joined(separator: "\n")
        XCTAssertTrue(rows[1].contains("Gov Tools"), screen)
        let council = try XCTUnwrap(rows.first { $0.hasPrefix("SC ") }, screen)
        XCTAssertTrue(council.contains("1.0 ▂▄▂"), screen)
    }

    /// Catalogue, English, 120x40, tab 2: "Coverage    Finding│" and no count under it (Beijing's 3 cited
    /// findings, shown at 80; the column is "Cited" since). Now the whole column, with the legend beside the table where it fits.
    func testProvincesKeepTheirFindingsBesideTheLegend() throws {
        let catalogue = try DashboardFixture.catalogue()
        for width in [120, 200] {
            let (b, _) = try DashboardFixture.run(catalogue, width: width, height: 40, language: .english, keys: [.char("2")])
            let screen = b.rows.joined(separator: "\n")
            XCTAssertTrue(b.rows[1].contains("Coverage       Cited"), screen)
            let beijing = try XCTUnwrap(b.rows.first { $0.hasPrefix("Beijing ") }, screen)
            XCTAssertTrue(beijing.contains("unknown            3"), screen)
        }
    }
}
