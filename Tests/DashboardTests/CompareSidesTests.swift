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

    func testBetweenProvincesTheLabelsHeadTheirTextsWhicheverWasMarkedFirst() throws {
        for (first, second) in [("demo-00008", "demo-00003"), ("demo-00003", "demo-00008")] {
            let b = try compare(marking: first, then: second)
            let screen = DemoFixture.screen(b)
            XCTAssertTrue(b.rows[1].hasPrefix(" Left: demo-00003 上海市"), "m \(first), c \(second)" + screen)
            XCTAssertTrue(b.rows[2].hasPrefix(" Right: demo-00008 安徽省"), "m \(first), c \(second)" + screen)
            XCTAssertTrue(b.rows[3].contains("of the right text is from the left"), screen)
            let (left, right) = panes(b)
            XCTAssertTrue(left.contains("在上海市建设9个透明气象"), screen)
            XCTAssertTrue(right.contains("在安徽省建设45个透明气象"), screen)
            XCTAssertTrue(DemoFixture.status(b).contains("Compare demo-00003 ↔ demo-00008"), screen)
        }
    }

    func testCentreToLocalPutsTheCentreOnTheLeftUnderItsOwnName() throws {
        for (first, second) in [("demo-00004", "demo-00000"), ("demo-00000", "demo-00004")] {
            let b = try compare(marking: first, then: second)
            let screen = DemoFixture.screen(b)
            XCTAssertTrue(b.rows[1].hasPrefix(" Left: demo-00000 国务院"), "m \(first), c \(second)" + screen)
            XCTAssertTrue(b.rows[2].hasPrefix(" Right: demo-00004 重庆市"), "m \(first), c \(second)" + screen)
            XCTAssertTrue(b.rows[3].hasPrefix(" vertical (centre → local)"), screen)
            let (left, right) = panes(b)
            XCTAssertTrue(left.contains("在全国建设58个"), screen)
            XCTAssertTrue(right.contains("在重庆市建设73个"), screen)
        }
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
