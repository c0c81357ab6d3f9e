import Foundation
import XCTest
@testable import PolicyModel

/// The bundled taxonomy and catalogue, as shipped.
final class BundledDataTests: XCTestCase {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

    func testTheTaxonomyHas31DivisionsWithValidCodesAnd11AreasInOrder() throws {
        let (taxonomy, problems) = CorpusLoader(taxonomyDirectory: Self.data.appendingPathComponent("taxonomy")).loadTaxonomy()
        XCTAssertEqual(problems, [])
        let t = try XCTUnwrap(taxonomy)
        XCTAssertEqual(t.divisions.count, 31)
        // GB/T 2260 provincial-level codes: two digits then 0000; no Hong Kong (81), Macao (82) or Taiwan (71).
        let expected = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"]
        XCTAssertEqual(t.divisions.map(\.code), expected.map { $0 + "0000" })
        XCTAssertEqual(Set(t.divisions.map(\.short)).count, 31, "short names are unique")
        XCTAssertTrue(t.divisions.allSatisfy { $0.pinyin != nil }, "each has the pinyin Chinese names sort by")
        XCTAssertEqual(t.division("150000")?.sortSpelling, "nei4 meng3 gu3")
        XCTAssertEqual(t.resolveDivision("冀")?.code, "130000")
        XCTAssertEqual(t.resolveDivision("Hebei")?.code, "130000")
        XCTAssertEqual(t.resolveDivision("河北省")?.code, "130000")
        XCTAssertEqual(t.areas.map(\.zh), ["创业创新", "协同制造", "现代农业", "智慧能源", "普惠金融", "益民服务",
                                           "高效物流", "电子商务", "便捷交通", "绿色生态", "人工智能"])
        XCTAssertEqual(t.problems.families.filter { $0.order <= 5 }.count, 5, "the five problem families of the review")
        for required in ["miit", "ndrc", "mof", "most", "mara", "mofcom", "mot", "nhc", "moe", "mee", "nea", "pboc",
                         "mohrss", "mca", "samr", "cac", "forestry", "mct", "state-council", "general-office"] {
            XCTAssertNotNil(t.issuer(required), required)
        }
        XCTAssertEqual(t.tools.classes.filter(\.isTool).map(\.id), ["supply", "environment", "demand"])
        XCTAssertTrue(t.tools.classes.contains { !$0.isTool }, "an 'other' class that is not a tool")
    }

    func testTheCatalogueValidatesAndCarriesTheGuidingOpinion() throws {
        let loader = CorpusLoader(taxonomyDirectory: Self.data.appendingPathComponent("taxonomy"))
        let result = loader.load(Self.data.appendingPathComponent("catalog"))
        XCTAssertEqual(result.problems, [])
        let corpus = try XCTUnwrap(result.corpus)
        XCTAssertFalse(corpus.isSynthetic)
        XCTAssertTrue(corpus.documents.allSatisfy { !$0.hasText }, "the catalogue ships no document text")
        let opinion = try XCTUnwrap(corpus.guidingOpinion)
        XCTAssertEqual(opinion.number, "国发〔2015〕40号")
        XCTAssertEqual(opinion.dateWritten?.description, "2015-07-01")
        XCTAssertEqual(opinion.datePublished?.description, "2015-07-04")
        XCTAssertEqual(opinion.source.seen, Provenance(place: .officialSite, fields: [.title, .number], url: opinion.source.url))
        XCTAssertFalse(corpus.findings(about: .province, "130000").isEmpty, "the review's finding on Hebei")
    }
}
