import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The timeline's (tab 9) response lags were left-aligned in their column ('1370 天' over '933 天' over '87 天'), so
/// the digits did not line up. The column is right-aligned by display width, as the indicator's ranking is: every
/// lag ends in the same column, in both languages, at 80x24 and 200x60.
final class ResponseLagAlignmentTests: XCTestCase {
    private func timeline(_ language: Language, _ size: (Int, Int)) throws -> TestBackend {
        try DemoFixture.run(try DemoFixture.shared(), width: size.0, height: size.1, language: language, keys: [.char("9")]).0
    }

    /// The rows of lags in days, without their bars, as drawn.
    private func lags(_ b: TestBackend, unit: String) -> [String] {
        b.rows.compactMap { row in
            guard let r = row.range(of: #"\d+ "# + unit + " +▇", options: .regularExpression),
                  let end = row[r].range(of: unit)?.upperBound else { return nil }
            return String(row[..<end])
        }
    }

    func testTheLagsLineUpOnTheRight() throws {
        for (language, unit) in [(Language.chinese, "天"), (.english, "days")] {
            for size in [(80, 24), (200, 60)] {
                let b = try timeline(language, size)
                let rows = lags(b, unit: unit)
                XCTAssertGreaterThan(rows.count, 5, DemoFixture.screen(b))
                XCTAssertEqual(Set(rows.map(DisplayWidth.of)).count, 1, "every lag ends in one column" + DemoFixture.screen(b))
            }
        }
        XCTAssertEqual(lags(try timeline(.chinese, (200, 60)), unit: "天").filter { $0.contains("辽宁") || $0.contains("青海") || $0.contains("上海") }, [
            " 辽宁（demo-00047）          1370 天",
            " 青海（demo-00032）           933 天",
            " 上海（demo-00003）            87 天",
        ])
        XCTAssertEqual(lags(try timeline(.english, (80, 24)), unit: "days").filter { $0.contains("Liaoning") || $0.contains("Qinghai") }, [
            " Liaoning (demo-00047)                           1370 days",
            " Qinghai (demo-00032)                             933 days",
        ])
    }
}
