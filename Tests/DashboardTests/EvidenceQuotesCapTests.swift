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
            guard row.kind == .note || row.expands != nil, let cell = row.cells.first, let r = cell.range(of: #"\d+(?= "# + suffix + ")", options: .regularExpression) else { return nil }
            return Int(cell[r])
        }
    }

    /// The page of the demo's 48 documents as one subject: at least the cap quoted, less than a document's quotes
    /// (`beyond`) more, later documents counted in `unit`, the header saying so, and every document listed.
    private func assertCapped(_ id: TextIndicatorKind, beyond: Int, unit: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let c = try evidence(id, .corpus)
        let quoted = c.rows.count { $0.focus != nil }
        XCTAssertGreaterThanOrEqual(quoted, ScreenContext.quotesPerPage, file: file, line: line)
        XCTAssertLessThan(quoted, ScreenContext.quotesPerPage + beyond, file: file, line: line)
        XCTAssertFalse(counted(c, unit + "（未摘录）").isEmpty, file: file, line: line)
        XCTAssertTrue(c.header.contains { $0.text.contains("只摘录前 \(ScreenContext.quotesPerPage) ") }, c.header.map(\.text).joined(separator: "\n"),
                      file: file, line: line)
        XCTAssertEqual(c.rows.count { $0.target.map { if case .document = $0 { true } else { false } } ?? false && $0.focus == nil }, 48,
                       file: file, line: line)
    }

    /// The policy-tool clauses of all the demo's documents are well over the cap; a document quotes up to 50 a class.
    func testToolSharesQuoteTheFirstClausesAndCountTheRest() throws {
        try assertCapped(.toolShares, beyond: 150, unit: "条")
    }

    func testVagueMeasuresQuoteTheFirstPassagesAndCountTheRest() throws {
        try assertCapped(.vagueMeasures, beyond: 50, unit: "段")
    }

    /// One document's evidence is not capped (it quotes 50 a class, as before).
    func testOneDocumentIsQuotedAsBefore() throws {
        let c = try evidence(.vagueMeasures, .document("demo-00019"))
        XCTAssertTrue(counted(c, "段（未摘录）").isEmpty)
        XCTAssertEqual(c.header.count, 2, c.header.map(\.text).joined(separator: "\n"))
    }
}
