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
        try Self.expectThreeSentencesWhole(seed: seed, source: [1, 0, 2], target: [0, 1, 2])
    }

    /// Source "A。B。C。", target "A。C。B。": B dropped after A stands right after C in the target.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aSentenceMovedAfterTheNextIsNotADroppedClause(seed: UInt64) throws {
        try Self.expectThreeSentencesWhole(seed: seed, source: [0, 1, 2], target: [0, 2, 1])
    }

    /// Sentences A (44 characters), B (30-32, short enough to pass for an inserted or dropped clause) and C (42)
    /// of random own text, in the `source` order in the source and the `target` order in the target.
    static func expectThreeSentencesWhole(seed: UInt64, source sourceOrder: [Int], target targetOrder: [Int]) throws {
        var text = CopyCase(seed: seed)
        let sentences = [text.own(44), text.own(text.length(30, spread: 3)), text.own(42)]
        let source = text.own(60) + "。" + sourceOrder.map { sentences[$0] + "。" }.joined() + text.own(60) + "。"
        let target = text.own(50) + "。" + targetOrder.map { sentences[$0] + "。" }.joined() + text.own(50) + "。"
        try expectEachSentenceWhole(sentences, source: source, target: target)
    }

    /// Source "…B，形成工作合力。A。", target "…（own），形成工作合力。\n（五）A。…B，形成工作合力。": the text before A in the
    /// target ends as B does, over an item marker the copy added; A's passage starts at A, not at that ending.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aSentenceDoesNotBeginWithItsNeighboursEnding(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        func own(_ count: Int) -> String { text.own(count) }
        let a = own(48), b = own(40) + "，形成工作合力"
        let source = own(60) + "。" + b + "。" + a + "。" + own(60) + "。"
        let target = own(50) + "，形成工作合力。\n（五）" + a + "。" + own(30) + "。" + b + "。" + own(50) + "。"
        try Self.expectEachSentenceWhole([a, b], source: source, target: target)
    }

    /// The negative: a clause dropped from the copy that the target holds in another paragraph, far from the
    /// copy, is still bridged (one passage over the drop), as the guarantee says of a dropped clause.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aDroppedClauseTheTargetHoldsElsewhereIsStillBridged(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        func own(_ count: Int) -> String { text.own(count) }
        let a = own(40), dropped = own(26), c = own(40)
        let source = own(60) + "。" + a + "，" + dropped + "，" + c + "。" + own(60) + "。"
        let target = own(50) + "。" + a + "，" + c + "。" + own(200) + "。" + dropped + "。" + own(50) + "。"
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, a + "，" + dropped + "，" + c, target: target, a + "，" + c),
                "\(CopyCase.describe(pair))")
    }

    /// Every sentence found as one passage of its own with its copy, all four ends within 2 characters, and no
    /// passage pairing text of two sentences.
    static func expectEachSentenceWhole(_ sentences: [String], source: String, target: String) throws {
        let pair = try #require(CopyCase.pair(source, target))
        for sentence in sentences {
            #expect(CopyCase.hasPassage(pair, source: source, sentence, target: target, sentence),
                    "\(sentence.prefix(6))… not found whole: \(CopyCase.describe(pair))")
        }
    }
}
