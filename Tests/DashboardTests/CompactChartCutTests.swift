import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// On a narrow terminal the overview's one-line chart was cut at the edge without '…': at 40 columns in English the
/// demo read 'Documents per year  2015 ▄▇█▇▂ 2019  ma' ('max 13' cut to 'ma'). The maximum now gives way whole,
/// and a line still too long would end in '…'.
final class CompactChartCutTests: XCTestCase {
    private func chartRow(_ b: TestBackend, _ title: String) throws -> String {
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(" " + title) }, DemoFixture.screen(b))
        return row.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    func testTheMaximumGivesWayWholeAt40Columns() throws {
        let (narrow, _) = try DemoFixture.run(try DemoFixture.shared(), width: 40, height: 12, language: .english, keys: [])
        XCTAssertEqual(try chartRow(narrow, "Documents per year"), " Documents per year  2015 ▄▇█▇▂ 2019")
        // Where it fits it stays.
        let (wide, _) = try DemoFixture.run(try DemoFixture.shared(), width: 60, height: 20, language: .english, keys: [])
        XCTAssertEqual(try chartRow(wide, "Documents per year"), " Documents per year  2015 ▄▇█▇▂ 2019  max 13")
        let (zh, _) = try DemoFixture.run(try DemoFixture.shared(), width: 40, height: 12, language: .chinese, keys: [])
        XCTAssertEqual(try chartRow(zh, "逐年文件数"), " 逐年文件数  2015 ▄▇█▇▂ 2019  最大 13")
    }
}
