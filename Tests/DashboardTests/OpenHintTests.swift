import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The status line offered '⏎ 打开' on a screen where any row opened something, whatever row was selected: the
/// findings check (tab 6, 结论核验) opens on its first finding, whose evidence names no document, and Enter there
/// did nothing. The hint is the selected row's: offered where Enter opens something from it, not elsewhere.
final class OpenHintTests: XCTestCase {
    /// The catalogue's findings check after `moves` presses of j (and `then`), at `size`.
    private func findings(_ language: Language, size: (Int, Int), moves: Int = 0, then: [Key] = []) throws -> (TestBackend, AppState) {
        let keys: [Key] = [.char("6"), .enter] + Array(repeating: .char("j"), count: moves) + then
        return try DashboardFixture.run(try DashboardFixture.catalogue(), width: size.0, height: size.1, language: language, keys: keys)
    }

    /// How many presses of j take the findings check from its first row to the first row Enter opens something from.
    private func movesToTheFirstRowThatOpens(_ language: Language, size: (Int, Int)) throws -> Int {
        let (_, state) = try findings(language, size: size)
        XCTAssertEqual(state.route, .findings)
        let rows = Layout.content(state).rows
        let opens = try XCTUnwrap(rows.indices.first { rows[$0].target != nil }, "some row of the findings check opens something")
        return rows.indices.filter { $0 > state.view.selected && $0 <= opens && rows[$0].isSelectable }.count
    }

    /// The status line's end, from the position on: on the first finding no '⏎', on the first row that opens a
    /// document '⏎' (and Enter opens it), at 80x24 and 200x60 in both languages.
    func testTheFindingsCheckOffersEnterOnlyOnARowThatOpens() throws {
        for (language, size, first, opening) in [
            (Language.chinese, (80, 24), "· 1/70  Esc 返回  / 搜索  : 转到  ? 帮助 ", "· 11/70  ⏎ 打开  Esc 返回  / 搜索  : 转到 "),
            (.chinese, (200, 60), "· 1/42  Esc 返回  / 搜索  : 转到  ? 帮助  q 退出 ", "· 6/42  ⏎ 打开  Esc 返回  / 搜索  : 转到  ? 帮助  q 退出 "),
            (.english, (80, 24), "· 1/110  Esc back  / search ", "· 17/110  ⏎ open  Esc back  : go"),
            (.english, (200, 60), "· 1/59  Esc back  / search  : go  ? help  q quit ", "· 8/59  ⏎ open  Esc back  / search  : go  ? help  q quit "),
        ] {
            let moves = try movesToTheFirstRowThatOpens(language, size: size)
            XCTAssertGreaterThan(moves, 0, "the first finding opens nothing")
            let (before, state) = try findings(language, size: size)
            XCTAssertTrue(DemoFixture.status(before).hasSuffix(first), DemoFixture.screen(before))
            // Enter there stays where it is, as the status line now says.
            XCTAssertEqual(try findings(language, size: size, then: [.enter]).1.stack, state.stack)
            let (after, _) = try findings(language, size: size, moves: moves)
            XCTAssertTrue(DemoFixture.status(after).hasSuffix(opening), DemoFixture.screen(after))
            let opened = try findings(language, size: size, moves: moves, then: [.enter]).1
            XCTAssertEqual(opened.stack.dropLast(), state.stack[...])
            XCTAssertNotEqual(opened.route, .findings)
        }
    }
}
