import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The `f` filter said 'unknown province: 河' (and 'unknown issuer: 农业', 'unknown area: 农业') of a part of names, where
/// `ipap list --province 河` says it is ambiguous and names them: the filter asks the same resolver
/// (`Taxonomy.nameParts`) and says which names hold it, the first three, or "did you mean" the one; the override
/// prompt (`o`) says so of `area:农业`.
final class FilterNamePartTests: XCTestCase {
    private func message(_ filter: String, _ taxonomy: Taxonomy) -> (zh: String, en: String)? {
        guard case .failure(let error) = FilterSyntax.parse(filter, taxonomy: taxonomy) else { return nil }
        return (error.message(.chinese), error.message(.english))
    }

    func testAFilterPartOfNamesSaysWhichOrAsks() throws {
        let taxonomy = try DashboardFixture.corpus().taxonomy
        let cases: [(String, String, String)] = [
            ("province:河", "省份不明确：河 可指 河北、河南", "ambiguous province: 河 matches Hebei and Henan"),
            ("省份:江 year:2016", "省份不明确：江 可指 黑龙江、江苏、浙江 等 4 个", "ambiguous province: 江 matches Heilongjiang, Jiangsu, Zhejiang and 1 more"),
            ("province:省", "省份不明确：省 可指 河北、山西、辽宁 等 22 个", "ambiguous province: 省 matches Hebei, Shanxi, Liaoning and 19 more"),
            ("province:蒙古", "未知省份：蒙古；是不是 内蒙古？", "unknown province: 蒙古; did you mean Inner Mongolia?"),
            ("issuer:农业", "未知机关：农业；是不是 农业农村部？", "unknown issuer: 农业; did you mean Ministry of Agriculture and Rural Affairs?"),
            ("机关:部", "机关不明确：部 可指 工业和信息化部、财政部、科学技术部 等 12 个", "ambiguous issuer: 部 matches MIIT, MOF, MOST and 9 more"),
            ("area:农业", "未知领域：农业；是不是 现代农业？", "unknown area: 农业; did you mean Modern agriculture?"),
        ]
        for (filter, zh, en) in cases {
            let said = try XCTUnwrap(message(filter, taxonomy), filter)
            XCTAssertEqual(said.zh, zh, filter)
            XCTAssertEqual(said.en, en, filter)
        }
        // A name part of none is unknown as before; whole names, short names and English names filter.
        XCTAssertEqual(message("province:火星", taxonomy)?.en, "unknown province: 火星")
        for filter in ["province:河北", "province:冀", "province:Henan", "issuer:农业部", "area:现代农业"] {
            XCTAssertNil(message(filter, taxonomy), filter)
        }
    }

    /// At 80 columns the answer for 省 (22 provinces) is whole, in either language, above the prompt that stays open
    /// with the text to correct (QA pass 50: the prompt closed and the text was gone).
    func testTheAnswerFitsTheStatusLineAt80Columns() throws {
        let corpus = try DashboardFixture.corpus()
        for (language, expected) in [(Language.chinese, "省份不明确：省 可指 河北、山西、辽宁 等 22 个"),
                                     (.english, "ambiguous province: 省 matches Hebei, Shanxi, Liaoning and 19 more")] {
            let (b, _) = try DashboardFixture.run(corpus, width: 80, height: 24, language: language,
                                                  keys: [.char("f")] + [Key].type("province:省") + [.enter])
            XCTAssertTrue(DemoFixture.abovePrompt(b).contains(expected), DemoFixture.screen(b))
            XCTAssertTrue(DemoFixture.status(b).contains("province:省"), DemoFixture.screen(b))
        }
    }

    func testAnOverridesAreaPartAsks() throws {
        let taxonomy = try DashboardFixture.corpus().taxonomy
        XCTAssertEqual(ReviewActions.refusal("area:农业", taxonomy: taxonomy).text(in: .english), "unknown area: 农业; did you mean Modern agriculture?")
        XCTAssertEqual(ReviewActions.refusal("农业", taxonomy: taxonomy).text(in: .chinese), "未知领域：农业；是不是 现代农业？")
        // A tool's name is not looked for among the areas; an unknown code is unknown.
        XCTAssertEqual(ReviewActions.refusal("tool:农业", taxonomy: taxonomy).text(in: .english), Phrase.unknownCode("tool:农业").text(in: .english))
        XCTAssertEqual(ReviewActions.refusal("火星", taxonomy: taxonomy).text(in: .english), Phrase.unknownCode("火星").text(in: .english))
    }
}
