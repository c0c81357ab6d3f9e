import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map's scale (tab 7) split the range of its shares into four steps named in whole percentages: at
/// 10,000 formula-style documents, where the largest shares lie between 1% and 3%, it read
/// '░ 1%–2%  ▒ 2%–2%  ▓ 2%–3%  █ 3%–3%', two shades for '2%' and '3%' each. The steps are now named with the
/// decimals that tell their bounds apart, and a shade is never parted from its bounds where the line wraps.
final class HeatMapScaleStepsTests: XCTestCase {
    /// The scale's four steps, each 'shade low–high' on one row.
    private func steps(_ b: TestBackend) throws -> [(low: String, high: String)] {
        let line = b.rows.prefix(6).joined(separator: "\n")
        return ["░", "▒", "▓", "█"].compactMap { shade in
            guard let r = line.range(of: shade + " ") else { return nil }
            let bounds = line[r.upperBound...].prefix { $0 != " " && $0 != "\n" }.split(separator: "–").map(String.init)
            return bounds.count == 2 ? (bounds[0], bounds[1]) : nil
        }
    }

    func testTheDemosScaleKeepsWholePercentages() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: [.char("7")])
        let s = try steps(b)
        XCTAssertEqual(s.count, 4, DemoFixture.screen(b))
        XCTAssertEqual(s.first?.low, "2%", DemoFixture.screen(b))
    }

    /// The demo's shares made ten times smaller (0.2% to 1.8%): every step is named with bounds of its own.
    func testSmallSharesAreNamedWithDecimals() throws {
        let small = try DemoFixture.changingSummary { summary in
            for i in summary.reuse.indices { summary.reuse[i].targetShare /= 10 }
        }
        for language in [Language.chinese, .english] {
            let (b, _) = try DemoFixture.run(small, width: 80, height: 24, language: language, keys: [.char("7")])
            let s = try steps(b)
            XCTAssertEqual(s.count, 4, DemoFixture.screen(b))
            for step in s { XCTAssertNotEqual(step.low, step.high, DemoFixture.screen(b)) }
            XCTAssertEqual(Set(s.map(\.low)).count, 4, DemoFixture.screen(b))
            XCTAssertEqual(s.first?.low, "0.2%", DemoFixture.screen(b))
        }
    }

    /// The line under the grid named the cursor's cell in whole percentages beside a scale in tenths: at 10,000
    /// documents '= 3%' beside '1.2%–1.7%'. The demo's strongest cell, 中央 × 安徽 (18%), made ten times smaller.
    func testTheCursorsCellIsNamedAsPreciselyAsTheScale() throws {
        let small = try DemoFixture.changingSummary { summary in
            for i in summary.reuse.indices { summary.reuse[i].targetShare /= 10 }
        }
        let (b, _) = try DemoFixture.run(small, width: 80, height: 24, language: .chinese, keys: [.char("7")])
        XCTAssertEqual(try steps(b).first?.low, "0.2%", DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.hasPrefix(" ▶ 中央 × 安徽 = 1.8%") }, DemoFixture.screen(b))
        XCTAssertEqual(SharePercent.text(0.0004, decimals: 1), "<0.1%")
        XCTAssertEqual(SharePercent.text(0, decimals: 1), "0.0%")
    }
}
