import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Documents tab's where/who column stayed 10 columns wide in Chinese at any width: '工业和信…', '国家发展…'
/// at 200 columns with 100 empty ones to the right. It grows with the line, up to its longest name, the title
/// keeping the most; at 80 columns the table is as it was.
final class WhereWhoColumnWidthTests: XCTestCase {
    func testTheColumnGrowsWithTheLineUpToItsLongestName() throws {
        let demo = try DemoFixture.shared()
        let (wide, _) = try DemoFixture.run(demo, width: 200, height: 60, keys: [.char("5")])
        for name in ["工业和信息化部 ", "国家发展和改革委员会 "] {
            XCTAssertTrue(wide.rows.contains { $0.contains(name) }, DemoFixture.screen(wide))
        }
        XCTAssertFalse(wide.rows.contains { $0.contains("工业和信…") }, DemoFixture.screen(wide))
        let header = try XCTUnwrap(wide.rows.first { $0.hasPrefix("日期") }, DemoFixture.screen(wide))
        let whereWho = try XCTUnwrap(DemoFixture.column(of: "地区/机关", in: header))
        let number = try XCTUnwrap(DemoFixture.column(of: "文号", in: header))
        XCTAssertEqual(number - whereWho, DisplayWidth.of("国家发展和改革委员会") + 1, "as wide as the longest name: " + header)

        let (middle, _) = try DemoFixture.run(demo, width: 100, height: 30, keys: [.char("5")])
        XCTAssertTrue(middle.rows.contains { $0.contains("工业和信息化部 ") }, DemoFixture.screen(middle))

        // At 80 columns the title starts where it did (where/who 10 columns in Chinese, 12 in English).
        for (language, title, column) in [(Language.chinese, "标题", 33), (.english, "Title", 37)] {
            let (narrow, _) = try DemoFixture.run(demo, width: 80, height: 24, language: language, keys: [.char("5")])
            let header = try XCTUnwrap(narrow.rows.first { $0.hasSuffix(title) || $0.contains(" " + title) }, DemoFixture.screen(narrow))
            XCTAssertEqual(DemoFixture.column(of: " " + title, in: header).map { $0 + 1 }, column, header)
        }
    }
}
