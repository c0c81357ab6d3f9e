import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A corpus of one province's document and no central one: the document page said 照搬中央 0%, the Provinces tab 0%,
/// and the heat map's centre row said "中央只有一份已分析的文件" for a centre with none (QA pass 47). The share is
/// unknown, and the centre's cells compare nothing.
final class NoEarlierCentreScreenTests: XCTestCase {
    private static func loaded(withTextlessOpinion: Bool = false) throws -> DemoFixture.Loaded {
        let taxonomy = try DashboardFixture.catalogue().taxonomy
        let hebei = PolicyDocument(id: "hb-1", title: "河北省关于积极推进“互联网+”行动的实施意见", number: "冀政发〔2016〕1号",
                                   issuers: ["provincial-government"], level: .provincial, region: "130000",
                                   dateWritten: PolicyDate("2016-03-01"),
                                   text: "一、总体要求\n推动互联网与现代农业深度融合，建设一批农业物联网示范基地，培育农产品电子商务龙头企业。\n")
        // The guiding opinion as the catalogue lists it, its text not fetched (QA pass 51: the label said there was
        // no earlier central document beside the document's own "implements 国发〔2015〕40号").
        let opinion = PolicyDocument(id: "gf-2015-40", title: "国务院关于积极推进“互联网+”行动的指导意见", number: "国发〔2015〕40号",
                                     issuers: ["state-council"], level: .national, dateWritten: PolicyDate("2015-07-01"))
        let corpus = Corpus(directory: FileManager.default.temporaryDirectory.appendingPathComponent("ipap-no-centre-\(UUID().uuidString)"),
                            info: CorpusInfo(name: "一省"), taxonomy: taxonomy, documents: withTextlessOpinion ? [opinion, hebei] : [hebei], findings: [])
        return DemoFixture.Loaded(corpus: corpus, analysis: AnalysisView(result: CorpusAnalysis(corpus: corpus).result().0))
    }

    func testTheDocumentPageSaysThereWasNothingToCopyFrom() throws {
        let (b, _) = try DemoFixture.run(try Self.loaded(), width: 100, height: 30, keys: [.char("5"), .enter])
        XCTAssertTrue(b.rows.contains { $0.contains("照搬中央 -（语料中没有更早的、有正文的中央文件：无从照搬）") }, DemoFixture.screen(b))
        let (en, _) = try DemoFixture.run(try Self.loaded(), width: 100, height: 30, language: .english, keys: [.char("5"), .enter])
        XCTAssertTrue(en.rows.contains { $0.contains("- (no earlier central document with text: nothing to copy from)") }, DemoFixture.screen(en))
    }

    func testACentralDocumentWithoutTextIsNoSource() throws {
        let (b, _) = try DemoFixture.run(try Self.loaded(withTextlessOpinion: true), width: 100, height: 30,
                                         keys: [.char("5"), .char("G"), .enter])
        XCTAssertTrue(b.rows.contains { $0.contains("河北省关于积极推进") }, DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.contains("照搬中央 -（语料中没有更早的、有正文的中央文件：无从照搬）") }, DemoFixture.screen(b))
    }

    func testTheProvinceRowShowsUnknown() throws {
        let (b, _) = try DemoFixture.run(try Self.loaded(), width: 100, height: 30, keys: [.char("2")])
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix("河北 ") }, DemoFixture.screen(b))
        // 省份 文件 滞后天 照搬中央: the fourth column.
        XCTAssertEqual(row.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first, "-", row)
    }

    func testTheHeatMapsCentreComparesNothing() throws {
        let (b, _) = try DemoFixture.run(try Self.loaded(), width: 80, height: 24, keys: [.char("7")])
        XCTAssertTrue(b.rows.contains { $0.contains("中央 × 中央  中央没有已分析全文的文件：无从对照") }, DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("中央 -  -") }, DemoFixture.screen(b))
    }

    /// The overview ranked 最相似的其他省份 as "全部并列 0%" with no other province to be near (QA pass 47).
    func testTheOverviewSaysThereIsNoOtherProvince() throws {
        let (b, _) = try DemoFixture.run(try Self.loaded(), width: 100, height: 30, keys: [])
        let screen = DemoFixture.screen(b)
        let line = try XCTUnwrap(b.rows.first { $0.contains("最相似的其他省份") }, screen)
        XCTAssertTrue(line.contains("已分析全文的只有一个省份：无从比较"), line)
        XCTAssertFalse(line.contains("全部并列"), line)
        XCTAssertFalse(line.contains("0%"), line)
        // And the share copied from the centre, unknown for the one document, is said so, not left out.
        XCTAssertTrue(b.rows.contains { $0.contains("照搬中央比例：语料中没有更早的、有正文的中央文件：无从照搬") }, screen)
    }

    func testTheRankingListsTheDocumentAsUnknown() throws {
        var state = DemoFixture.initialState(try Self.loaded(), width: 100, height: 30)
        state.stack = [.indicators, .indicator(.text(.nearestProvince))]
        let cells = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }
        XCTAssertTrue(cells.contains { $0.contains("已分析全文的只有一个省份：无从比较") }, cells.joined(separator: "\n"))
        XCTAssertTrue(cells.contains { $0.contains("hb-1") || $0.contains("河北省关于") }, cells.joined(separator: "\n"))
        XCTAssertFalse(cells.contains { $0.contains("0%") }, cells.joined(separator: "\n"))
    }
}
