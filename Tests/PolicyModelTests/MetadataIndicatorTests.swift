import Foundation
import XCTest
@testable import PolicyModel

/// Response lag, area coverage and year-precision dates on the bundled catalogue, where the defects were seen.
final class MetadataIndicatorTests: XCTestCase {
    static let catalog: Corpus = {
        let data = BundledDataTests.data
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        guard let corpus = result.corpus else { preconditionFailure("the bundled catalogue loads: \(result.problems)") }
        return corpus
    }()

    func profile(_ name: String) throws -> ProvinceProfile {
        let division = try XCTUnwrap(Self.catalog.taxonomy.resolveDivision(name))
        return ProvinceProfile(division: division, corpus: Self.catalog)
    }

    func testLagIsMeasuredFromTheMainImplementationDocument() throws {
        // Hainan's first Internet Plus document is an e-licence notice (2016-09-02); its main document is
        // 46-gov-20170418, signed 2017-04-18: 657 days after the opinion was signed (2015-07-01).
        let hainan = try profile("海南")
        XCTAssertEqual(hainan.firstResponse?.id, "46-gov-20170418")
        XCTAssertEqual(hainan.responseLag, .days(657))
        XCTAssertEqual(hainan.responseLagLine.zh, "657 天（46-gov-20170418）")
    }

    func testADocumentBeforeTheOpinionIsNeverANegativeLag() throws {
        let sichuan = try profile("四川")
        XCTAssertEqual(sichuan.responseLag, .beforeOpinion)
        XCTAssertNil(sichuan.responseLagDays)
        XCTAssertNil(sichuan.mainDocument)
        // Not a main implementation document: said wherever the lag is (it was 'before the opinion (川办发〔2015〕55号)',
        // under a timeline header naming main implementation documents).
        XCTAssertTrue(sichuan.responseFromEarlierDocument)
        XCTAssertEqual(sichuan.responseLagLine.en, "before the opinion (川办发〔2015〕55号, not a main document)")
        XCTAssertEqual(sichuan.responseLagLine.zh, "早于指导意见（川办发〔2015〕55号，非主要实施文件）")
        XCTAssertEqual(sichuan.responseLagLabel.zh, "早于指导意见（非主要实施文件）")
        XCTAssertFalse(try profile("海南").responseFromEarlierDocument)
        XCTAssertEqual(try profile("海南").responseLagLabel.zh, "657 天")
        for division in Self.catalog.taxonomy.divisions {
            let p = ProvinceProfile(division: division, corpus: Self.catalog)
            XCTAssertGreaterThanOrEqual(p.responseLagDays ?? 0, 0, division.zh)
        }
    }

    func testAYearInTheNumberIsAYearPrecisionDate() throws {
        let beijing = try XCTUnwrap(Self.catalog.resolveDocument("京政发〔2016〕4号"))
        XCTAssertNil(beijing.date)
        XCTAssertEqual(beijing.year, 2016)
        XCTAssertTrue(beijing.yearFromNumber)
        XCTAssertEqual(beijing.dateLabel(.chinese), "2016（据文号）")
        XCTAssertEqual(try profile("北京").responseLag, .yearOnly(2016))
        let hebei = try XCTUnwrap(Self.catalog.resolveDocument("冀政发〔2017〕4号"))
        XCTAssertTrue(DocumentFilter(year: 2017).apply(to: Self.catalog.documents).contains(hebei))
        XCTAssertFalse(DocumentFilter(year: 2016).apply(to: Self.catalog.documents).contains(hebei))
        XCTAssertEqual(DocumentNumber.year("国发〔2015〕40号"), 2015)
        XCTAssertEqual(DocumentNumber.year("川办发[2015]55号"), 2015)
        XCTAssertNil(DocumentNumber.year("国发40号"))
        XCTAssertNil(DocumentNumber.year("发〔15〕40号"))
    }

    /// A corpus without the guiding opinion counts the lag from its known written date (2015-07-01), the same days as
    /// with it; before, it said "no main implementation document" beside the main document it named (QA pass 50).
    func testWithoutTheOpinionTheLagCountsFromItsWrittenDate() throws {
        let c = Self.catalog
        let without = Corpus(directory: c.directory, info: c.info, taxonomy: c.taxonomy,
                             documents: c.documents.filter { $0.number != DocumentNumber.guidingOpinion }, findings: c.findings)
        XCTAssertNil(without.guidingOpinion)
        let division = try XCTUnwrap(c.taxonomy.resolveDivision("海南"))
        let hainan = ProvinceProfile(division: division, corpus: without)
        XCTAssertEqual(hainan.firstResponse?.id, "46-gov-20170418")
        XCTAssertEqual(hainan.responseLag, .days(657))
        for division in c.taxonomy.divisions {
            let with = ProvinceProfile(division: division, corpus: c), lacking = ProvinceProfile(division: division, corpus: without)
            XCTAssertEqual(lacking.responseLag, with.responseLag, division.zh)
        }
    }

    func testHebeiHasADocumentButNoMainImplementationDocument() throws {
        let hebei = try profile("河北")
        XCTAssertEqual(hebei.documents.count, 1)
        XCTAssertNil(hebei.firstResponse)
        XCTAssertEqual(hebei.responseLag, .noMainDocument)
    }

