import XCTest
@testable import PolicyAnalysis

final class ReuseDetectorTests: XCTestCase {
    func testPlantedReuseIsFoundWithHighRecallAndPrecision() {
        for seed: UInt64 in [1, 2, 3] {
            let corpus = DemoCorpusGenerator(seed: seed, documents: 60, length: 3000).generate()
            let pairs = ReuseDetector().detect(corpus.documents)
            let eval = ReuseEvaluation(corpus: corpus, pairs: pairs)
            print("seed \(seed): planted \(corpus.planted.count) (verbatim \(eval.verbatimPlanted), edited \(eval.editedPlanted)),",
                  "recall \(eval.recall), precision \(eval.precision), edited flag \(eval.editedAccuracy),",
                  "pairs \(pairs.count), spurious \(eval.spuriousPairs.count) \(eval.spuriousPairs.prefix(5))")
            XCTAssertGreaterThan(eval.verbatimPlanted, 10)
            XCTAssertGreaterThan(eval.editedPlanted, 10)
            XCTAssertGreaterThanOrEqual(eval.recall, 0.95, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(eval.precision, 0.95, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(eval.editedAccuracy, 0.90, "seed \(seed)")
            // A pair the generator did not plant is only ever a province -> city channel: the province and its
            // city both received one passage of an earlier document (`provinceToCityChains`).
            let unexplained = eval.spuriousPairs.filter { !Self.isChannel($0, in: corpus) }
            XCTAssertTrue(unexplained.isEmpty, "seed \(seed): \(unexplained)")
        }
    }

    /// Whether "S>T" is a provincial document and a municipal one of its province into which the generator
    /// planted copies of one passage (overlapping spans of one source).
    static func isChannel(_ pair: String, in corpus: DemoCorpus) -> Bool {
        let ids = pair.split(separator: ">").map(String.init)
        guard ids.count == 2, let s = corpus.documents.first(where: { $0.id == ids[0] }),
              let t = corpus.documents.first(where: { $0.id == ids[1] }),
              s.level == .provincial, t.level == .municipal, s.provinceKey == t.provinceKey else { return false }
        let intoS = corpus.planted.filter { $0.targetId == s.id }
        let intoT = corpus.planted.filter { $0.targetId == t.id }
        return intoS.contains { a in intoT.contains { b in a.sourceId == b.sourceId && a.source.overlap(with: b.source) > 0 } }
    }
}

final class ReuseStopTests: XCTestCase {
    /// A stop asked for during the search ends it at the next block of targets: the dashboard's `x` does not
    /// wait for the whole reuse stage (the caller then throws the partial result away).
    func testAStopEndsTheSearchAtTheNextBlock() {
        let corpus = DemoCorpusGenerator(seed: 6, documents: 80, length: 2500).generate()
        let documents = corpus.documents.sorted { $0.id < $1.id }
        let texts = documents.map { ContentText(contentOf: $0.text) }
        let rank = ReuseDetector.precedence(documents)
        let whole = ReuseDetector().passages(texts: texts, precedence: rank)
        XCTAssertGreaterThan(whole.count, 50)
        let asked = AskCounter()
        let stopped = ReuseDetector().passages(texts: texts, precedence: rank, stop: { asked.next() > 0 })
        XCTAssertTrue(stopped.count < whole.count, "stopped after the first block: \(stopped.count) of \(whole.count)")
        XCTAssertLessThanOrEqual(asked.count, 64 + 1, "each batch of targets asks before its next block, and stops")
    }

    /// Counts the questions; says "go on" to the first only.
    final class AskCounter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var count = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count - 1
        }
    }
}

