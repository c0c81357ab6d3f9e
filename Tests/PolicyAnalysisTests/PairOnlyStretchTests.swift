import Testing
@testable import PolicyAnalysis

/// A short copied sentence made of two stock phrases and a piece of its own ("P，QR。": P and R in every
/// document, Q in the pair's only). The short-passage rule estimates its holders from its parts, n x 1 x 2/n x 1
/// = 2, and took it for a chance fill; no third document holds it, so it is a copy (since analysis version 32,
/// `ReuseParameters.formulaPairOnlyLength`). Held by a third document as well, it stays a formula. Since version
/// 39 the same holds when each of its parts has a third holder, a different one for each (`StretchHolders`).
@Suite struct PairOnlyStretchTests {
    /// 30 local documents (no central issuer: phrases every document holds are formulae). Every document holds
    /// P and R in sentences of its own; d5 holds the sentence P，QR。 and a long passage that d9 copies with it
    /// (the long one keeps the pair listed whatever the sentence is judged); with `thirdHolder`, d12 holds the
    /// sentence as well; with `partHolders`, d14 holds its first 22 content characters (P, Q and the start of
    /// R) and d17 its last 20 (the end of P, Q and R), each in a sentence of its own, so that every k-gram of
    /// the sentence has a third holder. Returns where the sentence starts in d9.
    static func documents(seed: UInt64, thirdHolder: Bool, partHolders: Bool = false) -> (documents: [AnalysisDocument], sentence: Int) {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { Self.own(count, &rng) }
        func filler(_ sentences: Int) -> String { Self.filler(sentences, &rng) }
        let p = own(12), r = own(12), q = own(6)
        let sentence = p + "，" + q + r + "。"
        let long = own(30) + "，" + own(34) + "。"
        var start = 0
        let documents = (0..<30).map { i -> AnalysisDocument in
            var text = filler(3) + p + "，" + own(9) + "。" + own(9) + r + "。" + filler(3)
            switch i {
            case 5: text += long + filler(4) + sentence + filler(2)
            case 9:
                text += long + filler(3)
                start = text.unicodeScalars.count
                text += sentence + filler(2)
            case 12 where thirdHolder: text += sentence + filler(2)
            case 14 where partHolders: text += own(8) + "，" + p + "，" + q + String(r.prefix(4)) + own(8) + "。" + filler(2)
            case 17 where partHolders: text += own(8) + String(p.suffix(2)) + "，" + q + r + "，" + own(8) + "。" + filler(2)
            default: text += filler(2)
            }
            return AnalysisDocument(id: String(format: "d%02d", i), level: .provincial, regionCode: String(110000 + i * 10000),
                                    issuerIds: ["provincial-government"], date: String(format: "2016-%02d-15", i % 12 + 1), text: text)
        }
        return (documents, start)
    }

