import Testing
@testable import PolicyAnalysis

/// A short copied sentence made of two stock phrases and a piece of its own ("P，QR。": P and R in every
/// document) that a third document holds as well. Three holders are more than the chance rules allow a copy
/// (the sentence's one clause, held by 3 of n, gives 2 holders by chance), but when the third holder is later
/// than the source and takes another passage from it, all three descend from one earliest holder and the
/// sentence is a copy (since analysis version 40, `DescentRule`). A third holder that took nothing else from
/// the pair, or only a copy shorter than `formulaShortPassage` (itself judged by the rules that judge the
/// sentence), leaves it a formula; an earlier one that gave the source a copy is the sentence's source itself.
@Suite struct DescentRuleTests {
    enum Third { case none, laterUnrelated, laterCopying, laterCopyingShort, earlierGiving }

    /// 30 local documents dated in index order. Every document holds P and R in sentences of its own; d05 holds
    /// the sentence and a long passage that d09 copies with it (the long one keeps the pair listed whatever the
    /// sentence is judged). The third holder: d12 (later) or d02 (earlier); copying or giving, it shares a
    /// second long passage with d05, or (`laterCopyingShort`) one of 34 characters. Returns where the sentence
    /// starts in d09.
    static func documents(seed: UInt64, third: Third) -> (documents: [AnalysisDocument], sentence: Int) {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { PairOnlyStretchTests.own(count, &rng) }
        func filler(_ sentences: Int) -> String { PairOnlyStretchTests.filler(sentences, &rng) }
        let p = own(12), r = own(12), q = own(8)
        let sentence = p + "，" + q + r + "。"
        let long = own(30) + "，" + own(34) + "。"
        let second = own(32) + "，" + own(30) + "。"
        let short = own(17) + "，" + own(17) + "。"
        var start = 0
        let documents = (0..<30).map { i -> AnalysisDocument in
            var text = filler(3) + p + "，" + own(9) + "。" + own(9) + r + "。" + filler(3)
            switch (i, third) {
            case (5, _):
                text += long + filler(2) + second + filler(2) + short + filler(2) + sentence + filler(2)
            case (9, _):
                text += long + filler(3)
                start = text.unicodeScalars.count
                text += sentence + filler(2)
            case (12, .laterUnrelated): text += filler(2) + sentence + filler(2)
            case (12, .laterCopying), (2, .earlierGiving): text += second + filler(2) + sentence + filler(2)
            case (12, .laterCopyingShort): text += short + filler(2) + sentence + filler(2)
            default: text += filler(2)
            }
            return AnalysisDocument(id: String(format: "d%02d", i), level: .provincial, regionCode: String(110000 + i * 10000),
                                    issuerIds: ["provincial-government"], date: String(format: "2016-%02d-%02d", i / 28 + 1, i % 28 + 1),
                                    text: text)
        }
        return (documents, start)
    }

    /// The sources of the copy passages over d09's sentence.
    static func sentenceSources(seed: UInt64, third: Third) -> [String] {
        let (documents, sentence) = Self.documents(seed: seed, third: third)
        let pairs = ReuseDetector().detect(documents)
        #expect(pairs.contains { $0.source == "d05" && $0.target == "d09" }, "the pair is listed (its long copy)")
        return pairs.filter { $0.target == "d09" }.flatMap { pair in
            pair.passages.filter { !$0.formula && $0.target.start <= sentence + 2 && $0.target.end >= sentence + 30 }
                .map { _ in pair.source }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceALaterCopyOfTheSourceHoldsIsACopy(seed: UInt64) {
        #expect(Self.sentenceSources(seed: seed, third: .laterCopying) == ["d05"])
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceAnUnrelatedDocumentHoldsStaysAFormula(seed: UInt64) {
        #expect(Self.sentenceSources(seed: seed, third: .laterUnrelated) == [])
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceALaterDocumentHoldsBesideAShortCopyStaysAFormula(seed: UInt64) {
        #expect(Self.sentenceSources(seed: seed, third: .laterCopyingShort) == [])
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func theEarliestHolderIsTheSentencesSource(seed: UInt64) {
        #expect(Self.sentenceSources(seed: seed, third: .earlierGiving) == ["d02"])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aSentenceOnlyThePairHoldsIsStillACopy(seed: UInt64) {
        #expect(Self.sentenceSources(seed: seed, third: .none) == ["d05"])
    }
}
