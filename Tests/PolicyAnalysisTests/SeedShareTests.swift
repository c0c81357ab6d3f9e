import XCTest
@testable import PolicyAnalysis

/// A fingerprint held by more than `seedShare` of the documents finds no candidate pair unless it descends from
/// the centre (since analysis version 64; `formulaShare`, 0.2, before): stock phrases in 5-20% of a corpus made
/// most of the pairs aligned on formula-heavy text, every one then judged a formula. Inside a pair found through
/// other text the alignment still measures it.
final class SeedShareTests: XCTestCase {
    /// 250 documents, earlier first: a stock sentence X in documents 10 to 29 (8% of them, none central), and
    /// text Y of its own that documents 100 and 200 share, with X just before it in both.
    private static func corpus(centralHoldsX: Bool = false) -> (documents: [AnalysisDocument], x: String, y: String) {
        var rng = SplitMix64(seed: 62)
        let x = rng.ownText(40), y = rng.ownText(60)
        let documents = (0..<250).map { i -> AnalysisDocument in
            var text = rng.ownText(80) + "。"
            if (10..<30).contains(i) || (centralHoldsX && i == 0) { text += x + "。" + rng.ownText(40) + "。" }
            if i == 100 || i == 200 { text += x + "。" + y + "。" }
            text += rng.ownText(60) + "。"
            let central = i == 0
            return AnalysisDocument(id: String(format: "d%03d", i), level: central ? .national : .provincial,
                                    regionCode: central ? nil : "\(11 + i % 20)0000",
                                    issuerIds: central ? ["state-council"] : ["provincial-government"],
                                    date: String(format: "2016-%02d-%02d", 1 + i / 28, 1 + i % 28), text: text)
        }
        return (documents, x, y)
    }

    /// The sources `seeds` keeps for document `target`.
    private func sources(of target: Int, in documents: [AnalysisDocument], parameters: ReuseParameters = ReuseParameters()) -> Set<Int32> {
        Set(seeds(of: target, in: documents, parameters: parameters).map(\.src))
    }

    /// The seeds of document `target` with its sources.
    private func seeds(of target: Int, in documents: [AnalysisDocument], parameters: ReuseParameters = ReuseParameters()) -> [ReuseDetector.Match] {
        let texts = documents.map { ContentText(contentOf: $0.text) }
        let prints = texts.map { Winnowing.fingerprints($0.scalars, k: parameters.k, window: parameters.window) }
        let rank = ReuseDetector.precedence(documents)
        let groups = FingerprintGroups(postings: ReuseDetector.sortedPostings(prints), documents: documents.count, rank: rank,
                                       centralIssuers: ReuseDetector.centralIssuers(documents), parameters: parameters)
        var matches: [ReuseDetector.Match] = []
        var scratch = ReuseDetector.OriginScratch(documents: documents.count)
        ReuseDetector.seeds(of: target, entries: groups.entries(of: target), sources: groups.sources, rank: rank,
                            parameters: parameters, into: &matches, scratch: &scratch)
        return matches
    }

    /// X's k-grams are held by 22 of the 250 documents (8.8%): none of those seeds. Only a k-gram at its edges, which
    /// the window selects in a few holders only (its neighbours differ), is rarer and still seeds with them.
    func testAStockSentenceInEightPercentOfTheDocumentsFindsNoPairThroughItsOwnFingerprints() {
        let documents = Self.corpus().documents
        var before = ReuseParameters()
        before.seedShare = 0.2
        XCTAssertTrue(sources(of: 25, in: documents, parameters: before).contains(10), "under 20%: its first holder was aligned")
        XCTAssertFalse(sources(of: 25, in: documents).contains(10), "over 5%: its first holder is no longer aligned")
        XCTAssertLessThan(seeds(of: 25, in: documents).count * 4, seeds(of: 25, in: documents, parameters: before).count)
    }

    func testAStockSentenceTheCentreHoldsIsMatchedAgainstTheCentre() {
        let documents = Self.corpus(centralHoldsX: true).documents
        XCTAssertTrue(sources(of: 25, in: documents).contains(0), "descends from the centre: matched against it")
        XCTAssertFalse(sources(of: 25, in: documents).contains(10), "not against its first provincial holder")
    }

    func testInsideAPairFoundThroughOtherTextTheStockSentenceIsMeasured() throws {
        let (documents, x, y) = Self.corpus()
        XCTAssertEqual(sources(of: 200, in: documents), [100], "Y, of the pair's own, finds the pair")
        let pair = try XCTUnwrap(ReuseDetector().detect(documents).first { $0.source == "d100" && $0.target == "d200" })
        let target = documents[200].text
        let start = try XCTUnwrap(target.range(of: x + "。" + y)), end = try XCTUnwrap(target.range(of: y))
        let from = target.unicodeScalars.distance(from: target.unicodeScalars.startIndex, to: start.lowerBound)
        let to = target.unicodeScalars.distance(from: target.unicodeScalars.startIndex, to: end.upperBound)
        XCTAssertTrue(pair.passages.contains { !$0.formula && abs($0.target.start - from) <= 2 && abs($0.target.end - to) <= 2 },
                      "one passage over X and Y: \(pair.passages.map { "\($0.target.start)-\($0.target.end)" }), expected \(from)-\(to)")
    }
}
