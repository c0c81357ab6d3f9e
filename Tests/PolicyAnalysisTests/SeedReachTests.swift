import Testing
@testable import PolicyAnalysis

/// An identical run of the guarantee's 30 characters whose middle is a phrase every document holds: the run's
/// selections inside that phrase are formula fingerprints and seed nothing, so the pair's only seeds are the
/// run's first and last selections, up to 20 apart. Since analysis version 40 two seeds that far apart on one
/// diagonal are close enough (`PassageChainer.seedReach`); before, only k + w = 16 was, and the run was not
/// aligned at all.
@Suite struct SeedReachTests {
    /// A run "a F b" (2 + 26 + 2 characters) whose own selections (those of the windows wholly inside it) are
    /// at its first two and last two k-grams and otherwise inside F, the first and last more than k + w apart.
    static func run(_ rng: inout SplitMix64, k: Int, window: Int) -> (a: [Unicode.Scalar], f: [Unicode.Scalar], b: [Unicode.Scalar])? {
        for _ in 0..<20_000 {
            let a = ReuseGuaranteeTests.randomText(2, &rng), f = ReuseGuaranteeTests.randomText(26, &rng)
            let b = ReuseGuaranteeTests.randomText(2, &rng)
            let run = ContentText(contentOf: String(String.UnicodeScalarView(a + f + b)))
            let positions = Winnowing.fingerprints(run.scalars, k: k, window: window).map { Int($0.position) }
            let last = 30 - k
            guard let first = positions.first, let end = positions.last, first <= 1, end >= last - 1,
                  end - first > k + window else { continue }
            return (a, f, b)
        }
        return nil
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aRunWhoseMiddleIsAFormulaIsFoundFromItsEnds(seed: UInt64) throws {
        let parameters = ReuseParameters()
        var rng = SplitMix64(seed: seed)
        let (a, f, b) = try #require(Self.run(&rng, k: parameters.k, window: parameters.window))
        func own(_ count: Int) -> [Unicode.Scalar] { ReuseGuaranteeTests.randomText(count, &rng) }
        // 30 documents, each holding F in a context of its own; d05 and d09 hold the run, and nothing else alike.
        var start = 0
        let texts = (0..<30).map { i -> ContentText in
            var text = own(40 + rng.below(40)) + own(3) + f + own(3) + own(40 + rng.below(40))
            if i == 5 || i == 9 {
                if i == 9 { start = text.count }
                text += a + f + b + own(40)
            }
            return ContentText(contentOf: String(String.UnicodeScalarView(text)))
        }
        let found = ReuseDetector().passages(texts: texts, precedence: texts.indices.map { Int32($0) }, formulaOnlyPairs: true)
            .filter { $0.source == 5 && $0.target == 9 }
        #expect(found.contains { $0.targetRange.lowerBound <= start + 2 && $0.targetRange.upperBound >= start + 28 },
                "\(found.map { ($0.targetRange, $0.formula) }), run at \(start)")
    }
}
