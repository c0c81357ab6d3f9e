import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Once anything in the corpus had a review entry, the table gave its last two columns to the ✎ marks but the
/// screens still wrapped their text to the screen's width: every full line lost its last character under the
/// marks' column, shown as '…' (a compare view read '制造业融合，提升制造业数字化、网络化…' and the next line went on
/// after a lost '、'; at 99 columns both panes lost characters; the help and the indicators' definitions were cut
/// too). Every row of text is now drawn whole, with or without a review entry.
final class MarkColumnWrapTests: XCTestCase {
    /// The rows of text (text, notes, headings and compare panes) on screen that are not drawn as they were built:
    /// each as the screen shows it.
    private func cutRows(_ b: TestBackend, _ state: AppState) -> [String] {
        let content = Layout.shown(state).content
        let layout = Layout(state: state, content: content)
        let top = layout.table.y + (content.showsColumnTitles ? 1 : 0)
        let offset = Scroll.offset(current: state.view.offset, selected: state.view.selected, visible: layout.tableRows,
                                   count: content.rows.count)
        var cut: [String] = []
        for (index, row) in content.rows.enumerated() where index >= offset && top + index - offset < layout.table.maxY {
            let drawn = b.rows[top + index - offset]
            let built: [String]
            switch row.kind {
            case .item:
                // A table cuts a long cell (a title) with '…' at its column's end, the narrower where the marks take
                // their column; a row opening nothing holds text the screen wrapped to the table (the help's).
                if row.target == nil, drawn.contains("…"), !row.cells.contains(where: { $0.contains("…") }) { cut.append(drawn) }
                continue
            case .split:
                let halves = drawn.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard halves.count == 2 else { cut.append(drawn); continue }
                // The first column holds the ▸ of a passage's first line.
                if halves[0].dropFirst().trimmingCharacters(in: .whitespaces) != (row.cells.first ?? "").trimmingCharacters(in: .whitespaces)
                    || halves[1].trimmingCharacters(in: .whitespaces) != (row.cells.count > 1 ? row.cells[1] : "").trimmingCharacters(in: .whitespaces) {
                    cut.append(drawn)
                }
                continue
            case .heading, .text, .note:
                built = row.cells
            }
            if !drawn.contains(built.first ?? "") { cut.append(drawn) }
        }
        return cut
    }

    /// The rows of `route` cut on screen with one review entry in the corpus, and without.
    private func cutRows(_ route: Route, width: Int, language: Language, reviewed: Bool) throws -> (cut: [String], screen: String) {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: width, height: 40, language: language)
        if reviewed { state = Dashboard.update(state, .journalsChanged(DemoFixture.oneTag)).0 }
        state.stack = [.overview, route]
        let (b, final) = try DemoFixture.resume(state, keys: [])
        XCTAssertEqual(final.route, route)
        XCTAssertTrue(Layout.shown(final).content.rows.contains { $0.kind != .item }, "\(route) has rows of text" + DemoFixture.screen(b))
        return (cutRows(b, final), DemoFixture.screen(b))
    }

    /// A row that a screen makes to fit one line (a title after a count, a legend) may be cut at the screen's end; a
    /// review entry anywhere cuts no row that is whole without it.
    private func assertNoneCutByTheMarks(_ route: Route, width: Int, language: Language, file: StaticString = #filePath, line: UInt = #line) throws {
        let without = try cutRows(route, width: width, language: language, reviewed: false)
        let with = try cutRows(route, width: width, language: language, reviewed: true)
        XCTAssertEqual(with.cut.count, without.cut.count, "\(route) at \(width) columns, \(language): \(with.cut) cut\n" + with.screen,
                       file: file, line: line)
    }

    private let routes: [Route] = [
        .compare("demo-00001", "demo-00019"), .help, .indicators, .indicator(.text(.copiedFromCentre)), .indicator(.text(.evaluationClauses)),
        .timeline, .findings, .problem("homogenization"), .document("demo-00019"), .evidence(indicator: .copiedFromCentre, subject: .province("440000")),
    ]

    func testEveryRowOfTextIsDrawnWholeWhenSomethingIsReviewed() throws {
        for width in [80, 99, 130] {
            for language in [Language.chinese, .english] {
                for route in routes { try assertNoneCutByTheMarks(route, width: width, language: language) }
            }
        }
    }
}
