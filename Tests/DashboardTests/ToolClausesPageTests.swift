import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A tool's clauses (tab 8, Enter on a cell). At 80 columns in English the status line offered no key: the place alone
/// filled it (' Tools › Talent development · Entrepreneurship and innovation  SYNTHETIC · 1/23'). The place's last step
/// is now cut at its end, keeping at least half of it, so that the first key shows; the page's header, which had none,
/// names it whole and counts the clauses and their documents.
final class ToolClausesPageTests: XCTestCase {
    private static let firstCell: [Key] = [.char("8"), .enter]

    func testTheStatusLineOffersAKeyBesideALongPlace() throws {
        let loaded = try DemoFixture.shared()
        let (b, _) = try DemoFixture.run(loaded, width: 80, height: 24, language: .english, keys: Self.firstCell)
        // The corpus's name, cut to its shortest, stays too (StatusLineWhereYouAreTests).
        XCTAssertEqual(DemoFixture.status(b), " Tools › Talent development · Entrepreneu…  SYNTHETIC · 互联网+… · 1/23  ⏎ open ")
        // In Chinese the place fits whole beside the key; at 200 columns nothing is cut.
        let (zh, _) = try DemoFixture.run(loaded, width: 80, height: 24, language: .chinese, keys: Self.firstCell)
        XCTAssertTrue(DemoFixture.status(zh).hasPrefix(" 政策工具 › 人才培养 · 创业创新  ") && DemoFixture.status(zh).contains("⏎ 打开"), DemoFixture.status(zh))
        let (wide, _) = try DemoFixture.run(loaded, width: 200, height: 60, language: .english, keys: Self.firstCell)
        XCTAssertTrue(DemoFixture.status(wide).hasPrefix(" Tools › Talent development · Entrepreneurship and innovation  "), DemoFixture.status(wide))
    }

    /// The StatusLine rule alone: the last step keeps at least half of itself; shorter than that, no key.
    func testTheLastStepKeepsHalfOfItself() {
        let line = StatusLine(breadcrumb: ["Tools", "Talent development · Entrepreneurship and innovation"], info: "SYNTHETIC · 1/23",
                              hints: [.init("⏎", "open"), .init("Esc", "back")])
        XCTAssertEqual(line.packed(width: 80).left, " Tools › Talent development · Entrepreneurship and i…")
        XCTAssertEqual(line.packed(width: 80).hints, [.init("⏎", "open")])
        XCTAssertTrue(line.packed(width: 50).hints.isEmpty)
    }

    func testThePageSaysWhatItListsAndHowMany() throws {
        let loaded = try DemoFixture.shared()
        let cases: [(Language, Int, Int, [String])] = [
            (.english, 80, 24, [" Talent development · Entrepreneurship and innovation:", " 13 clauses in 10 documents"]),
            (.english, 200, 60, [" Talent development · Entrepreneurship and innovation:  13 clauses in 10 documents"]),
            (.chinese, 80, 24, [" 人才培养 · 创业创新：10 份文件中的 13 条条款"]),
            (.chinese, 200, 60, [" 人才培养 · 创业创新：10 份文件中的 13 条条款"]),
        ]
        for (language, width, height, header) in cases {
            let (b, _) = try DemoFixture.run(loaded, width: width, height: height, language: language, keys: Self.firstCell)
            let rows = b.rows.dropFirst().prefix(header.count).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            XCTAssertEqual(rows, header, DemoFixture.screen(b))
        }
    }
}
