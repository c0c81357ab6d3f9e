import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The help screen (and docs/keys.md, made from the same table) said `v` switches the policy tools' matrix only,
/// where the timeline's header offers 'v 切换 年/月', and `n` / `N` a next match only, where a comparison's header
/// offers 'n / N 跳到下一段 / 上一段': help names every screen a key works on.
final class HelpMatchesKeysTests: XCTestCase {
    private func helpRow(_ label: String, from keys: [Key], language: Language) throws -> String {
        let demo = try DemoFixture.shared()
        let (_, state) = try DemoFixture.run(demo, width: 120, height: 40, language: language, keys: keys + [.char("?")])
        let rows = Layout.content(state).rows
        return try XCTUnwrap(rows.first { $0.cells.first == label }?.cells.dropFirst().joined(separator: " "), "no help row \(label)")
    }

    func testVNamesTheTimelineWhichItSwitches() throws {
        let (_, timeline) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 30, keys: [.char("9"), .char("v")])
        XCTAssertEqual(timeline.view.variant, 1, "v switches the timeline to months")
        XCTAssertTrue(try helpRow("v", from: [.char("9")], language: .chinese).contains("时间线"))
        XCTAssertTrue(try helpRow("v", from: [.char("9")], language: .english).contains("timeline"))
    }

    func testNNamesTheComparisonsPassages() throws {
        for label in ["n", "N"] {
            XCTAssertTrue(try helpRow(label, from: [], language: .chinese).contains("对照"), label)
            XCTAssertTrue(try helpRow(label, from: [], language: .english).contains("comparison"), label)
        }
    }
}
