import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// In the bundled catalogue `5` then `/互联网+` found 76 documents and `/互联网＋` 1: the dashboard's `/` folds
/// full-width forms to their ASCII on both sides (`TextSearch.key`), so both find the same rows, and rows holding
/// either form are marked.
final class WidthFoldingSearchScreenTests: XCTestCase {
    private func search(_ query: String) throws -> String {
        let (_, state) = try DashboardFixture.run(try DashboardFixture.catalogue(), width: 100, height: 30, language: .english,
                                                  keys: [.char("5"), .char("/")] + [Key].type(query) + [.enter])
        return state.message ?? ""
    }

    func testFullWidthAndHalfWidthFindTheSameRows() throws {
        let half = try search("互联网+"), full = try search("互联网＋")
        XCTAssertTrue(half.hasPrefix("matching row 1/"), half)
        XCTAssertEqual(half.replacingOccurrences(of: "互联网+", with: ""), full.replacingOccurrences(of: "互联网＋", with: ""))
        // 山东's 行动计划(2016-2018年) and its 行动计划（2019-2020年）: either bracket finds both.
        let round = try search("行动计划(20"), fullRound = try search("行动计划（20")
        XCTAssertTrue(round.hasPrefix("matching row 1/"), round)
        XCTAssertEqual(round.replacingOccurrences(of: "行动计划(20", with: ""), fullRound.replacingOccurrences(of: "行动计划（20", with: ""))
    }

    func testARowHoldingEitherFormMatches() {
        XCTAssertTrue(Search.holds("广东省“互联网＋”行动计划", "互联网+”行动"))
        XCTAssertTrue(Search.holds("“互联网+”行动计划（试行）", "互联网＋”行动计划(试行)"))
        XCTAssertFalse(Search.holds("互联网＋", "互联网-"))
    }
}
