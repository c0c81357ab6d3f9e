import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 200 columns a document's indicators stand in a side panel, whose lines are no rows: `r` said "press r on an
/// indicator", and none of them could be rated from the document (QA pass 48b #4). Off an indicator line, `r` rates
/// the panel's first indicator, and ↑ ↓ take the others, as the prompt says.
final class RatePanelIndicatorsTests: XCTestCase {
    func testTheSidePanelsIndicatorsCanBeRatedAt200Columns() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        state.stack = [.documents, .document("demo-00019")]
        let content = Layout.content(state)
        let ratings = ReviewContext.panelRatings(state, content: content)
        XCTAssertGreaterThan(ratings.count, 2, "the panel lists the document's indicators")
        // The cursor on a line of the text.
        state.view.selected = try XCTUnwrap(content.rows.firstIndex { $0.textOffset != nil })
        let (b, opened) = try DemoFixture.resume(state, keys: [.char("r")])
        guard case .rate(let target, let first)? = opened.prompt?.kind else { return XCTFail("r opened no rating" + DemoFixture.screen(b)) }
        XCTAssertEqual(first, ratings[0].indicator)
        XCTAssertEqual(target, .document("demo-00019"))
        XCTAssertTrue(DemoFixture.status(b).contains("↑↓ 换指标"), DemoFixture.screen(b))
        let (b2, moved) = try DemoFixture.resume(opened, keys: [.char("a"), .down, .down])
        guard case .rate(_, let third)? = moved.prompt?.kind else { return XCTFail("the prompt closed" + DemoFixture.screen(b2)) }
        XCTAssertEqual(third, ratings[2].indicator)
        XCTAssertEqual(moved.prompt?.text, "a", "what was typed stays")
        XCTAssertTrue(DemoFixture.status(b2).contains(ScreenContext(state: moved).label(for: .indicator(third))), DemoFixture.screen(b2))
        // ↑ past the first stays on it.
        let (_, back) = try DemoFixture.resume(opened, keys: [.up])
        guard case .rate(_, let still)? = back.prompt?.kind else { return XCTFail("the prompt closed") }
        XCTAssertEqual(still, ratings[0].indicator)
    }

    /// At 80 columns the panel's lines are rows above the text: `r` on a line of the text found no indicator (QA pass
    /// 49), and in English the rating of an indicator line dropped the indicator's name before the document's.
    func testAt80ColumnsTooAndTheIndicatorIsNamed() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            var state = DemoFixture.initialState(demo, width: 80, height: 24, language: language)
            state.stack = [.documents, .document("demo-00019")]
            let content = Layout.content(state)
            let ratings = ReviewContext.panelRatings(state, content: content)
            XCTAssertGreaterThan(ratings.count, 2)
            state.view.selected = try XCTUnwrap(content.rows.firstIndex { $0.textOffset != nil })
            let (b, opened) = try DemoFixture.resume(state, keys: [.char("r"), .down])
            guard case .rate(_, let second)? = opened.prompt?.kind else { return XCTFail("r opened no rating" + DemoFixture.screen(b)) }
            XCTAssertEqual(second, ratings[1].indicator)
            XCTAssertTrue(DemoFixture.status(b).contains(ScreenContext(state: opened).label(for: .indicator(second))), "\(language)" + DemoFixture.screen(b))
        }
    }
}
