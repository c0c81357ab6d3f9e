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
            for i in summary.documents.indices { summary.documents[i].copiedFromCentre = summary.documents[i].copiedFromCentre.map { $0 / 10 } }
        }
        let values = try ranking(small).filter { $0.hasSuffix("%") }
        XCTAssertFalse(values.isEmpty)
        // 广东's 32% first, now 3.2%.
        XCTAssertEqual(values.first, "3.2%", values.joined(separator: " "))
        for v in values { XCTAssertNotNil(v.range(of: #"^\d+\.\d%$"#, options: .regularExpression), v) }
    }

    /// The ranking's worst province is named with the same value on the indicators' list, the overview and its
    /// evidence page's header (after 3a55377 the ranking read '1 吉林 1.5%' and the header '照搬中央比例：吉林  1%').
    func testTheWorstValueReadsAlikeEverywhere() throws {
        let small = try DemoFixture.changingSummary { summary in
            for i in summary.documents.indices { summary.documents[i].copiedFromCentre = summary.documents[i].copiedFromCentre.map { $0 / 10 } }
        }
        var state = DemoFixture.initialState(small, width: 120, height: 40)
        let evidence = Route.evidence(indicator: .copiedFromCentre, subject: .province("440000"))
        state.stack = [evidence]
        let context = ScreenContext(state: state)
        XCTAssertEqual(context.screen(for: evidence).content().header.first?.text, "照搬中央比例：广东  3.2%（1 份文件的平均）")
        XCTAssertEqual(context.worstOf(.copiedFromCentre)?.value, "3.2%")
        let (b, _) = try DemoFixture.run(small, width: 80, height: 24, keys: [.char("6")])
        XCTAssertTrue(b.rows.contains { $0.contains("照搬中央比例") && $0.hasSuffix("3.2%") }, DemoFixture.screen(b))
    }

    func testTheDemosSpreadKeepsWholePercentages() throws {
        let values = try ranking(try DemoFixture.shared()).filter { $0.hasSuffix("%") }
        XCTAssertEqual(values.first, "32%", values.joined(separator: " "))
    }
}
