import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 47, item 6: `/` said "未找到" for text on the screen. On the findings check (6, Enter) `/相符`, `/无法判断`
/// and `/理由` were not found beside '› 相符：天津、河北…' and every finding's '理由：' line; on 照搬中央比例 · 广东's
/// evidence `/本文件` beside '本文件：32%（…）'. Only the rows the cursor rests on were searched. Now every row is, the
/// cursor resting on the nearest row above a note (below a heading), the match in sight; text only in the header says
/// so; and "not found" says what was searched.
final class VisibleTextSearchTests: XCTestCase {
    private func search(_ query: String, from keys: [Key], then more: [Key] = [], language: Language = .chinese,
                        width: Int = 100, height: Int = 30) throws -> (TestBackend, AppState) {
        try DemoFixture.run(try DemoFixture.shared(), width: width, height: height, language: language,
                            keys: keys + [.char("/")] + [Key].type(query) + [.enter] + more)
    }

    private let findings: [Key] = [.char("6"), .enter]

    func testTheFindingsChecksNotesAreFound() throws {
        for query in ["相符", "无法判断", "理由"] {
            let (b, state) = try search(query, from: findings)
            XCTAssertEqual(state.route, .findings)
            let status = DemoFixture.status(b)
            XCTAssertTrue(status.contains("匹配行 1/"), "\(query): \(status)")
            XCTAssertFalse(status.contains("未找到"), status)
            // The match is on the screen, and the cursor on a row it can rest on (not below the match).
            let content = Layout.content(state)
            let match = try XCTUnwrap(state.view.matchRow ?? Optional(state.view.selected))
            XCTAssertTrue(Search.matches(content.rows[match], query), "\(query): the match's row holds it")
            XCTAssertTrue(content.rows[state.view.selected].isSelectable)
            XCTAssertLessThanOrEqual(state.view.selected, match)
            let table = b.rows.dropFirst().dropLast()
            XCTAssertTrue(table.contains { $0.contains(query) }, DemoFixture.screen(b))
        }
    }

    /// `n` goes on from the match, not from the row the cursor rests on (which would find the same match again).
    func testNGoesOnFromANoteMatch() throws {
        let (b1, first) = try search("相符", from: findings)
        let (b2, second) = try DemoFixture.resume(first, keys: [.char("n")])
        XCTAssertTrue(DemoFixture.status(b1).contains("匹配行 1/"), DemoFixture.status(b1))
        XCTAssertTrue(DemoFixture.status(b2).contains("匹配行 2/"), DemoFixture.status(b2))
        XCTAssertGreaterThan(second.view.matchRow ?? second.view.selected, first.view.matchRow ?? first.view.selected)
        let (b3, _) = try DemoFixture.resume(second, keys: [.char("N")])
        XCTAssertTrue(DemoFixture.status(b3).contains("匹配行 1/"), DemoFixture.status(b3))
    }

    /// The evidence of 照搬中央比例 · 广东: the document's value under its row, and the header's words.
    func testAnEvidencePagesNoteIsFoundAndTheHeaderIsSaid() throws {
        let evidence: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter, .enter]
        let (b, state) = try search("本文件", from: evidence)
        guard case .evidence = state.route else { return XCTFail("\(state.route)" + DemoFixture.screen(b)) }
        XCTAssertTrue(DemoFixture.status(b).contains("匹配行 1/1"), DemoFixture.screen(b))
        // In the header only: said to be there, not "not found".
        let (h, _) = try search("广东", from: evidence, then: [], language: .chinese)
        XCTAssertFalse(DemoFixture.status(h).contains("未找到"), DemoFixture.status(h))
        let headerOnly = try XCTUnwrap(Layout.content(state).header.first?.text)
        let word = "照搬中央比例"
        XCTAssertTrue(headerOnly.contains(word))
        let (w, _) = try search(word, from: evidence)
        XCTAssertTrue(DemoFixture.screen(w).contains("只在页首"), DemoFixture.screen(w))
    }

    func testNotFoundSaysWhatWasSearched() throws {
        let (zh, _) = try search("没有这个词", from: findings)
        XCTAssertTrue(DemoFixture.screen(zh).contains("未找到：没有这个词（已查本页各行、页首和侧栏）"), DemoFixture.screen(zh))
        let (en, _) = try search("nowhere at all", from: findings, language: .english, width: 160)
        XCTAssertTrue(DemoFixture.screen(en).contains("not found: nowhere at all (searched this page's rows, header and side panel)"), DemoFixture.screen(en))
    }

    /// A heading's match is visited once with its section's row: `/目标导向` on the Indicators tab lands on the
    /// indicator, not on the heading "6. 政策工具与目标导向" (the cursor then rested on the row above it, 法律依据).
    func testAHeadingMatchDoesNotTakeTheCursorAwayFromItsRow() throws {
        let (b, state) = try search("目标导向", from: [.char("6")])
        let content = Layout.content(state)
        XCTAssertTrue(content.rows[state.view.selected].cells.first?.contains("目标导向") ?? false, DemoFixture.screen(b))
        XCTAssertNil(state.view.matchRow)
    }

    /// The tools matrix's columns (action areas) are searched after its rows' labels: the column cursor moves there.
    func testAGridsColumnIsFound() throws {
        let demo = try DemoFixture.shared()
        let (_, tools) = try DemoFixture.run(demo, width: 100, height: 30, keys: [.char("8")])
        let grid = try XCTUnwrap(Layout.content(tools).grid)
        let column = try XCTUnwrap(grid.columnLabels.indices.dropFirst(2).first { c in
            !grid.rowLabels.contains { Search.holds($0, grid.columnLabels[c]) }
                && grid.columnLabels.indices.filter { Search.holds(grid.columnLabels[$0], grid.columnLabels[c]) } == [c]
        })
        let (b, state) = try search(grid.columnLabels[column].trimmingCharacters(in: .whitespaces), from: [.char("8")])
        XCTAssertEqual(state.view.column, column, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("匹配列 1/1"), DemoFixture.status(b))
    }
}
