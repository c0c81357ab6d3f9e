import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Provinces tab listed Liaoning's 210 days, Hubei's 196 and Jiangxi's 84 like any other lag, though they run
/// to a publication date (no written date is known), which the indicator's ranking and the timeline mark with †
/// and a note. The tab marks them too, the other lags a blank after them so that the figures still end in one
/// column, and says what the mark means in its footer (at 80 columns, the table's last line: no row moves down)
/// or in its legend beside the table (200 columns); a view's export carries both.
final class ProvincesLagMarkTests: XCTestCase {
    private static let marked = ["Liaoning": "210†", "Hubei": "196†", "Jiangxi": "84†"]

    func testTheProvincesTabMarksALagToAPublicationDateAndSaysWhatTheMarkMeans() throws {
        let catalog = try DashboardFixture.catalogue()
        for (language, note) in [(Language.english, "† to the publication date: no written date known"), (.chinese, "† 计至发布日期：成文日期未知")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let (b, state) = try DashboardFixture.run(catalog, width: width, height: height, language: language, keys: [.char("2")])
                let screen = DemoFixture.screen(b)
                // The table starts where it did: titles on the row under the tabs, the first province under them.
                XCTAssertTrue(b.rows[1].hasPrefix(language == .english ? "Province " : "省份 "), screen)
                XCTAssertTrue(b.rows[2].hasPrefix(language == .english ? "Beijing " : "北京 "), screen)
                let profiles = catalog.taxonomy.divisions.map { ProvinceProfile(division: $0, corpus: catalog) }
                // The lags in days on screen: the marked ones end in †, the others in a blank, all in one column.
                var ends = Set<Int>(), marks = 0
                for p in profiles {
                    guard let days = p.responseLagDays else { continue }
                    let name = language == .english ? p.division.en : p.division.name
                    guard let row = b.rows.first(where: { $0.hasPrefix(name + " ") }) else { continue }
                    let lag = " \(days)" + (p.responseLagToPublication ? "†" : " ") + " "
                    let found = try XCTUnwrap(row.range(of: lag), "\(name): \(row)")
                    ends.insert(DisplayWidth.of(String(row[..<found.upperBound])))
                    if p.responseLagToPublication { marks += 1 }
                    if language == .english, let expected = Self.marked[name] { XCTAssertTrue(row.contains(" " + expected + " "), row) }
                }
                XCTAssertEqual(marks, 3, screen)
                XCTAssertEqual(ends.count, 1, screen)
                if width == 80 {
                    // The footer: the lines above the status line (the notes of ? and of an earlier document after it,
                    // where there are such lags).
                    XCTAssertTrue(b.rows[(height - 4)...(height - 2)].map { $0.trimmingCharacters(in: .whitespaces) }.contains(note), screen)
                } else {
                    // Beside the table, under the legend's lines (wrapped to the panel in English); no footer line.
                    let panel = b.rows.compactMap { $0.components(separatedBy: "│ ").dropFirst().last }.map { $0.trimmingCharacters(in: .whitespaces) }
                    XCTAssertTrue(panel.joined(separator: " ").contains(note), screen)
                    XCTAssertFalse(b.rows[height - 2].contains("†"), screen)
                }
                // `e` then `view FILE`: the marks, and what they mean.
                for format in [ViewExport.Format.markdown, .csv] {
                    let text = ViewExport.text(Sorting.apply(Layout.content(state), view: state.view), title: "", format: format)
                    XCTAssertTrue(text.contains("210†"), text)
                    XCTAssertTrue(text.contains(note), text)
                }
            }
        }
    }

    /// A corpus without such a lag has neither the mark's blank column nor a footer: the last row is a province's.
    func testNoMarkNoFooter() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24, language: .english)
        state.stack = [.provinces]
        let content = Layout.content(state)
        let profiles = state.corpus.taxonomy.divisions.map { ProvinceProfile(division: $0, corpus: state.corpus) }
        XCTAssertFalse(profiles.contains(where: \.responseLagToPublication), "the demo's main documents carry written dates")
        XCTAssertTrue(content.footer.isEmpty)
        XCTAssertEqual(Layout(state: state, content: content).footer.height, 0)
    }
}
