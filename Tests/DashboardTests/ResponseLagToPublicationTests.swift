import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The timeline's lags are headed "as signed", but a main document with no written date was counted to its
/// publication (Liaoning 210 days, Hubei 196, Jiangxi 84: `lagDate` falls back to the published date). Those lags
/// keep their figure and carry a mark, which the screen's header explains, in both languages, and which a view's
/// export carries with its explanation; the indicator's ranking marks them alike.
final class ResponseLagToPublicationTests: XCTestCase {
    private static let marked = ["Liaoning": "210 days†", "Hubei": "196 days†", "Jiangxi": "84 days†"]

    func testLagsCountedToAPublicationDateAreMarkedAndExplained() throws {
        let catalog = try DashboardFixture.catalogue()
        let unwritten = catalog.taxonomy.divisions.map { ProvinceProfile(division: $0, corpus: catalog) }
            .filter { $0.responseLagDays != nil && $0.firstResponse?.dateWritten == nil }.map(\.division.en)
        XCTAssertEqual(Set(unwritten), Set(Self.marked.keys))
        for (language, note) in [(Language.english, "† to the publication date: no written date known"), (.chinese, "† 计至发布日期：成文日期未知")] {
            for size in [(80, 24), (200, 60)] {
                let (b, state) = try DashboardFixture.run(catalog, width: size.0, height: size.1, language: language, keys: [.char("9")])
                XCTAssertTrue(b.rows.contains { $0.trimmingCharacters(in: .whitespaces) == note }, DemoFixture.screen(b))
                guard size.1 == 60 else { continue }
                let lags = b.rows.filter { $0.range(of: #"\d+ (days|天)[† ] ▇"#, options: .regularExpression) != nil }
                XCTAssertEqual(lags.filter { $0.contains("†") }.count, 3, DemoFixture.screen(b))
                // The mark's column is blank on the others: the figures still end in one column.
                XCTAssertEqual(Set(lags.map { DisplayWidth.of(String($0[..<($0.range(of: "▇")?.lowerBound ?? $0.endIndex)])) }).count, 1,
                               DemoFixture.screen(b))
                if language == .english {
                    for (province, lag) in Self.marked {
                        XCTAssertTrue(lags.contains { $0.hasPrefix(" " + province + " ") && $0.contains(lag) }, province + DemoFixture.screen(b))
                    }
                    XCTAssertTrue(lags.contains { $0.hasPrefix(" Shandong ") && $0.contains("337 days  ▇") }, DemoFixture.screen(b))
                }
                // `e` then `view FILE`: the marked lag and what the mark means.
                for format in [ViewExport.Format.markdown, .csv] {
                    let text = ViewExport.text(Layout.content(state), title: "", format: format)
                    XCTAssertTrue(text.contains(note), text)
                    XCTAssertTrue(text.contains(language == .english ? "210 days†" : "210 天†"), text)
                }
            }
        }
        // The indicator's ranking (tab 6): the mark on the value, its meaning in the header.
        var state = AppState(corpus: catalog, language: .english, size: Size(width: 120, height: 40))
        state.stack = [.indicators, .indicator(.metadata(.responseLag))]
        let ranking = Layout.content(state)
        XCTAssertTrue(ranking.header.contains { $0.text == "† to the publication date: no written date known" })
        let values = ranking.rows.compactMap(\.cells.last)
        XCTAssertEqual(values.filter { $0.hasSuffix("†") }.sorted(), Self.marked.values.sorted())
    }

    /// A province's page showed such a lag without a word of which date it runs to.
    func testAProvincePageSaysWhichDateALagRunsTo() throws {
        let catalog = try DashboardFixture.catalogue()
        var state = AppState(corpus: catalog, language: .chinese, size: Size(width: 100, height: 30))
        state.stack = [.provinces, .province("210000")]
        let content = Layout.content(state)
        let page = (content.header.map(\.text) + content.rows.flatMap(\.cells)).joined(separator: "\n")
        XCTAssertTrue(page.contains("210 天（21-gov-20160127；计至发布日期：成文日期未知）"), page)
    }
}
