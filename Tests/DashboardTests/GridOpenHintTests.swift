import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map (tab 7) and the tools matrix (tab 8) offered no '⏎' on the status line, although Enter opens the
/// selected cell (the line under the grid says 'Enter 打开'): the status line asked the selected row of a list,
/// and a grid has none. It is the selected cell's now, as a list's is its row's: '⏎' where Enter opens it, not on
/// an empty cell (Enter there only says why it is empty).
final class GridOpenHintTests: XCTestCase {
    func testTheHeatMapAndTheToolsMatrixOfferEnterOnACellThatOpens() throws {
        for (language, size, open) in [(Language.chinese, (80, 24), "⏎ 打开"), (.english, (80, 24), "⏎ open"),
                                       (.chinese, (200, 60), "⏎ 打开"), (.english, (100, 30), "⏎ open")] {
            for tab in ["7", "8"] {
                let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: size.0, height: size.1, language: language,
                                                     keys: [.char(Character(tab))])
                let grid = try XCTUnwrap(Layout.content(state).grid)
                XCTAssertNotNil(grid.targets[state.view.selected][state.view.column], "tab \(tab) starts on a cell that opens")
                XCTAssertTrue(DemoFixture.status(b).contains(open), "tab \(tab): \(DemoFixture.screen(b))")
            }
        }
    }

    /// 人才培养 × 协同制造 is a '·' of the tools matrix: no '⏎' there.
    func testAnEmptyCellOffersNoEnter() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: .chinese, keys: [.char("8"), .char("l")])
        XCTAssertFalse(DemoFixture.status(b).contains("⏎"), DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("/ 搜索"), DemoFixture.screen(b))
    }
}
