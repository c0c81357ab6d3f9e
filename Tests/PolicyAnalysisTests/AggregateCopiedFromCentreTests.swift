import XCTest
@testable import PolicyAnalysis

/// Copying from the centre is a local document's indicator: a group's mean is over its local members, and a group
/// of central documents has none (analysis version 47; before, a central member's 0 was averaged in).
final class AggregateCopiedFromCentreTests: XCTestCase {
    func testEveryFamilyAveragesItsLocalMembersOnly() throws {
        let demo = DemoCorpusGenerator(seed: 5, documents: 40, length: 1500).generate()
        let result = PolicyAnalyzer().analyze(demo.documents)
        let level = Dictionary(uniqueKeysWithValues: demo.documents.map { ($0.id, $0.level) })
        let copied = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.id, $0.copiedFromCentre) })
        let i = result.indicators
        var mixedGroupsWithCopying = 0
        for (family, groups) in [("byRegion", i.byRegion), ("byIssuer", i.byIssuer), ("byArea", i.byArea),
                                 ("byLevel", i.byLevel), ("byYear", i.byYear)] {
            for (key, group) in groups {
                let local = group.documents.filter { level[$0]?.isCentral != true }.compactMap { copied[$0] ?? nil }
                if local.isEmpty {
                    XCTAssertNil(group.meanCopiedFromCentre, "\(family) \(key): no local member, no mean")
                    continue
                }
                let expected = local.reduce(0, +) / Double(local.count)
                XCTAssertEqual(try XCTUnwrap(group.meanCopiedFromCentre, "\(family) \(key)"), expected, accuracy: 1e-12, "\(family) \(key)")
                if local.count < group.documents.count && expected > 0 { mixedGroupsWithCopying += 1 }
            }
        }
        // The case the rule is for: groups holding central and local documents, the local ones copying.
        XCTAssertGreaterThan(mixedGroupsWithCopying, 0)
        XCTAssertNil(i.byLevel[DocumentLevel.national.rawValue]?.meanCopiedFromCentre)
        XCTAssertNotNil(i.byLevel[DocumentLevel.provincial.rawValue]?.meanCopiedFromCentre)
    }

    func testAStoredAggregateWithoutLocalMembersReadsBackAsUnknown() throws {
        let demo = DemoCorpusGenerator(seed: 5, documents: 12, length: 800).generate()
        let result = PolicyAnalyzer().analyze(demo.documents)
        let data = try result.jsonData()
        XCTAssertEqual(try JSONDecoder().decode(AnalysisResult.self, from: data).indicators, result.indicators)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let byLevel = try XCTUnwrap((json["indicators"] as? [String: Any])?["byLevel"] as? [String: Any])
        let national = try XCTUnwrap(byLevel[DocumentLevel.national.rawValue] as? [String: Any])
        XCTAssertTrue(national["meanCopiedFromCentre"] == nil || national["meanCopiedFromCentre"] is NSNull, "\(national)")
        let provincial = try XCTUnwrap(byLevel[DocumentLevel.provincial.rawValue] as? [String: Any])
        XCTAssertTrue(provincial["meanCopiedFromCentre"] is NSNumber, "\(provincial)")
    }

    func testNoCentralPairHasNoMeanOverlap() throws {
        let docs = [AnalysisDocument(id: "c1", level: .national, issuerIds: ["gwy"], date: "2015-07-01", text: "一、总体要求\n加快发展互联网经济。"),
                    AnalysisDocument(id: "p1", level: .provincial, regionCode: "440000", issuerIds: ["gd"], date: "2016-01-01",
                                     text: "一、总体要求\n推进本省制造业转型。")]
        let result = PolicyAnalyzer().analyze(docs)
        XCTAssertEqual(result.indicators.centralOverlapPairs, 0)
        XCTAssertNil(result.indicators.meanCentralOverlapShare)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try result.jsonData()) as? [String: Any])
        let indicators = try XCTUnwrap(json["indicators"] as? [String: Any])
        XCTAssertTrue(indicators["meanCentralOverlapShare"] == nil || indicators["meanCentralOverlapShare"] is NSNull, "\(indicators)")
    }
}
