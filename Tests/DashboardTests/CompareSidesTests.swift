import TerminalUI
import XCTest
@testable import Dashboard

/// Compare named its two documents in the order they were chosen (m on one, c on the other) but showed the pair's
/// stored source on the left: `m` on demo-00008 (Anhui), `c` on demo-00003 (Shanghai) read "Left: demo-00008 安徽省…"
/// over Shanghai's text ("在上海市建设9个…"), and "9% of the right text is from the left" said Shanghai copied from
/// Anhui; `m` on demo-00004 (Chongqing), `c` on the State Council's demo-00000 put "Left: demo-00004 重庆市" over
/// "在全国建设58个". The labels now head their own texts, the stored source on the left whichever came first.
final class CompareSidesTests: XCTestCase {
    private let open: (String) -> [Key] = { [.char(":")] + [Key].type($0) + [.enter] }

    /// The screen's left and right panes, each pane's lines joined (a passage wraps over several rows).
    private func panes(_ b: TestBackend) -> (left: String, right: String) {
        let split = b.rows.dropFirst(4).dropLast().compactMap { row -> (Substring, Substring)? in
            guard let bar = row.firstIndex(of: "│") else { return nil }
            return (row[..<bar], row[row.index(after: bar)...])
        }
        func joined(_ parts: [Substring]) -> String { parts.map { $0.trimmingCharacters(in: .whitespaces) }.joined() }
        return (joined(split.map(\.0)), joined(split.map(\.1)))
    }

    private func compare(marking first: String, then second: String) throws -> TestBackend {
        let demo = try DemoFixture.shared()
        let (b, state) = try DemoFixture.run(demo, width: 100, height: 30, language: .english,
                                             keys: open(first) + [.char("m")] + open(second) + [.char("c")])
        XCTAssertTrue(state.route.isComparison, DemoFixture.screen(b))
        return b
    }

    /// Both orders of marking show `left` over `leftText`, `right` over `rightText`, the sentence below them.
    private func assertSides(_ a: String, _ b: String, left: String, right: String, sentence: String,
                             leftText: String, rightText: String) throws {
        for (first, second) in [(a, b), (b, a)] {
            let b = try compare(marking: first, then: second)
            let screen = "m \(first), c \(second)" + DemoFixture.screen(b)
            XCTAssertTrue(b.rows[1].hasPrefix(" Left: " + left), screen)
            XCTAssertTrue(b.rows[2].hasPrefix(" Right: " + right), screen)
            XCTAssertTrue(b.rows[3].contains(sentence), screen)
            let (shownLeft, shownRight) = panes(b)
            XCTAssertTrue(shownLeft.contains(leftText), screen)
            XCTAssertTrue(shownRight.contains(rightText), screen)
            XCTAssertTrue(DemoFixture.status(b).contains("Compare " + left.prefix(10) + " ↔ " + right.prefix(10)), screen)
        }
    }

    func testBetweenProvincesTheLabelsHeadTheirTextsWhicheverWasMarkedFirst() throws {
        try assertSides("demo-00008", "demo-00003", left: "demo-00003 上海市", right: "demo-00008 安徽省",
                        sentence: "horizontal (between provinces)  9% of the right text is from the left",
                        leftText: "在上海市建设9个透明气象", rightText: "在安徽省建设45个透明气象")
    }

    func testCentreToLocalPutsTheCentreOnTheLeftUnderItsOwnName() throws {
        try assertSides("demo-00004", "demo-00000", left: "demo-00000 国务院", right: "demo-00004 重庆市",
                        sentence: "vertical (centre → local)  5% of the right text is from the left",
                        leftText: "在全国建设58个", rightText: "在重庆市建设73个")
    }

    /// A comparison saved the other way round (a session from before, a finding's pair) shows the same.
    func testARouteNamingTheTargetFirstShowsTheSourceOnTheLeft() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 100, height: 30, language: .english)
        state.stack = [.documents, .compare("demo-00004", "demo-00000")]
        let b = try DemoFixture.resume(state, keys: []).0
        XCTAssertTrue(b.rows[1].hasPrefix(" Left: demo-00000 国务院"), DemoFixture.screen(b))
        XCTAssertTrue(panes(b).left.contains("在全国建设58个"), DemoFixture.screen(b))
    }
}
