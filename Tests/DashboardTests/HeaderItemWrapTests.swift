import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The overview's summary is a row of counts, each after its label; wrapped word by word, a count stood at
/// the start of the next row, under another label.
final class HeaderItemWrapTests: XCTestCase {
    /// Demo, English, 80x24: " provinces with documents 22/31  seen on official sites 0  on copies or reports"
    /// then " 0  with text 48"; at 120, "seen on official" then " sites 0". Now every count stays with its label.
    func testTheOverviewsCountsStayWithTheirLabels() throws {
        let loaded = try DemoFixture.shared()
        for (width, height) in [(80, 24), (120, 40)] {
            for language in [Language.english, .chinese] {
                let (b, _) = try DemoFixture.run(loaded, width: width, height: height, language: language, keys: [])
                let screen = DemoFixture.screen(b)
                let items = language == .english
                    ? ["48 documents", "National 1", "Ministerial 2", "Provincial 37", "Municipal 8", "provinces with documents 22/31",
                       "seen on official sites 0", "on copies or reports 0", "with text 48"]
                    : ["文件 48", "国家 1", "部委 2", "省级 37", "市级 8", "有文件的省份 22/31", "见于政府网站 0", "见于转载或报道 0", "有全文 48"]
                for item in items {
                    XCTAssertTrue(b.rows.prefix(6).contains { $0.contains(item) }, "\(width) \(item)" + screen)
                }
                XCTAssertFalse(b.rows.contains { $0.hasPrefix(" 0 ") }, screen)
            }
        }
    }

    func testItemsArePackedAndALongItemStillWraps() {
        XCTAssertEqual(Layout.packItems("a 1  bb 2  cc 3", width: 9), ["a 1  bb 2", "cc 3"])
        XCTAssertEqual(Layout.packItems("a 1  one two three 4", width: 9), ["a 1", "one two", "three 4"])
    }
}

/// The header takes at most a third of the screen; what does not fit was dropped without a mark: the catalogue's
/// 创业创新 page at 80x24 ended its header with ' 关键词 创业、双创、…、万众创新、创新创业、创', the keywords cut
/// mid-word. The last line shown now ends in '…'; a header that fits is drawn as before.
final class CutHeaderTests: XCTestCase {
    func testAHeaderCutToItsRoomEndsInAnEllipsis() throws {
        let catalogue = try DashboardFixture.catalogue()
        let (b, _) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: .chinese, keys: [.char("4"), .enter])
        let rows = b.rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        XCTAssertEqual(rows[1], " 1. 创业创新  Entrepreneurship and innovation")
        // Seven rows of header (a third of the 22 between the tabs and the status line), the last marked.
        XCTAssertTrue(rows[7].hasPrefix(" 关键词 创业、双创、") && rows[7].hasSuffix("…"), rows.joined(separator: "\n"))
        XCTAssertLessThanOrEqual(DisplayWidth.of(rows[7]), 79, rows[7])
        XCTAssertEqual(rows[8], "文献结论（2）")
        // At 200x60 the whole header fits: no mark.
        let (w, _) = try DashboardFixture.run(catalogue, width: 200, height: 60, language: .chinese, keys: [.char("4"), .enter])
        let keywords = try XCTUnwrap(w.rows.first { $0.hasPrefix(" 关键词 ") })
        XCTAssertFalse(keywords.contains("…"), keywords)
    }
}
