import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `L` kept the cursor's row number, not its row: on demo-00019 opened at the passage (一) 深入实施网络会展数据基地,
/// the header and the indicator lines wrap to other rows in English, and the cursor stood on (二)
/// 着力打造综合零售交易中心; `t` then tagged that clause. A session restored in the other language did the same. The
/// cursor now stays on the same line of text (the same passage of an evidence list) across a switch and a restore.
final class LanguageSwitchSelectionTests: XCTestCase {
    /// `6`, the sixth indicator (below the Findings check row), its worst province, its first passage, opened.
    private let toThePassage: [Key] = [.char("6")] + Array(repeating: .char("j"), count: 6) + [.enter, .enter, .char("j"), .enter]

    private func selectedRow(_ state: AppState) throws -> ScreenContent.Row {
        let rows = Layout.shown(state).content.rows
        XCTAssertTrue(rows.indices.contains(state.view.selected))
        return rows[state.view.selected]
    }

    private func clause(_ state: AppState) -> ReviewTarget? {
        ReviewContext.current(state, content: Layout.shown(state).content)
    }

    func testTheSameLineStaysSelectedAcrossASwitchAndBack() throws {
        let demo = try DemoFixture.shared()
        let (b, state) = try DemoFixture.run(demo, width: 80, height: 24, keys: toThePassage)
        XCTAssertEqual(state.route, .document("demo-00019"), DemoFixture.screen(b))
        let line = try selectedRow(state)
        XCTAssertTrue(line.cells[0].contains("（一）积极探索在线旅游孵化场景。深入实施网络会展数据基地"), DemoFixture.screen(b))
        let evidence = try XCTUnwrap(state.views[state.stack[state.stack.count - 2]]).selected

        let (english, switched) = try DemoFixture.resume(state, keys: [.char("L")])
        XCTAssertEqual(switched.language, .english)
        XCTAssertEqual(try selectedRow(switched).textOffset, line.textOffset, DemoFixture.screen(english))
        XCTAssertEqual(try selectedRow(switched).cells, line.cells, DemoFixture.screen(english))
        XCTAssertEqual(clause(switched), clause(state), "t and a are about the same clause")

        // Back in Chinese, and back to the evidence list (switched while not shown): the same passage.
        let (_, back) = try DemoFixture.resume(switched, keys: [.char("L")])
        XCTAssertEqual(try selectedRow(back).textOffset, line.textOffset)
        let (list, listed) = try DemoFixture.resume(switched, keys: [.escape])
        XCTAssertEqual(listed.view.selected, evidence, DemoFixture.screen(list))
    }

    func testASessionRestoredInTheOtherLanguageComesBackOnTheSameLine() throws {
        let demo = try DemoFixture.shared()
        let (_, state) = try DemoFixture.run(demo, width: 80, height: 24, keys: toThePassage)
        let line = try selectedRow(state)
        let saved = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(state.session))
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30)] {
            let fresh = DemoFixture.initialState(demo, width: size.width, height: size.height, language: .english)
            let restored = fresh.restoring(saved, language: .english)
            XCTAssertEqual(restored.language, .english)
            let (b, shown) = try DemoFixture.resume(restored, keys: [])
            XCTAssertEqual(try selectedRow(shown).textOffset, line.textOffset, "\(size)" + DemoFixture.screen(b))
            let (_, tagged) = try DemoFixture.resume(restored, keys: [.char("x")])
            XCTAssertEqual(clause(tagged), clause(state), "\(size)")
        }
    }
}
