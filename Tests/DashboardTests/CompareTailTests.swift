import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The comparison (c) said how much text lay unshared before each passage ('… 未共享 2134 字 …') but nothing after
/// the last: at 10,000 formula-style documents formula-00001 ↔ formula-00017 ended on '形成工作合力' in both panes,
/// the texts' remaining 4,000 characters left unsaid, as if the documents ended there. The last row now says what
/// follows the last passage on each side.
final class CompareTailTests: XCTestCase {
    func testTheLastRowSaysWhatFollowsTheLastPassage() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 120, height: 30)
        let route = Route.compare("demo-00001", "demo-00019")
        state.stack = [route]
        let content = ScreenContext(state: state).screen(for: route).content()
        let pair = try XCTUnwrap(demo.analysis.pair("demo-00001", "demo-00019"))
        let left = try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.source)))).unicodeScalars.count
        let right = try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.target)))).unicodeScalars.count
        let leftEnd = try XCTUnwrap(pair.passages.map(\.source.end).max()), rightEnd = try XCTUnwrap(pair.passages.map(\.target.end).max())
        let last = try XCTUnwrap(content.rows.last)
        XCTAssertEqual(last.kind, .split)
        XCTAssertEqual(last.cells, ["… 未共享 \(left - leftEnd) 字 …", "… 未共享 \(right - rightEnd) 字 …"])
    }
}
