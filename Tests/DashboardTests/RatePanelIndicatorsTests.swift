import Foundation
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

/// The governance line (five topics) and the measures line's funding could not be rated from the document (QA pass
/// 49 #4): a line of several indicators lists them, `r` on it rates its first, ↑ ↓ the others.
final class RateLinesOfSeveralTests: XCTestCase {
    func testGovernanceAndFundingCanBeRated() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 80, height: 24)
        state.stack = [.documents, .document("demo-00019")]
        let content = Layout.content(state)
        let ratings = ReviewContext.panelRatings(state, content: content).map(\.indicator)
        for kind in [TextIndicatorKind.financialSupport, .ipProtection, .dataOwnership, .newBusinessRegulation, .standards, .legalBasis,
                     .evaluationIndicators, .evaluationSchedule] {
            XCTAssertTrue(ratings.contains(.text(kind)), "\(kind) can be rated")
        }
        state.view.selected = try XCTUnwrap(content.rows.firstIndex { $0.rates.contains(.evidence(indicator: .ipProtection, subject: .document("demo-00019"))) })
        let (b, opened) = try DemoFixture.resume(state, keys: [.char("r")])
        guard case .rate(_, let first)? = opened.prompt?.kind else { return XCTFail("r on the governance line opened no rating" + DemoFixture.screen(b)) }
        XCTAssertEqual(first, .text(.ipProtection))
        let (_, next) = try DemoFixture.resume(opened, keys: [.down])
        guard case .rate(_, let second)? = next.prompt?.kind else { return XCTFail("the prompt closed") }
        XCTAssertEqual(second, .text(.dataOwnership))
    }
}

/// At 200 columns a rated indicator's line in the side panel carried no ✎, where at 80 columns (its line a row) it did
/// (QA pass 49 #5).
final class PanelReviewMarkTests: XCTestCase {
    func testARatedIndicatorIsMarkedInThePanel() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        state.stack = [.documents, .document("demo-00019")]
        let ratings = ReviewContext.panelRatings(state, content: Layout.content(state))
        let rated = try XCTUnwrap(ratings.dropFirst().first)
        let entry = ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .rating, target: rated.target,
                                rating: ReviewRating(.disagree, indicator: rated.indicator.rawValue))
        state = Dashboard.update(state, .journalsChanged(ReviewStore(entries: [ReviewStore.Located(entry: entry, file: "reviews/wang.jsonl", line: 1)]))).0
        let (b, after) = try DemoFixture.resume(state, keys: [])
        let line = try XCTUnwrap(Layout.content(after).panel.first { l in
            guard case .evidence(let kind, let subject)? = l.target else { return false }
            return IndicatorID.text(kind) == rated.indicator && subject.reviewTarget == rated.target
        })
        let marked = b.rows.filter { $0.contains("│✎") }
        XCTAssertEqual(marked.count, 1, DemoFixture.screen(b))
        XCTAssertTrue(marked.first?.contains("│✎" + String(line.text.prefix(4))) ?? false, "the mark is on \(line.text)" + DemoFixture.screen(b))
    }
}
