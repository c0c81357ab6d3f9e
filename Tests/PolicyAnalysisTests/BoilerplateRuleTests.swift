import XCTest
@testable import PolicyAnalysis

/// The formula rule on the shape of a real corpus: one national guiding opinion and many provincial
/// implementations that copy it. Text of the centre found in every province is vertical copying, not a
/// formula; a formula every province writes (and the centre does not) is not reported as copying.
final class BoilerplateRuleTests: XCTestCase {
    static let provinces = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000",
                            "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000", "430000",
                            "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000",
                            "620000", "630000", "640000"]
    static let central = "加快推进互联网与经济社会各领域深度融合，充分发挥互联网在生产要素配置中的优化和集成作用，"
        + "培育一批具有国际竞争力的平台企业，形成网络化智能化服务化协同化的产业发展新形态。"
    static let addressee = "各市州人民政府，省政府各部门各直属机构：现将本省推进工作的有关事项通知如下，"
        + "请结合本地区本部门实际认真组织实施并按时报送进展情况。"

    /// Distinct, unrelated ideographs (no accidental shared runs between documents).
    static func filler(_ seed: UInt64, _ count: Int) -> String {
        var rng = SplitMix64(seed: seed)
        var s = ""
        for i in 1...count {
            s.unicodeScalars.append(Unicode.Scalar(0x4E00 + UInt32(rng.below(0x5000)))!)
            if i % 40 == 0 { s += "。\n" }
        }
        return s
    }

    func corpus() -> [AnalysisDocument] {
        var docs = [AnalysisDocument(id: "centre", level: .national, issuerIds: ["state-council"], date: "2015-07-01",
                                     text: "一、总体要求\n" + Self.filler(1, 400) + "\n二、重点行动\n" + Self.central + "\n" + Self.filler(2, 400))]
        for (i, code) in Self.provinces.enumerated() {
            let text = Self.addressee + "\n一、总体要求\n" + Self.filler(100 + UInt64(i), 300) + "\n二、重点任务\n"
                + Self.central + "\n" + Self.filler(200 + UInt64(i), 300)
            docs.append(AnalysisDocument(id: "p\(code)", level: .provincial, regionCode: code, issuerIds: ["provincial-government"],
                                         date: "2016-01-\(String(format: "%02d", i + 1))", text: text))
        }
        return docs
    }

    func testCentralParagraphInEveryProvinceIsVerticalReuseAndAddresseeFormulaIsNot() {
        let docs = corpus()
        let result = PolicyAnalyzer().analyze(docs)
        let vertical = result.reuse.filter { $0.relation == .vertical }
        XCTAssertEqual(Set(vertical.map(\.target)), Set(Self.provinces.map { "p" + $0 }), "every province copies the centre")
        XCTAssertTrue(vertical.allSatisfy { $0.source == "centre" })
        for pair in vertical {
            guard let text = docs.first(where: { $0.id == pair.target })?.text else { return XCTFail() }
            let reported = pair.passages.map { $0.target.substring(of: text) }.joined()
            XCTAssertTrue(reported.contains("充分发挥互联网在生产要素配置中的优化和集成作用"), "\(pair.target): \(reported)")
            XCTAssertFalse(reported.contains("现将本省推进工作的有关事项"), "\(pair.target): formula reported")
        }
        // The addressee formula is boilerplate; the shared central paragraph is not copying between provinces.
        XCTAssertTrue(result.reuse.allSatisfy { $0.relation == .vertical }, "\(result.reuse.map { "\($0.source)>\($0.target)" })")
        for d in result.documents where d.id != "centre" {
            XCTAssertGreaterThan(d.copiedFromCentre ?? 0, 0.05, d.id)
        }
    }

    func testFormulaOfThreeCentralIssuersIsNotCopying() {
        // The same paragraph in three central documents of different issuers and in every province: a
        // formula of the centre, listed at most as a formula, never as a copy.
        var docs = corpus()
        for (i, issuer) in ["miit", "ndrc"].enumerated() {
            docs.append(AnalysisDocument(id: "m\(i)", level: .ministerial, issuerIds: [issuer], date: "2015-08-0\(i + 1)",
                                         text: Self.filler(300 + UInt64(i), 500) + "\n" + Self.central + "\n"))
        }
        let result = PolicyAnalyzer().analyze(docs)
        XCTAssertTrue(result.reuse.isEmpty, "\(result.reuse.map { "\($0.source)>\($0.target)" })")
    }

    func testRuleWithoutCentralInformationTreatsAllAsLocal() {
        // Without levels every document is local: text in 31 of 31 local documents is a formula, listed as such.
        let docs = corpus()
        let texts = docs.map { ContentText(contentOf: $0.text) }
        let matches = ReuseDetector().passages(texts: texts, precedence: ReuseDetector.precedence(docs), formulaOnlyPairs: true)
        XCTAssertTrue(matches.allSatisfy(\.formula), "\(matches.filter { !$0.formula })")
    }

    func testPairsThatShareOnlyFormulaeAreLeftOutOfThePassages() {
        // Formula-heavy documents (the independent generator) share stock clauses pair by pair: found and judged
        // formulae, in pairs that share nothing else, which no pair list shows and no indicator counts.
        let docs = FormulaCorpusGenerator(seed: 4, documents: 60, length: 3000).generate().documents
        let texts = docs.map { ContentText(contentOf: $0.text) }
        func byPair(formulaOnlyPairs: Bool) -> [String: [PassageMatch]] {
            let found = ReuseDetector().passages(texts: texts, precedence: ReuseDetector.precedence(docs),
                                                 centralIssuers: ReuseDetector.centralIssuers(docs),
                                                 families: ReuseDetector.families(docs), formulaOnlyPairs: formulaOnlyPairs)
            return Dictionary(grouping: found) { "\($0.source)>\($0.target)" }
        }
        let all = byPair(formulaOnlyPairs: true), kept = byPair(formulaOnlyPairs: false)
        // (A pair whose copies the indirect-copy filter drops keeps its formulae in both: no list shows it.)
        func withCopies(_ pairs: [String: [PassageMatch]]) -> [String: [PassageMatch]] { pairs.filter { !$0.value.allSatisfy(\.formula) } }
        XCTAssertGreaterThan(all.count - withCopies(all).count, kept.count - withCopies(kept).count, "pairs that share only formulae are left out")
        XCTAssertFalse(withCopies(kept).isEmpty)
        XCTAssertEqual(withCopies(kept), withCopies(all), "the other pairs keep every passage, formulae too")
    }
}
