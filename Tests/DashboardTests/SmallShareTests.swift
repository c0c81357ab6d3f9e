import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A pair of documents whose shared passage is under half a percent of the text said '0%' beside its passage: at
/// 10,000 formula-style documents the comparison of formula-00039 and formula-00078 read '纵向（中央→地方）  右文 0%
/// 来自左文，1 段', and 吉林's evidence for 最相似的其他省份 listed '横向（省际）  formula-01175  0%  1 段', as if nothing
/// were shared. Such a share now reads '<1%', on the comparison, the evidence, the document's shared-text rows and
/// the heat map's cell line.
final class SmallShareTests: XCTestCase {
    /// The demo's analysis with every pair's shares made a hundred times smaller (0.02% to 0.3%).
    private static let small: Result<DemoFixture.Loaded, Error> = Result {
        let demo = try DemoFixture.shared()
        var (result, _) = CorpusAnalysis(corpus: demo.corpus).result()
        for i in result.reuse.indices {
            result.reuse[i].targetShare /= 100
            result.reuse[i].sourceShare /= 100
        }
        return DemoFixture.Loaded(corpus: demo.corpus, analysis: AnalysisView(result: result))
    }

    private func rows(_ route: Route, _ language: Language) throws -> [String] {
        var state = DemoFixture.initialState(try Self.small.get(), width: 120, height: 40, language: language)
        state.stack = [route]
        let content = ScreenContext(state: state).screen(for: route).content()
        return content.header.map(\.text) + content.rows.flatMap(\.cells)
    }

    func testTheComparisonSaysUnderOnePercent() throws {
        let header = try rows(.compare("demo-00001", "demo-00019"), .chinese)
        XCTAssertTrue(header.contains { $0.contains("右文 <1% 来自左文，3 段") }, header.joined(separator: "\n"))
        let english = try rows(.compare("demo-00001", "demo-00019"), .english)
        XCTAssertTrue(english.contains { $0.contains("<1% of the right text is from the left, 3 passages") }, english.joined(separator: "\n"))
    }

    func testTheEvidenceAndTheDocumentSayUnderOnePercent() throws {
        let evidence = try rows(.evidence(indicator: .nearestProvince, subject: .document("demo-00019")), .chinese)
        let pairs = evidence.filter { $0.contains("横向") }
        XCTAssertFalse(pairs.isEmpty, evidence.joined(separator: "\n"))
        // In the ranking's precision (tenths here), never 0 for a share above it.
        for row in pairs { XCTAssertTrue(row.contains("  <0.1%  ") || row.contains("  0.1%  "), row) }
        let document = try rows(.document("demo-00019"), .chinese)
        let shared = document.filter { $0.contains("占本文") }
        XCTAssertFalse(shared.isEmpty, document.joined(separator: "\n"))
        for row in shared { XCTAssertTrue(row.contains("占本文 <1%，"), row) }
    }

    /// Named as precisely as the map's scale names its steps (here in hundredths, '0.02%–0.06%'): never '0%'.
    func testTheHeatMapsCellLineSaysUnderOnePercent() throws {
        let (b, _) = try DemoFixture.run(try Self.small.get(), width: 80, height: 24, keys: [.char("7")])
        XCTAssertTrue(b.rows.contains { $0.contains("▶ 中央 × 安徽 = 0.18%") }, DemoFixture.screen(b))
    }
}
