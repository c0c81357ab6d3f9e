import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 60x20 on the Tools tab the line under the grid was cut mid-word with no ellipsis: '…（占该行 21%，占该列 5%）   En'
/// (the Enter hint, cut). The hint is shown whole or not at all (the status line offers Enter too); the cell's words,
/// where they do not fit, are cut with '…'.
final class GridCellLineCutTests: XCTestCase {
    private func cellLine(_ width: Int, _ language: Language, _ tab: Character = "8") throws -> String {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: width, height: 20, language: language, keys: [.char(tab)])
        let line = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ ") }, DemoFixture.screen(b))
        return String(line.reversed().drop { $0 == " " }.reversed())
    }

    func testTheHintIsWholeOrLeftOut() throws {
        XCTAssertEqual(try cellLine(60, .chinese), " ▶ 供 人才培养 × 创业创新 = 13（占该行 21%，占该列 5%）")
        XCTAssertEqual(try cellLine(100, .chinese), " ▶ 供 人才培养 × 创业创新 = 13（占该行 21%，占该列 5%）   Enter 打开")
        XCTAssertEqual(try cellLine(60, .chinese, "7"), " ▶ 中央 × 安徽 = 18%   Enter 打开")
    }

    func testACutLineEndsInAnEllipsis() throws {
        for language in Language.allCases {
            let line = try cellLine(44, language)
            XCTAssertTrue(line.hasSuffix("…") || line.hasSuffix("…）") || line.hasSuffix("…)"), "'\(line)'")
            XCTAssertFalse(line.contains("Enter"), line)
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 44)
        }
    }
}
