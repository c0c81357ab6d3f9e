import Foundation
import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE` on a list with column titles wrote the titles and the rows only: the lines above the
/// titles that say how to read them were left out ('n+m?: n known, m unknown' over the Issuers tab's '7+4?', an
/// indicator's definition and '† to the publication date' over its ranking). Markdown writes them before the
/// column titles' line, as the screen has them. CSV writes them after the rows, as notes under an empty row: its
/// first line is the column titles, which a spreadsheet or pandas takes for the header (QA 47 #13: the lines above
/// were taken for it). A list without such lines is written as before.
final class ViewExportListHeaderTests: XCTestCase {
    private func exported(_ state: AppState, _ format: ViewExport.Format) -> [String] {
        let content = Sorting.apply(Layout.content(state), view: state.view)
        return ViewExport.text(content, title: ScreenContext(state: state).label(for: state.route), format: format).components(separatedBy: "\n")
    }

    func testAListsHeaderLinesComeBeforeItsColumnTitles() throws {
        var state = AppState(corpus: try DashboardFixture.catalogue(), language: .english, size: Size(width: 80, height: 24))
        state.stack = [.issuers]
        let legend = "n+m?: n known, m unknown (comprehensive documents not coded from their text)"
        XCTAssertEqual(Layout.content(state).header.map(\.text), [legend])
        // The per-year sparkline as its counts, a column a year.
        let years = (2015...2023).map { "Per year: \($0)" }
        // The coverage marks as an area a column: 1 covered, 0 not, ? unknown (the glyphs "●?●…" before).
        let areas = ScreenContext(state: state).coverageExportTitles
        XCTAssertEqual(areas.count, 11)
        XCTAssertEqual(areas.first, "Coverage: Entrep.")
        let columns = 3 + areas.count + years.count + 2
        let markdown = exported(state, .markdown)
        XCTAssertEqual(Array(markdown.prefix(6)), [
            "# Issuers", "", legend, "",
            "| Issuer | Level | Docs | Areas | " + areas.joined(separator: " | ") + " | " + years.joined(separator: " | ") + " | Name |",
            "|" + String(repeating: "---|", count: columns),
        ], markdown.joined(separator: "\n"))
        XCTAssertTrue(markdown[6].hasPrefix("| SC | National | 27 | 11 | 1 | 1 | 1 |"), markdown[6])
        let csv = exported(state, .csv).filter { !$0.isEmpty }
        XCTAssertEqual(csv.first, "Issuer,Level,Docs,Areas," + areas.joined(separator: ",") + "," + years.joined(separator: ",") + ",Name", csv.joined(separator: "\n"))
        XCTAssertTrue(csv[1].hasPrefix("SC,National,27,11," + Array(repeating: "1", count: 11).joined(separator: ",") + ","), csv[1])
        XCTAssertFalse(csv.joined().contains("●"), "no glyph in the file")
        // An issuer with no document: every area unknown.
        XCTAssertTrue(csv.contains { $0.hasPrefix("MOF,Ministerial,0,?," + Array(repeating: "?", count: 11).joined(separator: ",") + ",") },
                      csv.joined(separator: "\n"))
        XCTAssertEqual(Array(csv.suffix(2)), [String(repeating: ",", count: columns - 1), "\"" + legend + "\"" + String(repeating: ",", count: columns - 1)],
                       csv.joined(separator: "\n"))

        // An indicator's ranking: its definition and the mark's meaning above the ranks.
        state.stack = [.indicators, .indicator(.metadata(.responseLag))]
        let header = Layout.content(state).header.map(\.text)
        XCTAssertTrue(header.contains("† to the publication date: no written date known"), "\(header)")
        for format in [ViewExport.Format.markdown, .csv] {
            let lines = exported(state, format)
            let titles = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(format == .markdown ? "| # | " : "#,") }, lines.joined(separator: "\n"))
            // Markdown: above the titles; CSV: the titles first, the notes after the empty row that ends the rows.
            let notes: String
            if format == .markdown {
                notes = lines[..<titles].joined(separator: "\n")
            } else {
                XCTAssertEqual(titles, 0, lines.joined(separator: "\n"))
                let end = try XCTUnwrap(lines.firstIndex { !$0.isEmpty && $0.allSatisfy { $0 == "," } }, lines.joined(separator: "\n"))
                XCTAssertTrue(lines[..<end].contains { $0.contains("210 days†") }, lines.joined(separator: "\n"))
                notes = lines[end...].joined(separator: "\n")
            }
            for line in header {
                let written = format == .markdown ? MarkdownText.line(line) : String(ExportReport.csvLine([line]))
                XCTAssertTrue(notes.contains(written), "\(written)\n" + lines.joined(separator: "\n"))
            }
            XCTAssertTrue(lines[titles...].contains { $0.contains("210 days†") }, lines.joined(separator: "\n"))
        }
    }

    /// A list without header lines starts with its titles, as before: a CSV file whose first line is its header.
    func testAListWithoutHeaderLinesStartsWithItsTitles() throws {
        var state = AppState(corpus: try DashboardFixture.catalogue(), language: .english, size: Size(width: 80, height: 24))
        state.stack = [.provinces]
        XCTAssertTrue(Layout.content(state).header.isEmpty)
        let areas = ScreenContext(state: state).coverageExportTitles
        XCTAssertEqual(exported(state, .csv).first, "Province,Region,Docs,Main doc,Lag,Areas," + areas.joined(separator: ",") + ",Cited")
        XCTAssertEqual(Array(exported(state, .markdown).prefix(3)),
                       ["# Provinces", "", "| Province | Region | Docs | Main doc | Lag | Areas | " + areas.joined(separator: " | ") + " | Cited |"])
        // A province without a main implementation document: its coverage unknown, area by area.
        let csv = exported(state, .csv)
        let unknownRows = csv.filter { $0.contains("," + Array(repeating: "?", count: 11).joined(separator: ",") + ",") }
        XCTAssertFalse(unknownRows.isEmpty, csv.joined(separator: "\n"))
        XCTAssertFalse(csv.joined().contains("●"), "no glyph in the file")
    }
}
