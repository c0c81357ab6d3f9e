import Testing
@testable import PolicyAnalysis

/// Sentences a copy took in another order, where the moved sentence is short enough (30-32 characters) to pass
/// for an inserted or dropped clause, or where the text before a sentence happens to end as its neighbour in the
/// source does: each sentence is its own passage with its own copy, ends within 2 characters (analysis version
/// 35, `Claims`). Before, one "edited" passage ran over a sentence taken from elsewhere in the source as if the
/// copy had inserted it, or began with the end of the sentence copied next to it.
@Suite struct MovedSentenceTests {
    /// Source "B。A。C。", target "A。B。C。": A and C stand together in the source, B between them in the target.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aSentenceMovedBetweenTwoOthersIsNotAnInsertedClause(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let a = own(44), b = own(30 + Int(rng.below(3))), c = own(42)
        let source = own(60) + "。" + b + "。" + a + "。" + c + "。" + own(60) + "。"
        let target = own(50) + "。" + a + "。" + b + "。" + c + "。" + own(50) + "。"
        try Self.expectEachSentenceWhole([a, b, c], source: source, target: target)
    }

    /// Source "A。B。C。", target "A。C。B。": B dropped after A stands right after C in the target.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aSentenceMovedAfterTheNextIsNotADroppedClause(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let a = own(44), b = own(30 + Int(rng.below(3))), c = own(42)
        let source = own(60) + "。" + a + "。" + b + "。" + c + "。" + own(60) + "。"
        let target = own(50) + "。" + a + "。" + c + "。" + b + "。" + own(50) + "。"
        try Self.expectEachSentenceWhole([a, b, c], source: source, target: target)
    }

    /// Source "…B，形成工作合力。A。", target "…（own），形成工作合力。\n（五）A。…B，形成工作合力。": the text before A in the
    /// target ends as B does, over an item marker the copy added; A's passage starts at A, not at that ending.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aSentenceDoesNotBeginWithItsNeighboursEnding(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let a = own(48), b = own(40) + "，形成工作合力"
        let source = own(60) + "。" + b + "。" + a + "。" + own(60) + "。"
        let target = own(50) + "，形成工作合力。\n（五）" + a + "。" + own(30) + "。" + b + "。" + own(50) + "。"
        try Self.expectEachSentenceWhole([a, b], source: source, target: target)
    }

    /// The negative: a clause dropped from the copy that the target holds in another paragraph, far from the
    /// copy, is still bridged (one passage over the drop), as the guarantee says of a dropped clause.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aDroppedClauseTheTargetHoldsElsewhereIsStillBridged(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let a = own(40), dropped = own(26), c = own(40)
        let source = own(60) + "。" + a + "，" + dropped + "，" + c + "。" + own(60) + "。"
        let target = own(50) + "。" + a + "，" + c + "。" + own(200) + "。" + dropped + "。" + own(50) + "。"
        let pair = try #require(ReuseDetector().detect(Self.documents(source, target)).first)
        let copy = a + "，" + dropped + "，" + c, copied = a + "，" + c
        let sourceRange = CrossingPassagesTests.range(of: copy, in: source), targetRange = CrossingPassagesTests.range(of: copied, in: target)
        #expect(pair.passages.contains { p in
            abs(p.source.start - sourceRange.lowerBound) <= 2 && abs(p.source.end - sourceRange.upperBound) <= 2
                && abs(p.target.start - targetRange.lowerBound) <= 2 && abs(p.target.end - targetRange.upperBound) <= 2
        }, "\(Self.describe(pair))")
    }

    static func documents(_ source: String, _ target: String) -> [AnalysisDocument] {
        [
            AnalysisDocument(id: "s", level: .provincial, regionCode: "110000", issuerIds: ["provincial-government"], date: "2016-01-01", text: source),
            AnalysisDocument(id: "t", level: .provincial, regionCode: "310000", issuerIds: ["provincial-government"], date: "2016-06-01", text: target),
        ]
    }

    /// Every sentence found as one passage of its own with its copy, all four ends within 2 characters, and no
    /// passage pairing text of two sentences.
    static func expectEachSentenceWhole(_ sentences: [String], source: String, target: String) throws {
        let pair = try #require(ReuseDetector().detect(documents(source, target)).first)
        for sentence in sentences {
            let s = CrossingPassagesTests.range(of: sentence, in: source), t = CrossingPassagesTests.range(of: sentence, in: target)
            #expect(pair.passages.contains { p in
                abs(p.source.start - s.lowerBound) <= 2 && abs(p.source.end - s.upperBound) <= 2
                    && abs(p.target.start - t.lowerBound) <= 2 && abs(p.target.end - t.upperBound) <= 2
            }, "sentence at \(s) -> \(t) not found whole: \(describe(pair))")
        }
    }

    static func describe(_ pair: ReusePair) -> String {
        pair.passages.map { "\($0.source.start)-\($0.source.end)->\($0.target.start)-\($0.target.end)" }.joined(separator: " ")
    }
}
