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

    /// Two analysts' agreement over three clauses both coded, one of them with a tool the taxonomy lacks.
    private var withAnUnknownTool: CoderAgreement {
        let overall = CoderAgreement.Kappa(toolClass: nil, units: 2, agreements: 2, observed: 1, expected: 0.5, kappa: 1)
        return CoderAgreement(coderA: "wang", coderB: "li", classes: ["supply"], overall: overall, perClass: [], disagreements: [],
                              unclassified: [CoderAgreement.Unit(document: "gf-2015-40", clause: 3), CoderAgreement.Unit(document: "gf-2015-40", clause: 7)])
    }

    /// The clauses both coded where a tool is not in the taxonomy were computed and shown nowhere: the kappas'
    /// clauses (2) read as all that both coded (4).
    func testTheTableNamesTheClausesWithAnUnknownTool() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        let chinese = ReviewAgreementCommand.tableTexts([withAnUnknownTool], taxonomy: taxonomy, language: .chinese)
        XCTAssertEqual(chinese.first, "wang / li：两人都编码的条款 2 条")
        XCTAssertTrue(chinese.contains("两人都编码、工具未知（分类中没有）的条款 2 条，未计入 Kappa：文件 gf-2015-40 条款 3；文件 gf-2015-40 条款 7"),
                      chinese.joined(separator: "\n"))
        let english = ReviewAgreementCommand.tableTexts([withAnUnknownTool], taxonomy: taxonomy, language: .english)
        XCTAssertTrue(english.contains("2 clauses coded by both with an unknown tool (not in the taxonomy), left out of the kappas: "
                                       + "document gf-2015-40 clause 3; document gf-2015-40 clause 7"), english.joined(separator: "\n"))
        var none = withAnUnknownTool
        none.unclassified = []
        XCTAssertFalse(ReviewAgreementCommand.tableTexts([none], taxonomy: taxonomy, language: .english).joined().contains("unknown tool"))
    }

    /// The CSV is one row per kappa: the clauses left out of them go to stderr, per pair of analysts.
    func testTheCSVSaysTheClausesWithAnUnknownToolBesideIt() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        var one = withAnUnknownTool
        one.unclassified.removeLast()
        XCTAssertEqual(ReviewAgreementCommand.csvNotes([one], taxonomy: taxonomy, language: .english),
                       ["wang / li: 1 clause coded by both with an unknown tool (not in the taxonomy), left out of the kappas: document gf-2015-40 clause 3"])
        XCTAssertEqual(ReviewAgreementCommand.csvNotes([one], taxonomy: taxonomy, language: .chinese),
                       ["wang / li：两人都编码、工具未知（分类中没有）的条款 1 条，未计入 Kappa：文件 gf-2015-40 条款 3"])
        one.unclassified = []
        XCTAssertEqual(ReviewAgreementCommand.csvNotes([one], taxonomy: taxonomy, language: .english), [])
    }
}