final class ReuseSourceCapTests: XCTestCase {
    /// Widely copied paragraphs are matched against their earliest holders only; the planted sources are
    /// still found, edited and verbatim, with the same recall and precision.
    func testCappedSourcesKeepRecallAndPrecision() {
        for seed: UInt64 in [4, 5] {
            let corpus = DemoCorpusGenerator(seed: seed, documents: 200, length: 2500).generate()
            var parameters = ReuseParameters()
            parameters.maxSourcesPerFingerprint = 3
            let pairs = ReuseDetector(parameters: parameters).detect(corpus.documents)
            let eval = ReuseEvaluation(corpus: corpus, pairs: pairs)
            print("capped, seed \(seed): recall \(eval.recall), precision \(eval.precision), edited \(eval.editedAccuracy)")
            XCTAssertGreaterThanOrEqual(eval.recall, 0.95, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(eval.precision, 0.95, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(eval.editedAccuracy, 0.90, "seed \(seed)")
        }
    }
}

final class FingerprintGroupsTests: XCTestCase {
    /// Built in parallel parts, the groups are exactly those of one pass: same entries per document in
    /// the same order, same source list, same formula fingerprints.
    func testPartsJoinToTheSinglePassResult() {
        let corpus = DemoCorpusGenerator(seed: 4, documents: 40, length: 2500).generate()
        let documents = corpus.documents.sorted { $0.id < $1.id }
        let texts = documents.map { ContentText(contentOf: $0.text) }
        let prints = texts.map { Winnowing.fingerprints($0.scalars, k: 10, window: 6) }
        let postings = ReuseDetector.sortedPostings(prints)
        let rank = ReuseDetector.precedence(documents), issuers = ReuseDetector.centralIssuers(documents)
        var parameters = ReuseParameters()
        parameters.maxSourcesPerFingerprint = 3  // exercise the source cap as well
        let one = FingerprintGroups(postings: postings, documents: documents.count, rank: rank, centralIssuers: issuers,
                                    parameters: parameters, chunks: 1)
        XCTAssertGreaterThan(one.sources.count, 1000)
        XCTAssertFalse(one.formula.isEmpty)
        for chunks in [2, 5, 16] {
            let parts = FingerprintGroups(postings: postings, documents: documents.count, rank: rank,
                                          centralIssuers: issuers, parameters: parameters, chunks: chunks)
            XCTAssertEqual(parts, one, "\(chunks) parts")
        }
    }
}

final class ClauseCountTests: XCTestCase {
    /// The shared counts and formulae, counted in stretches in parallel, are those of one pass.
    func testChunksCountAsOnePass() {
        let corpus = DemoCorpusGenerator(seed: 9, documents: 120, length: 2500).generate()
        let documents = corpus.documents.sorted { $0.id < $1.id }
        let texts = documents.map { ContentText(contentOf: $0.text) }
        let postings = ReuseDetector.sortedPostings(texts.map { Winnowing.fingerprints($0.scalars, k: 6, window: 2) })
        let issuers = ReuseDetector.centralIssuers(documents), families = ReuseDetector.families(documents)
        var parameters = ReuseParameters()
        parameters.formulaMinDocuments = 3
        let one = ClausePieces.sharedCounts(postings, centralIssuers: issuers, families: families, parameters: parameters, chunks: 1)
        XCTAssertGreaterThan(one.hashes.count, 1000)
        XCTAssertFalse(one.formula.isEmpty)
        for chunks in [2, 5, 16] {
            let parts = ClausePieces.sharedCounts(postings, centralIssuers: issuers, families: families, parameters: parameters,
                                                  chunks: chunks)
            XCTAssertTrue(parts.hashes == one.hashes, "hashes, \(chunks) chunks")
            XCTAssertTrue(parts.counts == one.counts, "counts, \(chunks) chunks")
            XCTAssertTrue(parts.formula == one.formula, "formula, \(chunks) chunks")
        }
    }

    /// A document's clause pieces kept once each: every hash once, with its first posting, in the order of
    /// their first postings, for lists with many repeats and with hashes whose low bits (the table's slots)
    /// collide.
    func testDistinctPiecesAreEachHashsFirstPosting() {
        var rng = SplitMix64(seed: 3)
        for size in [0, 1, 2, 7, 8, 9, 100, 1_000] {
            for lowBitsOnly in [false, true] {
                var postings: [(hash: UInt64, position: Int32)] = []
                for i in 0..<size {
                    let value = rng.next() % UInt64(max(1, size / 3))
                    // Colliding: the same low 16 bits for every hash, the difference in the high bits.
                    let hash = lowBitsOnly ? value << 40 | 0xBEEF : Winnowing.mix(value)
                    postings.append((hash, Int32(i)))
                }
                var seen = Set<UInt64>()
                let expected = postings.filter { seen.insert($0.hash).inserted }
                let kept = ClausePieces.distinct(postings)
                XCTAssertEqual(kept.map(\.hash), expected.map(\.hash), "\(size) \(lowBitsOnly)")
                XCTAssertEqual(kept.map(\.position), expected.map(\.position), "\(size) \(lowBitsOnly)")
            }
        }
    }
}
