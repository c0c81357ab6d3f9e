import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Areas tab's 文件 (and the overview's areas) counted the documents known to be in an area only: while a
/// 10,000-document analysis loaded every area read `1 创业创新     0    0+17?     0+31?`, and the catalogue, whose
/// comprehensive documents have no text, `6` beside `2+2?` central issuers. A document whose title names no area
/// and whose text is not coded may be in any area: unknown, '+m?', as the other columns say it.
final class UnknownAreaDocumentsTests: XCTestCase {
    /// The docs cell of the Areas tab's row for area `order` (# name docs ...; Chinese names hold no spaces).
    private func docsCell(_ b: TestBackend, order: Int) -> String? {
        b.rows.dropFirst().dropLast().map { $0.split(separator: " ").map(String.init) }.first { $0.first == String(order) }?[2]
    }

    /// The demo before its analysis is loaded: every document whose title names no area is uncoded.
    private func loading() throws -> AppState {
        let demo = try DemoFixture.shared()
        return AppState(corpus: demo.corpus, language: .chinese, size: Size(width: 80, height: 24), analysisStatus: .loading)
    }

    func testWhileTheAnalysisLoadsAnAreasDocumentsAreKnownPlusUnknown() throws {
        let state = try loading()
        let (list, _) = try DemoFixture.resume(state, keys: [.char("4")])
        let unknown = AreaProfile.all(corpus: state.corpus, textAreas: nil).map(\.documentsUnknown)
        XCTAssertGreaterThan(unknown.min() ?? 0, 0, "the demo has comprehensive documents")
        for area in state.corpus.taxonomy.areas {
            let byTitle = state.corpus.count(inArea: area.id)
            XCTAssertEqual(docsCell(list, order: area.order), "\(byTitle)+\(unknown[area.order - 1])?", DemoFixture.screen(list))
        }
        // Wrapped at 80 columns: its first line says which documents are counted.
        XCTAssertTrue(list.rows.contains { $0.contains("文件 n+m?：另有 m 份标题未写领域的中央政策及省级主要实施文件未按全文编码") }, DemoFixture.screen(list))
    }

    func testTheCatalogueSaysItsUncodedDocumentsAsUnknown() throws {
        let catalog = try DashboardFixture.catalogue()
        let (list, _) = try DashboardFixture.run(catalog, width: 80, height: 24, keys: [.char("4")])
        // 创业创新: 6 documents by title, and the comprehensive documents without a text.
        let first = try XCTUnwrap(docsCell(list, order: 1), DemoFixture.screen(list))
        XCTAssertTrue(first.hasPrefix("6+") && first.hasSuffix("?"), DemoFixture.screen(list))
        let (overview, _) = try DashboardFixture.run(catalog, width: 100, height: 80, keys: [])
        XCTAssertTrue(overview.rows.contains { $0.hasPrefix("创业创新") && $0.hasSuffix(" " + first) }, DemoFixture.screen(overview))
    }

    /// The area's page listed the documents known to be in it and said nothing of those that may be: the '+m?' of the
    /// list is the note under its documents.
    func testAnAreasPageSaysHowManyDocumentsMayBeInIt() throws {
        let state = try loading()
        let (page, _) = try DemoFixture.resume(state, keys: [.char("4"), .enter, .char("G")])
        let unknown = AreaProfile.all(corpus: state.corpus, textAreas: nil)[0].documentsUnknown
        XCTAssertTrue(page.rows.contains { $0.contains("另有 \(unknown) 份标题未写领域的文件未按全文编码，可能属于本领域") }, DemoFixture.screen(page))
        let (coded, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: [.char("4"), .enter, .char("G")])
        XCTAssertFalse(coded.rows.contains { $0.contains("未按全文编码，可能属于本领域") }, DemoFixture.screen(coded))
    }

    /// Once the analysis is in, a coded document is known either way: the demo's texts are all coded, no mark.
    func testWithEveryTextCodedNoMark() throws {
        let (list, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: [.char("4")])
        XCTAssertFalse(list.rows.contains { $0.contains("另有 m 份") }, DemoFixture.screen(list))
        XCTAssertEqual(docsCell(list, order: 1), "5", DemoFixture.screen(list))
    }
}
