import Foundation
import XCTest
import PolicyModel
@testable import PolicyAnalysis

/// A local document with no central document before it in the corpus had nothing to copy from the centre: its
/// share copied from the centre was 0%, and the findings check said the review's vertical and horizontal copying
/// was "contradicted" on a corpus of one province. Both are unknown (since analysis version 63).
final class NoEarlierCentreTests: XCTestCase {
    private static let shared = "推动互联网与现代农业深度融合，建设一批农业物联网示范基地，培育农产品电子商务龙头企业，完善县乡村三级物流配送体系。"

    private static func document(_ id: String, level: DocumentLevel, region: String? = nil, date: String, text: String) -> AnalysisDocument {
        AnalysisDocument(id: id, level: level, regionCode: region, issuerIds: level.isCentral ? ["state-council"] : ["provincial-government"],
                         date: date, text: text)
    }

    private static func hebei(_ date: String) -> AnalysisDocument {
        document("hb", level: .provincial, region: "130000", date: date, text: "一、总体要求\n河北省本地的行动安排。" + shared + "\n")
    }

    func testALocalDocumentBeforeEveryCentralDocumentHasNoShareFromTheCentre() throws {
        let later = Self.document("gov", level: .national, date: "2017-03-01", text: "一、重点行动\n" + Self.shared + "各地区要结合实际抓好落实。\n")
        let result = PolicyAnalyzer().analyze([Self.hebei("2016-03-01"), later])
        let hb = try XCTUnwrap(result.documents.first { $0.id == "hb" })
        XCTAssertNil(hb.copiedFromCentre, "the only central document is later: nothing to copy from")
        XCTAssertNil(hb.copiedFromCentreGoals)
        XCTAssertNil(hb.copiedFromCentreActions)
        XCTAssertNil(result.indicators.byRegion["130000"]?.meanCopiedFromCentre, "the province's mean is unknown, not 0")
        // Written without the key, read back as unknown.
        let json = String(decoding: try result.jsonData(), as: UTF8.self)
        XCTAssertFalse(json.contains("\"copiedFromCentre\":0"), json)
        let read = try JSONDecoder().decode(AnalysisResult.self, from: Data(json.utf8))
        XCTAssertNil(read.documents.first { $0.id == "hb" }?.copiedFromCentre)
        XCTAssertNil(AnalysisSummary(result: result, filesStamp: nil, parts: []).documents.first { $0.id == "hb" }?.copiedFromCentre)
    }

    func testWithACentralDocumentBeforeItTheShareIsMeasured() throws {
        let earlier = Self.document("gov", level: .national, date: "2015-07-01", text: "一、重点行动\n" + Self.shared + "各地区要结合实际抓好落实。\n")
        let result = PolicyAnalyzer().analyze([Self.hebei("2016-03-01"), earlier])
        let share = try XCTUnwrap(result.documents.first { $0.id == "hb" }?.copiedFromCentre)
        XCTAssertGreaterThan(share, 0.5)
        // And one that copied nothing from an earlier centre is a measured 0, as before.
        let other = Self.document("sx", level: .provincial, region: "140000", date: "2016-04-01",
                                  text: "一、总体要求\n山西省自己写的安排完全不同，围绕煤炭产业数字化转型展开若干工作。\n")
        let second = PolicyAnalyzer().analyze([Self.hebei("2016-03-01"), earlier, other])
        XCTAssertEqual(second.documents.first { $0.id == "sx" }?.copiedFromCentre, 0)
    }

    func testTheFindingOfBothKindsOfCopyingIsNotTestableOnOneProvinceWithoutTheCentre() throws {
        let catalog = try FindingCheckTests.catalog.get()
        let hebei = PolicyDocument(id: "hb-1", title: "河北省关于积极推进“互联网+”行动的实施意见", number: "冀政发〔2016〕1号",
                                   issuers: ["provincial-government"], level: .provincial, region: "130000",
                                   dateWritten: PolicyDate("2016-03-01"), text: "一、总体要求\n河北省本地的行动安排。" + Self.shared + "\n")
        let corpus = Corpus(directory: FileManager.default.temporaryDirectory.appendingPathComponent("ipap-no-centre-\(UUID().uuidString)"),
                            info: CorpusInfo(name: "fixture"), taxonomy: catalog.taxonomy, documents: [hebei], findings: catalog.findings)
        let analysis = CorpusAnalysis(corpus: corpus)
        let result = PolicyAnalyzer(parameters: analysis.parameters).analyze(analysis.inputs)
        let finding = try XCTUnwrap(catalog.findings.first { $0.id == "vertical-horizontal" })
        let check = FindingChecker(context: FindingContext(corpus: corpus, analysis: result)).check(finding)
        XCTAssertEqual(check.verdict, .notTestable, "\(check.reason)")
        XCTAssertTrue(check.evidence.contains { $0.en.contains("no central document precedes a local one") }, "\(check.evidence)")
    }
}
