import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A share indicator's ranking (tab 6, Enter) printed whole percentages whatever the spread: at 10,000 formula-style
/// documents, where 照搬中央比例 lies between 0% and 2.6%, it ranked '1 吉林 1%', '2 …  1%' down the page, the
/// order unexplained, under a distribution the chart named in tenths ('0.0% ▁▄▇… 2.6%'). Where the chart names its
/// bins in tenths, the ranking does too; the demo's spread (0% to 32%) keeps whole percentages.
final class RankingDecimalsTests: XCTestCase {
    private func ranking(_ loaded: DemoFixture.Loaded) throws -> [String] {
        var state = DemoFixture.initialState(loaded, width: 80, height: 24)
        let route = Route.indicator(.text(.copiedFromCentre))
        state.stack = [route]
        return ScreenContext(state: state).screen(for: route).content().rows.map { $0.cells.last ?? "" }
    }

    func testASmallSpreadIsRankedInTenths() throws {
        let small = try DemoFixture.changingSummary { summary in
            for i in summary.documents.indices { summary.documents[i].copiedFromCentre /= 10 }
        }
        let values = try ranking(small).filter { $0.hasSuffix("%") }
        XCTAssertFalse(values.isEmpty)
        // 广东's 32% first, now 3.2%.
        XCTAssertEqual(values.first, "3.2%", values.joined(separator: " "))
        for v in values { XCTAssertNotNil(v.range(of: #"^\d+\.\d%$"#, options: .regularExpression), v) }
    }

    func testTheDemosSpreadKeepsWholePercentages() throws {
        let values = try ranking(try DemoFixture.shared()).filter { $0.hasSuffix("%") }
        XCTAssertEqual(values.first, "32%", values.joined(separator: " "))
    }
}
