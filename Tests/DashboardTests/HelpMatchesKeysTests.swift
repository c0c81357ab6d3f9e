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

    /// ':' with '北' offered 北京, 河北 and 湖北 only: titles are matched from two characters typed (one is in too many
    /// titles; 河北 offers its documents), which help did not say ('转到省份、文件编号或文号、机关、领域、页面'), so a title seemed not indexed.
    func testThePalettesHelpSaysWhenTitlesAreMatched() throws {
        let demo = try DemoFixture.shared()
        let state = DemoFixture.initialState(demo, width: 80, height: 24)
        XCTAssertFalse(Palette.candidates("北", state: state).contains { if case .document = $0.route { true } else { false } })
        XCTAssertTrue(Palette.candidates("河北", state: state).contains { if case .document = $0.route { true } else { false } })
        XCTAssertTrue(try helpRow(":", from: [], language: .chinese).contains("标题从输入两个字起"))
        XCTAssertTrue(try helpRow(":", from: [], language: .english).contains("title from two"))
    }

    func testNNamesTheComparisonsPassages() throws {
        for label in ["n", "N"] {
            XCTAssertTrue(try helpRow(label, from: [], language: .chinese).contains("对照"), label)
            XCTAssertTrue(try helpRow(label, from: [], language: .english).contains("comparison"), label)
        }
    }
}
