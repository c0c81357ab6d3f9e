import XCTest
@testable import PolicyAnalysis

/// Candidate pairs are aligned only from sources that hold some shared text first, or text that few earlier
/// documents hold (`ReuseDetector.seeds`): provinces that all took a passage from the centre are not aligned
/// with each other, and what they report does not change.
final class OriginSeedTests: XCTestCase {
    /// R (the centre) writes A; five provinces copy A; S copies A and adds B of its own; T copies A; U copies
    /// A and B from S. Documents in that order (earlier first).
    private static func corpus() -> [AnalysisDocument] {
        var rng = SplitMix64(seed: 7)
        let a = rng.ownText(60), b = rng.ownText(120)  // B longer: S -> U is more than what the centre explains
        var texts = [rng.ownText(200) + "。" + a + "。" + rng.ownText(200)]
        for _ in 0..<5 { texts.append(rng.ownText(150) + "。" + a + "。" + rng.ownText(150)) }
        texts.append(rng.ownText(150) + "。" + a + "，" + b + "。" + rng.ownText(150))
        texts.append(rng.ownText(150) + "。" + a + "。" + rng.ownText(150))
        texts.append(rng.ownText(150) + "。" + a + "，" + b + "。" + rng.ownText(150))
        return texts.enumerated().map { i, text in
            AnalysisDocument(id: "d\(i)", level: i == 0 ? .national : .provincial, regionCode: i == 0 ? nil : "\(11 + i)0000",
                             date: "2016-01-\(String(format: "%02d", i + 1))", text: text)
        }
    }

    /// The sources `seeds` keeps for document `target`.
    private func sources(of target: Int, in documents: [AnalysisDocument], parameters: ReuseParameters = ReuseParameters()) -> Set<Int32> {
        let n = documents.count
        let texts = documents.map { ContentText(contentOf: $0.text) }
        let prints = texts.map { Winnowing.fingerprints($0.scalars, k: parameters.k, window: parameters.window) }
        let rank = ReuseDetector.precedence(documents)
        let groups = FingerprintGroups(postings: ReuseDetector.sortedPostings(prints), documents: n, rank: rank,
                                       centralIssuers: ReuseDetector.centralIssuers(documents), parameters: parameters)
        var matches: [ReuseDetector.Match] = []
        var scratch = ReuseDetector.OriginScratch(documents: n)
        ReuseDetector.seeds(of: target, entries: groups.entries(of: target), sources: groups.sources, rank: rank,
                            parameters: parameters, into: &matches, scratch: &scratch)
        return Set(matches.map(\.src))
    }

    func testAPassageManyCopiedIsAlignedWithItsFirstHolderOnly() {
        let documents = Self.corpus()
        XCTAssertEqual(sources(of: 7, in: documents), [0], "T against the centre only, not the provinces that copied it too")
        var everyHolder = ReuseParameters()
        everyHolder.originFreeHolders = .max
        XCTAssertEqual(sources(of: 7, in: documents, parameters: everyHolder), [0, 1, 2, 3, 4, 5, 6])
    }

    func testSourcesFollowDatesNotTheOrderDocumentsAreListedIn() {
        // The same corpus listed latest first: each fingerprint's holders are read in precedence order, so
        // the first holder is still the centre, now listed last.
        let documents = Array(Self.corpus().reversed())
        let last = Int32(documents.count - 1)
        func listed(_ original: Int) -> Int { documents.count - 1 - original }
        XCTAssertEqual(sources(of: listed(7), in: documents), [last], "T against the centre only")
        XCTAssertEqual(sources(of: listed(8), in: documents), [last, Int32(listed(6))])
    }

    func testTextFewEarlierDocumentsHoldStillSeeds() {
        // U holds A (seven earlier holders: first the centre) and B (one earlier holder: S).
        XCTAssertEqual(sources(of: 8, in: Self.corpus()), [0, 6])
        // The second province: one earlier holder of A, the centre.
        XCTAssertEqual(sources(of: 1, in: Self.corpus()), [0])
    }

    func testWhatIsReportedIsWhatAligningEveryHolderReports() throws {
        let documents = Self.corpus()
        var everyHolder = ReuseParameters()
        everyHolder.originFreeHolders = .max
        let pairs = ReuseDetector().detect(documents)
        XCTAssertEqual(pairs.map { [$0.source, $0.target] }, ReuseDetector(parameters: everyHolder).detect(documents).map { [$0.source, $0.target] })
        XCTAssertEqual(pairs.map(\.passages), ReuseDetector(parameters: everyHolder).detect(documents).map(\.passages))
        XCTAssertTrue(pairs.contains { $0.source == "d0" && $0.target == "d7" })
        let sToU = try XCTUnwrap(pairs.first { $0.source == "d6" && $0.target == "d8" }, "S -> U: B is S's own")
        XCTAssertFalse(sToU.passages.filter { !$0.formula }.isEmpty)
    }
}
