import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A province's evidence page (6, Enter, Enter) quoted the passages of every document of the province, each read
/// from its file (and for 政策工具结构, each document coded again): at 10,000 formula-style documents 江苏's
/// 政策工具结构 took 2.0 s to open and 数据权属与安全 (河北) 0.75 s (release build, 200x60, key to changed
/// screen). The page now quotes up to `ScreenContext.quotesPerPage` and lists later documents with their count.
final class EvidenceQuotesCapTests: XCTestCase {
    private func evidence(_ id: TextIndicatorKind, _ subject: Subject) throws -> ScreenContent {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 120, height: 30)
        let route = Route.evidence(indicator: id, subject: subject)
        state.stack = [route]
        return ScreenContext(state: state).screen(for: route).content()
    }

    /// The counts of the note rows that end in `suffix` ('… 12 条（未摘录）').
    private func counted(_ c: ScreenContent, _ suffix: String) -> [Int] {
        c.rows.compactMap { row in
            guard row.kind == .note, let cell = row.cells.first, let r = cell.range(of: #"\d+(?= "# + suffix + ")", options: .regularExpression) else { return nil }
            return Int(cell[r])
        }
    }

    /// The demo's 48 documents as one subject: the policy-tool clauses of all of them are well over the cap.
    func testToolSharesQuoteTheFirstClausesAndCountTheRest() throws {
        let c = try evidence(.toolShares, .corpus)
        let quoted = c.rows.count { $0.focus != nil }
        XCTAssertGreaterThanOrEqual(quoted, ScreenContext.quotesPerPage)
        XCTAssertLessThan(quoted, ScreenContext.quotesPerPage + 200)
        XCTAssertFalse(counted(c, "条（未摘录）").isEmpty)
        XCTAssertTrue(c.header.contains { $0.text.contains("只摘录前 \(ScreenContext.quotesPerPage) ") }, c.header.map(\.text).joined(separator: "\n"))
        // Every document is still listed.
        XCTAssertEqual(c.rows.count { $0.target.map { if case .document = $0 { true } else { false } } ?? false && $0.focus == nil }, 48)
    }

    func testVagueMeasuresQuoteTheFirstPassagesAndCountTheRest() throws {
        let c = try evidence(.vagueMeasures, .corpus)
        let quoted = c.rows.count { $0.focus != nil }
        XCTAssertGreaterThanOrEqual(quoted, ScreenContext.quotesPerPage)
        XCTAssertLessThan(quoted, ScreenContext.quotesPerPage + 60)
        XCTAssertFalse(counted(c, "段（未摘录）").isEmpty)
        XCTAssertTrue(c.header.contains { $0.text.contains("只摘录前 \(ScreenContext.quotesPerPage) ") }, c.header.map(\.text).joined(separator: "\n"))
    }

    /// One document's evidence is not capped (it quotes 50 a class, as before).
    func testOneDocumentIsQuotedAsBefore() throws {
        let c = try evidence(.vagueMeasures, .document("demo-00019"))
        XCTAssertTrue(counted(c, "段（未摘录）").isEmpty)
        XCTAssertEqual(c.header.count, 2, c.header.map(\.text).joined(separator: "\n"))
    }
}
