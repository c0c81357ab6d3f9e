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
