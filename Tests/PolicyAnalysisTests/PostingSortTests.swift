import PropertyBased
import Testing
@testable import PolicyAnalysis

/// The inverted index's postings: every fingerprint once, sorted by (hash, document, position), whatever
/// the hashes' spread, the number of documents, the blocks asked for, and however wrong the size hint is
/// (its lists then grow).
@Suite struct PostingSortTests {
    static func inOrder(_ x: ReuseDetector.Posting, _ y: ReuseDetector.Posting) -> Bool {
        if x.hash != y.hash { return x.hash < y.hash }
        return x.doc != y.doc ? x.doc < y.doc : x.pos < y.pos
    }

    @Test func postingsAreEveryFingerprintSortedByHashDocumentAndPosition() async throws {
        await propertyCheck(count: 120, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let documents = 1 + Int(rng.next() % 24)
            // Few distinct hashes (long runs of one hash, across documents) or many; top bits sometimes all alike.
            let distinct = UInt64(1 + rng.next() % 5_000)
            let sameTop = rng.next() % 4 == 0
            let prints: [[(hash: UInt64, position: Int32)]] = (0..<documents).map { _ in
                let count = Int(rng.next() % 2_000)
                var position: Int32 = 0
                return (0..<count).map { _ in
                    position += Int32(1 + rng.next() % 7)
                    let h = (rng.next() % distinct) &* 0x9E37_79B9_7F4A_7C15
                    return (hash: sameTop ? h >> 8 : h, position: position)
                }
            }
            var all: [ReuseDetector.Posting] = []
            for (d, list) in prints.enumerated() {
                for p in list { all.append(ReuseDetector.Posting(hash: p.hash, doc: Int32(d), pos: p.position)) }
            }
            let expected = all.sorted(by: Self.inOrder)
            let total = expected.count
            let hint = [0, total / 10, total, 10 * total][Int(rng.next() % 4)]
            let blocks = ReuseDetector.sortedPostingBlocks(documents: documents, blocks: 1 + Int(rng.next() % 40),
                                                           expected: hint) { prints[$0] }
            let joined = blocks.flatMap { $0 }
            #expect(joined.count == total, "seed \(seed)")
            #expect(joined.map(\.hash) == expected.map(\.hash), "seed \(seed)")
            #expect(joined.map(\.doc) == expected.map(\.doc), "seed \(seed)")
            #expect(joined.map(\.pos) == expected.map(\.pos), "seed \(seed)")
            // Lists held already go through the count-then-fill path: the same postings.
            let held = ReuseDetector.sortedPostings(prints)
            #expect(held.map(\.hash) == expected.map(\.hash), "seed \(seed)")
            #expect(held.map(\.doc) == expected.map(\.doc), "seed \(seed)")
            #expect(held.map(\.pos) == expected.map(\.pos), "seed \(seed)")
            // Each block holds all the postings of its hashes.
            for (a, b) in zip(blocks, blocks.dropFirst()) where !a.isEmpty && !b.isEmpty {
                #expect(a[a.count - 1].hash != b[0].hash, "seed \(seed)")
            }
        }
    }
}
