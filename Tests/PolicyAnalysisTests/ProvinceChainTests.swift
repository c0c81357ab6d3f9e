import XCTest
@testable import PolicyAnalysis

/// Central text passed down to a city through its province (`ReuseParameters.provinceToCityChains`): the
/// province -> city pair is reported beside the centre's when the city's copy follows the province's version
/// at least as closely as the centre's, also when many earlier documents hold the text (`ReuseDetector.seeds`).
final class ProvinceChainTests: XCTestCase {
    /// R (the centre) writes A, four clauses with "中西部地区" in the second; two provinces copy A; Jiangxi's
    /// province S copies A with "江西省" for "中西部地区"; its cities T (S's version), U (the centre's version,
    /// word for word) and V (S's version with an edit of its own in the third clause); a Guangdong city G
    /// copies S's version. R, the two provinces and S also hold B word for word, later in their texts, and
    /// a last city W of Jiangxi holds B only. Documents in that order (earlier first): B has four earlier
    /// holders in W, more than `originFreeHolders`, so S is W's source only as W's province.
    private static func corpus() -> [AnalysisDocument] {
        var rng = SplitMix64(seed: 11)
        let c = (0..<5).map { _ in rng.ownText(22) }
        let a = c[0] + "，" + c[1] + "中西部地区" + c[2] + "，" + c[3] + "，" + c[4] + "。"
        let edited = c[0] + "，" + c[1] + "江西省" + c[2] + "，" + c[3] + "，" + c[4] + "。"
        let b = (0..<4).map { _ in rng.ownText(24) }.joined(separator: "，") + "。"
        let cityEdit = c[0] + "，" + c[1] + "江西省" + c[2] + "，" + c[3].prefix(10) + "宜春市" + c[3].dropFirst(13) + "，" + c[4] + "。"
        func doc(_ body: String) -> String { rng.ownText(150) + "。" + body + rng.ownText(150) + "。" }
        var docs: [(DocumentLevel, String?, String)] = [(.national, nil, doc(a) + doc(b))]
        for code in ["220000", "230000"] { docs.append((.provincial, code, doc(a) + doc(b))) }
        docs.append((.provincial, "360000", doc(edited) + doc(b)))   // 3: S
        docs.append((.municipal, "360900", doc(edited)))     // 4: T
        docs.append((.municipal, "360100", doc(a)))          // 5: U
        docs.append((.municipal, "360900", doc(cityEdit)))   // 6: V
        docs.append((.municipal, "440300", doc(edited)))     // 7: G
        docs.append((.municipal, "360700", doc(b)))          // 8: W
        return docs.enumerated().map { i, d in
            AnalysisDocument(id: "d\(i)", level: d.0, regionCode: d.1, date: "2016-01-\(String(format: "%02d", i + 1))", text: d.2)
        }
    }

