import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A header taller than a third of the screen ends its last row in '…'. On an area's page at 80x24 that row is
/// the count of provinces whose coverage is unknown: '未知的省份（无主要实施文件，或综合文件未按全文编码） 19…'
/// (益民服务 in the catalogue; English '… coded from its text) 31…'), a count that read as cut short. The mark stands
/// apart from a number, and a cut never falls inside one.
final class HeaderCutNumberTests: XCTestCase {
    func testACutHeaderDoesNotGlueItsMarkToACount() throws {
        let catalog = try DashboardFixture.catalogue()
        for (language, area, line) in [(Language.chinese, 6, "未知的省份（无主要实施文件，或综合文件未按全文编码） 19 …"),
                                        (.english, 1, "coded from its text) 31 …")] {
            let downs = [Key](repeating: .char("j"), count: area - 1)
            let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, language: language, keys: [.char("4")] + downs + [.enter])
            XCTAssertTrue(b.rows.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix(line) }, DemoFixture.screen(b))
            // The header: a third of the 22 rows between the tab row and the status line.
            XCTAssertFalse(b.rows[1...7].contains { $0.range(of: #"[0-9]…"#, options: .regularExpression) != nil }, DemoFixture.screen(b))
        }
    }

    func testACutInsideANumberGoesBeforeIt() {
        XCTAssertEqual(Layout.markedCut("文件 12345 份", room: 10), "文件…")
        XCTAssertEqual(Layout.markedCut("文件 12", room: 10), "文件 12 …")
        XCTAssertEqual(Layout.markedCut("关键词 创业、双创、众创", room: 16), "关键词 创业、双…")
    }
}