    func testCoverageOfAComprehensiveDocumentWithoutTextIsUnknownAndNeverZero() throws {
        let beijing = try profile("北京")
        guard case .unknown(let uncoded) = beijing.areaCoverage else { return XCTFail("\(beijing.areaCoverage)") }
        XCTAssertEqual(uncoded.map(\.id), ["11-zf-2016-4"])
        XCTAssertNil(beijing.areaCoverage.areas)
        XCTAssertEqual(beijing.areaCoverage.label(of: 11).zh, "未知（综合文件未按全文编码）")
        // Coded from its text (as an analysis would), the same document gives a known coverage.
        let coded = ProvinceProfile(division: beijing.division, corpus: Self.catalog,
                                    textAreas: ["11-zf-2016-4": ["entrepreneurship", "manufacturing"]])
        XCTAssertEqual(coded.areaCoverage, .known(["entrepreneurship", "manufacturing"], fromText: true))
        // Hebei's one document names its sector, but its main document is missing from the corpus: what the
        // province covers is unknown, not 1 of 11 (its titles still say 1, labelled as titles).
        let hebei = try profile("河北")
        XCTAssertEqual(hebei.areaCoverage, .unknown(uncoded: []))
        XCTAssertEqual(hebei.areaCoverage.label(of: 11).en, "unknown (no main implementation document)")
        XCTAssertEqual(hebei.titleAreas, ["public-services"])
        // The area page: provinces whose comprehensive document is uncoded are unknown, not absent.
        let area = try XCTUnwrap(Self.catalog.taxonomy.area("entrepreneurship"))
        let p = AreaProfile(area: area, corpus: Self.catalog)
        XCTAssertTrue(p.provincesUnknown.contains("110000"))
        XCTAssertFalse(p.provinces.contains("110000"))
    }

    func testAnIssuersAreasAreUnknownWhileAComprehensiveDocumentIsNotCoded() throws {
        let miit = try XCTUnwrap(Self.catalog.taxonomy.issuer("miit"))
        let p = IssuerProfile(issuer: miit, corpus: Self.catalog)
        let comprehensive = p.documents.filter(\.isComprehensive)
        XCTAssertFalse(comprehensive.isEmpty, "MIIT has a document whose title names no area")
        XCTAssertEqual(p.uncodedComprehensive.map(\.id), comprehensive.map(\.id))
        // Titles name two areas; the other nine may be in the comprehensive document's text: unknown, not absent.
        XCTAssertEqual(p.areasTouched.count + p.areasUnknown.count, Self.catalog.taxonomy.areas.count)
        XCTAssertTrue(Set(p.areasTouched).isDisjoint(with: p.areasUnknown))
        // Coded from its text (as an analysis would), the same documents make every area known.
        let coded = IssuerProfile(issuer: miit, corpus: Self.catalog,
                                  textAreas: Dictionary(uniqueKeysWithValues: comprehensive.map { ($0.id, ["agriculture"]) }))
        XCTAssertEqual(coded.areasUnknown, [])
        XCTAssertEqual(coded.uncodedComprehensive.count, 0)
        XCTAssertEqual(coded.areasTouched, Self.catalog.taxonomy.areas.map(\.id).filter { p.areasTouched.contains($0) || $0 == "agriculture" })
        // An issuer whose documents all name their areas has nothing unknown.
        let most = try XCTUnwrap(Self.catalog.taxonomy.issuer("most"))
        let q = IssuerProfile(issuer: most, corpus: Self.catalog)
        XCTAssertFalse(q.documents.isEmpty)
        XCTAssertEqual(q.areasUnknown, [])
    }

    func testACentralIssuerWithAnUncodedPolicyIsUnknownForTheAreasItIsNotSeenIn() throws {
        let energy = try XCTUnwrap(Self.catalog.taxonomy.area("energy"))
        let p = AreaProfile(area: energy, corpus: Self.catalog)
        // The General Office's policies whose titles name no area (国办发 on broadband, big data, platforms) have no text.
        XCTAssertFalse(p.centralIssuers.contains("general-office"))
        XCTAssertTrue(p.centralIssuersUnknown.contains("general-office"))
        // Its approval of a joint conference (…同意建立…函) transmits no policy: it makes nothing unknown by itself.
        let approval = try XCTUnwrap(Self.catalog.documents.first { $0.title.contains("同意建立数字经济发展部际联席会议制度的函") })
        XCTAssertEqual(approval.documentClass, .approval)
        XCTAssertFalse(approval.coversAreasOnlyInText)
        // Coded from their texts, the issuer is known for the area or not, never unknown.
        let uncoded = Self.catalog.documents.filter { $0.isCentral && $0.coversAreasOnlyInText }
        let inEnergy = AreaProfile(area: energy, corpus: Self.catalog,
                                   textAreas: Dictionary(uniqueKeysWithValues: uncoded.map { ($0.id, $0.issuers.contains("general-office") ? ["energy"] : []) }))
        XCTAssertTrue(inEnergy.centralIssuers.contains("general-office"))
        XCTAssertEqual(inEnergy.centralIssuersUnknown, [])
    }
}