    /// `count` random ideographs.
    static func own(_ count: Int, _ rng: inout SplitMix64) -> String {
        String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng)))
    }

    /// `count` sentences of two clauses of 12 to 21 random ideographs each.
    static func filler(_ count: Int, _ rng: inout SplitMix64) -> String {
        (0..<count).map { _ in own(12 + rng.below(10), &rng) + "，" + own(12 + rng.below(10), &rng) + "。" }.joined()
    }

    /// The passages of pair d05 -> d09 over the sentence, once the pair is seen to be listed with its long copy,
    /// and the copies from any source that d09's sentence lies in.
    static func sentencePassages(seed: UInt64, thirdHolder: Bool, partHolders: Bool = false) -> (pair: [ReusePassage], copies: [ReusePassage]) {
        let (documents, sentence) = Self.documents(seed: seed, thirdHolder: thirdHolder, partHolders: partHolders)
        let pairs = ReuseDetector().detect(documents)
        let pair = pairs.first { $0.source == "d05" && $0.target == "d09" }
        #expect(pair != nil, "the pair is listed (its long copy)")
        let copies = pairs.filter { $0.target == "d09" }.flatMap(\.passages)
            .filter { !$0.formula && $0.target.start <= sentence + 2 && $0.target.end >= sentence + 28 }
        return (pair?.passages.filter { abs($0.target.start - sentence) <= 2 } ?? [], copies)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceOnlyThePairHoldsIsACopy(seed: UInt64) {
        let found = Self.sentencePassages(seed: seed, thirdHolder: false).pair
        #expect(found.count == 1 && found.allSatisfy { !$0.formula }, "\(found.map { ($0.target.start, $0.target.end, $0.formula) })")
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceOnlyThePairHoldsWholeIsACopyWhenEachPartHasAThirdHolder(seed: UInt64) {
        let found = Self.sentencePassages(seed: seed, thirdHolder: false, partHolders: true).pair
        #expect(found.count == 1 && found.allSatisfy { !$0.formula }, "\(found.map { ($0.target.start, $0.target.end, $0.formula) })")
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func theSameSentenceAThirdDocumentHoldsStaysAFormula(seed: UInt64) {
        for partHolders in [false, true] {
            let found = Self.sentencePassages(seed: seed, thirdHolder: true, partHolders: partHolders)
            #expect(found.copies.isEmpty, "part holders \(partHolders): \(found.copies.map { ($0.target.start, $0.target.end) })")
        }
    }

    /// A holder list cut to the 32 earliest holders (`maxSourcesPerFingerprint`) does not list every holder. Of
    /// 300 documents, 30 early ones hold the stretch's first 25 characters and 30 more its last 25, so that each
    /// of its k-grams has 42 holders; the 10 latest hold it whole. Its k-grams' lists then hold the source and
    /// early documents that hold a part only, and the stretch is still not the pair's alone.
    @Test func aStretchWhoseListsAreCutIsNotThePairsAlone() {
        let parameters = ReuseParameters()
        var rng = SplitMix64(seed: 11)
        func own(_ count: Int) -> [Unicode.Scalar] { ReuseGuaranteeTests.randomText(count, &rng) }
        let stretch = own(40)
        var start = 0
        let texts = (0..<300).map { i -> ContentText in
            var text = own(30 + rng.below(30))
            if i == 150 { start = text.count }
            switch i {
            case 0, 150, 290...: text += stretch + own(20)
            case 1...30: text += stretch.prefix(25) + own(20)
            case 31...60: text += own(20) + stretch.suffix(25)
            default: break
            }
            return ContentText(contentOf: String(String.UnicodeScalarView(text)))
        }
        let prints = texts.map { Winnowing.fingerprints($0.scalars, k: parameters.k, window: parameters.window) }
        let groups = FingerprintGroups(postings: ReuseDetector.sortedPostings(prints), documents: texts.count,
                                       rank: texts.indices.map { Int32($0) },
                                       centralIssuers: [Int32](repeating: -1, count: texts.count), parameters: parameters)
        let rule = StretchHolders(groups: groups, texts: texts, k: parameters.k, window: parameters.window)
        let pairOnly = rule.heldByPairOnly(start..<(start + stretch.count), source: 0, target: 150)
        #expect(!pairOnly, "42 holders of each k-gram, 12 of the whole stretch, said the pair's alone")
    }

    /// The rule itself, on random corpora of 12 documents: a stretch that three to five documents hold, each in a
    /// context of its own, is never taken for one the pair alone holds, whatever its parts (soundness); one that
    /// only two documents hold is, when a window inside it selects a k-gram no document holds in every text
    /// (here always), also when two more documents each hold a part of it that together cover every k-gram.
    @Test func aStretchAThirdDocumentHoldsIsNeverTakenForThePairsAlone() {
        let parameters = ReuseParameters()
        let k = parameters.k
        for seed in 1...300 as ClosedRange<UInt64> {
            var rng = SplitMix64(seed: seed)
            func own(_ count: Int) -> [Unicode.Scalar] { ReuseGuaranteeTests.randomText(count, &rng) }
            // Stock phrases every document holds; the stretch is made of them and of text of its own, or of its own alone.
            let p = own(12), r = own(12)
            let stretch = rng.below(2) == 0 ? p + own(6 + rng.below(20)) + r : own(30 + rng.below(30))
            let holders = 2 + rng.below(4)
            let parts = rng.below(2) == 0  // the next two documents hold its first and last k + 12 characters
            var stretchStart = 0
            let texts = (0..<12).map { i -> ContentText in
                var text = own(40 + rng.below(40)) + p + own(30) + r + own(40 + rng.below(40))
                if i == 1 { stretchStart = text.count }
                if i < holders {
                    text += stretch + own(20 + rng.below(40))
                } else if parts && i == holders {
                    text += stretch.prefix(k + 12) + own(20)
                } else if parts && i == holders + 1 {
                    text += stretch.suffix(k + 12) + own(20)
                }
                return ContentText(contentOf: String(String.UnicodeScalarView(text)))
            }
            let prints = texts.map { Winnowing.fingerprints($0.scalars, k: k, window: parameters.window) }
            let groups = FingerprintGroups(postings: ReuseDetector.sortedPostings(prints), documents: texts.count,
                                           rank: texts.indices.map { Int32($0) },
                                           centralIssuers: [Int32](repeating: -1, count: texts.count), parameters: parameters)
            let rule = StretchHolders(groups: groups, texts: texts, k: k, window: parameters.window)
            let pairOnly = rule.heldByPairOnly(stretchStart..<(stretchStart + stretch.count), source: 0, target: 1)
            #expect(pairOnly == (holders == 2), "seed \(seed): \(holders) holders, parts \(parts), said pair only: \(pairOnly)")
        }
    }
}
