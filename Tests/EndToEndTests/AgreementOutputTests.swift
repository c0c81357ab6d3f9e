import Foundation
import XCTest
@testable import PolicyModel
@testable import ipap

/// `ipap review agreement` named classes and tools by their ids ("supply-funding") and a clause as "第 2 条",
/// which reads as an article of the regulation; `review list` names them in the analyst's language and the
/// clause by its index in the analysis ("条款 2").
final class AgreementOutputTests: XCTestCase {
    private static let taxonomy: Taxonomy? = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return CorpusLoader(taxonomyDirectory: repository.appendingPathComponent("data/taxonomy")).loadTaxonomy().0
    }()

    private func disagreement(_ toolA: String, _ toolB: String, classA: String, classB: String) -> CoderAgreement.Disagreement {
        CoderAgreement.Disagreement(unit: CoderAgreement.Unit(document: "gf-2015-40", clause: 2), toolA: toolA, toolB: toolB,
                                    classA: classA, classB: classB, entryA: "a", entryB: "b")
    }

    func testAChineseDisagreementNamesTheClauseAndTheTools() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        let d = disagreement("supply-funding", "supply-made-up", classA: "supply", classB: "supply")
        XCTAssertEqual(ReviewAgreementCommand.disagreementLine(d, coderA: "wang", coderB: "li", taxonomy: taxonomy, language: .chinese),
                       "  文件 gf-2015-40 条款 2：wang “资金支持” / li “supply-made-up”（同类）")
    }

    func testAnEnglishDisagreementNamesTheClauseAndTheTools() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        let d = disagreement("environment-tax", "made-up-tool", classA: "environment", classB: "demand")
        XCTAssertEqual(ReviewAgreementCommand.disagreementLine(d, coderA: "wang", coderB: "li", taxonomy: taxonomy, language: .english),
                       "  document gf-2015-40 clause 2: wang \"Tax incentives\" / li \"made-up-tool\"")
    }

    func testTheClassColumnNamesTheClass() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        XCTAssertEqual(ReviewAgreementCommand.classCell("supply", taxonomy: taxonomy, language: .chinese), "供给型")
        XCTAssertEqual(ReviewAgreementCommand.classCell("demand", taxonomy: taxonomy, language: .english), "Demand-side")
        XCTAssertEqual(ReviewAgreementCommand.classCell("made-up", taxonomy: taxonomy, language: .chinese), "made-up")
        XCTAssertEqual(ReviewAgreementCommand.classCell(nil, taxonomy: taxonomy, language: .chinese), "总体")
        XCTAssertEqual(ReviewAgreementCommand.classCell(nil, taxonomy: taxonomy, language: .english), "overall")
    }

    /// `--format csv` printed the table.
    func testTheCSVHasARowPerKappaWithIDsAndNames() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        let overall = CoderAgreement.Kappa(toolClass: nil, units: 3, agreements: 2, observed: 2.0 / 3, expected: 0.5, kappa: 1.0 / 3)
        let supply = CoderAgreement.Kappa(toolClass: "supply", units: 3, agreements: 3, observed: 1, expected: 1, kappa: nil)
        let a = CoderAgreement(coderA: "wang", coderB: "li", classes: ["supply"], overall: overall, perClass: [supply], disagreements: [], unclassified: [])
        XCTAssertEqual(ReviewAgreementCommand.csvLines([a], taxonomy: taxonomy, language: .chinese), [
            "coderA,coderB,toolClass,toolClassName,units,agreements,observed,expected,kappa",
            "wang,li,overall,总体,3,2,0.667,0.500,0.333",
            "wang,li,supply,供给型,3,3,1.000,1.000,",
        ])
    }
}