    func testTextManyEarlierDocumentsHoldIsAlignedWithTheCitysProvince() {
        // B word for word in S and W as in the centre: S's version is W's, both are listed.
        let found = pairs()
        XCTAssertTrue(found.isSuperset(of: ["d0>d8", "d3>d8"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("d1>d8"))
    }

    func testAProvinceToCityPairIsNamedSo() throws {
        let pairs = ReuseDetector().detect(Self.corpus())
        XCTAssertEqual(pairs.first { $0.source == "d3" && $0.target == "d4" }?.relation, .provinceToCity)
        XCTAssertEqual(pairs.first { $0.source == "d0" && $0.target == "d4" }?.relation, .vertical)
        let province = AnalysisDocument(id: "p", level: .provincial, regionCode: "360000", text: "")
        let city = AnalysisDocument(id: "c", level: .municipal, regionCode: "360900", text: "")
        let otherCity = AnalysisDocument(id: "o", level: .municipal, regionCode: "440300", text: "")
        XCTAssertEqual(ReuseRelation.between(source: province, target: city), .provinceToCity)
        XCTAssertEqual(ReuseRelation.between(source: city, target: province), .other, "a city's text taken up by its province")
        XCTAssertEqual(ReuseRelation.between(source: city, target: city), .other)
        XCTAssertEqual(ReuseRelation.between(source: province, target: otherCity), .horizontal)
        XCTAssertEqual(ReuseRelation.between(source: province, target: AnalysisDocument(id: "x", level: .municipal, text: "")), .other,
                       "no region: nothing seen")
    }

    /// The filter's exemption (`Channel.passesDown`, on document indices) and the relation's name
    /// (`ReuseRelation.between`, on documents) decide "a provincial document and a city of its province" each
    /// in its own way; they must agree on every ordered pair of every kind of document.
    func testTheFiltersChannelAndTheRelationAgree() {
        let kinds: [(DocumentLevel, String?)] = [
            (.national, nil), (.ministerial, nil), (.provincial, "360000"), (.provincial, "440000"), (.provincial, nil),
            (.municipal, "360900"), (.municipal, "360100"), (.municipal, "440300"), (.municipal, nil), (.ministerial, "360000"),
        ]
        let docs = kinds.enumerated().map { i, k in AnalysisDocument(id: "k\(i)", level: k.0, regionCode: k.1, text: "") }
        let channels = ReuseDetector.channels(docs)
        var seen = 0
        for s in docs.indices { for t in docs.indices where s != t {
            let passes = ReuseDetector.Channel.passesDown(from: channels[s], to: channels[t])
            XCTAssertEqual(passes, ReuseRelation.between(source: docs[s], target: docs[t]) == .provinceToCity, "\(kinds[s]) -> \(kinds[t])")
            if passes { seen += 1 }
        } }
        XCTAssertEqual(seen, 3, "360000 -> 360900 and 360100, 440000 -> 440300")
    }

    private func pairs(_ parameters: ReuseParameters = ReuseParameters()) -> Set<String> {
        Set(ReuseDetector(parameters: parameters).detect(Self.corpus())
            .filter { $0.passages.contains { !$0.formula } }
            .map { $0.source + ">" + $0.target })
    }

    func testACityThatFollowsItsProvincesVersionIsReportedFromItsProvinceAndTheCentre() {
        let found = pairs()
        XCTAssertTrue(found.isSuperset(of: ["d0>d3", "d0>d4", "d3>d4"]), "\(found.sorted())")
        XCTAssertTrue(found.contains("d3>d6"), "a city edit of its own after the province's: still closer to S than to R")
        XCTAssertTrue(found.contains("d0>d6"))
    }

    func testACityThatHasTheCentresVersionIsReportedFromTheCentreOnly() {
        let found = pairs()
        XCTAssertTrue(found.contains("d0>d5"))
        XCTAssertFalse(found.contains("d3>d5"), "U lacks S's edit: it took the text from the centre")
    }

    func testAnotherProvincesCityAndOtherProvincesAreNotChains() {
        let found = pairs()
        XCTAssertTrue(found.contains("d0>d7"))
        // Not a chain; G holds S's place name where the centre has 中西部地区, fewer characters than
        // `editedVersionLead` more like S's version: as two provinces' own place names, not surely S's copy.
        XCTAssertFalse(found.contains("d3>d7"), "G is not a city of S's province")
        for province in 1...2 {
            XCTAssertFalse(found.contains("d\(province)>d4"), "T and d\(province) both took it from the centre")
        }
    }

    func testWithoutChainsTheCentreAloneIsTheSource() {
        var parameters = ReuseParameters()
        parameters.provinceToCityChains = false
        let found = pairs(parameters)
        XCTAssertTrue(found.contains("d0>d4"))
        XCTAssertFalse(found.contains("d3>d4"))
        XCTAssertFalse(found.contains("d3>d6"))
    }

    /// A province that copies another's version of a central sentence, with the clause that one inserted, took it
    /// from that province (QA, 2026-12-07: Jiangxi had Anhui's inserted clause and was listed as the centre's copy
    /// only, the horizontal pair dropped as indirect); one with the centre's version word for word took it from the
    /// centre, whatever the other provinces did.
    func testAProvinceThatCopiesAnothersEditedVersionTookItFromThatProvince() {
        var rng = SplitMix64(seed: 5)
        let c = (0..<4).map { _ in rng.ownText(20) }
        let central = c[0] + "，" + c[1] + "，" + c[2] + "，" + c[3] + "。"
        let inserted = c[0] + "，" + c[1] + "，" + rng.ownText(22) + "，" + c[2] + "，" + c[3] + "。"
        func doc(_ body: String) -> String { rng.ownText(120) + "。" + body + rng.ownText(120) + "。" }
        let texts: [(DocumentLevel, String?, String)] = [(.national, nil, doc(central)), (.provincial, "340000", doc(inserted)),
                                                         (.provincial, "360000", doc(inserted)), (.provincial, "440000", doc(central))]
        let docs = texts.enumerated().map { i, d in
            AnalysisDocument(id: "e\(i)", level: d.0, regionCode: d.1, date: "2016-02-\(String(format: "%02d", i + 1))", text: d.2)
        }
        let found = Set(ReuseDetector().detect(docs).filter { $0.passages.contains { !$0.formula } }.map { $0.source + ">" + $0.target })
        XCTAssertTrue(found.isSuperset(of: ["e0>e1", "e0>e2", "e1>e2", "e0>e3"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("e1>e3"), "the centre's version word for word: the centre's copy")
        XCTAssertFalse(found.contains("e2>e3"))
    }
}
