import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The status line's breadcrumb, cut from the front at 80 columns, started mid-word ("…uments › demo-00003 ›
/// Compare …") or lost the step before a long place ("… Talent development · Entrepreneurship and innovation",
/// without "Tools ›"): a cut breadcrumb starts with a whole step after "… › ".
final class BreadcrumbCutTests: XCTestCase {
    private func status(_ keys: [Key], _ language: Language) throws -> String {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys)
        return DemoFixture.status(b)
    }

    // On the first passage (n, then down and up again: n says which passage it reached, which the next key clears):
    // the view opens on a line of unshared text, which opens nothing and offers no '⏎'; a passage's line opens the
    // document there, and the hint, which the breadcrumb leaves room for, is offered. The corpus's name, cut, stays
    // beside the place (StatusLineWhereYouAreTests): the step before it gives way.
    private let compareFromDocuments: [Key] = [.char("5"), .enter, .char("c"), .char("n"), .down, .up]
    private let compareFromIndicators: [Key] = [.char("6"), .down, .down, .down, .down, .enter, .enter, .enter, .char("c"), .char("n"), .down, .up]

    func testACutBreadcrumbStartsWithAWholeStepInEnglish() throws {
        XCTAssertEqual(try status(compareFromDocuments, .english),
                       "… › Compare demo-00000 ↔ demo-00008  SYNTHETIC · 互联网+ 演示语… · 2/41  ⏎ open ")
        XCTAssertEqual(try status(compareFromIndicators, .english),
                       "… › Compare demo-00001 ↔ demo-00019  SYNTHETIC · 互联网+ 演示语… · 2/30  ⏎ open ")
    }

    func testACutBreadcrumbStartsWithAWholeStepInChinese() throws {
        XCTAssertEqual(try status(compareFromIndicators, .chinese),
                       "… › demo-00019 › 对照 demo-00001 ↔ demo-00019  SYNTHETIC · 互联网+ 演示… · 2/30 ")
    }

    /// A place too long for the line's two thirds takes the columns of the hints rather than lose its step; its last
    /// step gives up its end, not the step before it, for the first key (ToolClausesPageTests).
    func testALongPlaceKeepsTheStepBeforeItWhereHintsCanGiveWay() throws {
        XCTAssertEqual(try status([.char("8"), .enter], .english),
                       " Tools › Talent development · Entrepreneu…  SYNTHETIC · 互联网+… · 1/23  ⏎ open ")
        XCTAssertEqual(try status([.char("8"), .enter], .chinese),
                       " 政策工具 › 人才培养 · 创业创新    SYNTHETIC · 互联网+ 演示语料… · 1/23  ⏎ 打开 ")
    }
}
