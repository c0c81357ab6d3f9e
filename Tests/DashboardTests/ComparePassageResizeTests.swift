import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A resize lost the comparison's selected passage (QA: `n n` to '第 2 段（2 / 4）' at 200x60, then 80x24: the cursor on
/// another row, the status line '… 7/30', and Enter opened demo-00019 on a passage copied from another document):
/// every row of a passage stood for the same place, so that the cursor was left on its row number. It stays on the
/// line of the passage that holds the text its row began with, through a resize and a language switch, and Enter opens
/// the right document at that line.
final class ComparePassageResizeTests: XCTestCase {
    /// Where `text` (a row's right pane) starts in `scalars` at or after `from`.
    private func offset(of text: String, in scalars: [Unicode.Scalar], from: Int) -> Int? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
        return (from...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }
    }

    /// The passage (counted from 1) a row of the comparison is in: the last heading above it.
    private func passage(at row: Int, in rows: [ScreenContent.Row]) -> String? {
        rows[...row].last { $0.kind == .heading }.map { String($0.cells[0].prefix { $0 != " " }) }
    }

    /// demo-00001 → demo-00019 is the QA's case.
    func testTheLineOfThePassageSurvivesAResizeAndALanguageSwitchAndEnterOpensIt() throws {
        for (source, target) in [("demo-00001", "demo-00019"), ("demo-00000", "demo-00019")] {
            try assertTheLineSurvives(source, target)
        }
    }

    private func assertTheLineSurvives(_ source: String, _ target: String) throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.analysis.pair(source, target))
        let second = pair.passages.sorted()[1]
        let text = try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.target)))).unicodeScalars.map { $0 }
        for language in [Language.chinese, .english] {
            var state = DemoFixture.initialState(demo, width: 200, height: 60, language: language)
            state.stack = [.documents, .compare(source, target)]
            let count = pair.passages.count
            let label = language == .chinese ? "第 2 段（2 / \(count)）" : "passage 2 of \(count)"
            // The QA's keys: §2's first line, the status line saying so, and still after the resize.
            let reached = try DemoFixture.resume(state, keys: [.char("n"), .char("n")]).1
            var backend = TestBackend(width: 200, height: 60)
            backend.queueResize(width: 80, height: 24)
            let resized = try Dashboard.run(backend: &backend, initial: reached)
            XCTAssertTrue(DemoFixture.status(backend).contains(label), DemoFixture.screen(backend))
            let rowsResized = Layout.shown(resized).content.rows
            XCTAssertEqual(passage(at: resized.view.selected, in: rowsResized), "§2", DemoFixture.screen(backend))
            XCTAssertEqual(rowsResized[resized.view.selected - 1].kind, .heading, DemoFixture.screen(backend))

            // The second line of §2.
            let before = try DemoFixture.resume(reached, keys: [.char("j")]).1
            let rows = Layout.shown(before).content.rows
            XCTAssertEqual(passage(at: before.view.selected, in: rows), "§2")
            let line = try XCTUnwrap(offset(of: rows[before.view.selected].cells[1], in: text, from: second.target.start))
            XCTAssertGreaterThan(line, second.target.start)

            backend = TestBackend(width: 200, height: 60)
            backend.queueResize(width: 80, height: 24)
            let after = try Dashboard.run(backend: &backend, initial: before)
            var screen = DemoFixture.screen(backend)
            let narrow = Layout.shown(after).content.rows
            XCTAssertEqual(passage(at: after.view.selected, in: narrow), "§2", screen)
            // The row holding the character the wide row began with.
            let start = try XCTUnwrap(offset(of: narrow[after.view.selected].cells[1], in: text, from: second.target.start), screen)
            XCTAssertLessThanOrEqual(start, line, screen)
            XCTAssertGreaterThan(start + narrow[after.view.selected].cells[1].unicodeScalars.count, line, screen)
            XCTAssertEqual(DemoFixture.selectedRows(backend).count, 1, screen)

            // In the other language, the same row.
            let (switched, spoken) = try DemoFixture.resume(after, keys: [.char("L")])
            screen = DemoFixture.screen(switched)
            XCTAssertEqual(passage(at: spoken.view.selected, in: Layout.shown(spoken).content.rows), "§2", screen)
            XCTAssertEqual(Layout.shown(spoken).content.rows[spoken.view.selected].cells, narrow[after.view.selected].cells, screen)

            // Enter opens the right document at the line holding that character.
            let (page, opened) = try DemoFixture.resume(spoken, keys: [.enter])
            screen = DemoFixture.screen(page)
            XCTAssertEqual(opened.route, .document(pair.target), screen)
            let lines = Layout.shown(opened).content.rows
            let at = try XCTUnwrap(lines[opened.view.selected].textOffset, screen)
            let next = lines[(opened.view.selected + 1)...].lazy.compactMap(\.textOffset).first ?? .max
            XCTAssertTrue(at <= start && start < next, "\(at) \(start) \(next)" + screen)
        }
    }
}
