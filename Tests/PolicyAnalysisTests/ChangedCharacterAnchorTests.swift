import Testing
@testable import PolicyAnalysis

/// A copy whose clause starts or ends with a character or two the copy changed ("实现全[国→省]现代物流…",
/// "…推广到全[国→省]各地区。"): the guarantee bridges a changed name when the copied stretch beside it is at
/// least as long as the change, so the passage runs to the clause's start or end (since analysis version 34,
/// `ReuseParameters.shortAnchorLength`); before, it began after 省 and ended at 全, four and three characters off.
@Suite struct ChangedCharacterAnchorTests {
    /// Twelve documents of random clauses; d5 holds `before + sourceCopy`, d9 `targetBefore + targetCopy`, each
    /// after a clause end. Returns the documents and where d9's copy starts and ends in its text.
    static func documents(seed: UInt64, sourceCopy: String, targetCopy: String, sourceBefore: String = "",
                          targetBefore: String = "") -> (documents: [AnalysisDocument], copy: Range<Int>) {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        func filler(_ clauses: Int) -> String { (0..<clauses).map { _ in own(10 + rng.below(12)) + "，" }.joined() + own(8) + "。" }
        let middle = own(34) + "，" + own(30) + "，"
        var copy = 0..<0
        let documents = (0..<12).map { i -> AnalysisDocument in
            var text = filler(6)
            if i == 5 { text += sourceBefore + sourceCopy.replacingOccurrences(of: "@", with: middle) }
            if i == 9 {
                text += targetBefore
                let start = text.unicodeScalars.count
                text += targetCopy.replacingOccurrences(of: "@", with: middle)
                copy = start..<(text.unicodeScalars.count - 1)  // the closing 。 is not content
            }
            text += filler(4)
            return AnalysisDocument(id: "d\(i)", level: .provincial, regionCode: String(110000 + i * 10000),
                                    issuerIds: ["provincial-government"], date: String(format: "2016-%02d-15", i + 1), text: text)
        }
        return (documents, copy)
    }

    static func passage(_ documents: [AnalysisDocument], parameters: ReuseParameters = ReuseParameters()) -> [ReusePassage] {
        ReuseDetector(parameters: parameters).detect(documents).first { $0.source == "d5" && $0.target == "d9" }?.passages ?? []
    }

    static var withoutTheRule: ReuseParameters {
        var p = ReuseParameters()
        p.shortAnchorGap = 0
        return p
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aClauseStartBeforeAChangedCharacterIsTakenIn(seed: UInt64) {
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: "实现全国@共享。", targetCopy: "实现全省@共享。")
        let found = Self.passage(documents)
        #expect(found.count == 1 && found.first?.target.start == copy.lowerBound, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
        let before = Self.passage(documents, parameters: Self.withoutTheRule)
        #expect(before.first?.target.start == copy.lowerBound + 4, "without the rule: \(before.map { ($0.target.start, $0.target.end) })")
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aClauseEndAfterAChangedCharacterIsTakenIn(seed: UInt64) {
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: "@推广到全国各地区。", targetCopy: "@推广到全省各地区。")
        let found = Self.passage(documents)
        #expect(found.count == 1 && found.first?.target.end == copy.upperBound, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
        let before = Self.passage(documents, parameters: Self.withoutTheRule)
        #expect(before.first?.target.end == copy.upperBound - 4, "without the rule: \(before.map { ($0.target.start, $0.target.end) })")
    }

    /// The rule on random copies: 3 to 6 random characters starting a clause, 1 or 2 changed, then the rest of
    /// the copy; or at the end, "推广到", 1 or 2 changed and 3 to 6 random characters ending the clause. The
    /// passage's ends are the copy's (87 of the 120 fail without the rule; at the start a side of 5 or 6 is a
    /// clause anchor already).
    @Test(arguments: [false, true])
    func randomCopiesWithAChangeBesideAClauseEndAreFoundWhole(atTheEnd: Bool) {
        for seed in 1...60 as ClosedRange<UInt64> {
            var rng = SplitMix64(seed: seed)
            func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
            let side = own(3 + rng.below(4)), changed = 1 + rng.below(2)
            let mine = own(changed), theirs = own(changed)
            Self.expectWhole(side: side, source: theirs, target: mine, atTheEnd: atTheEnd, seed: seed &* 7,
                             "seed \(seed), \(side.unicodeScalars.count) + \(changed)")
        }
    }

    /// `side` (3 to 6 characters) with `theirs` changed to `mine` beside it, at a clause's start or after "推广到" at
    /// its end: one passage, from the copy's start to its end.
    static func expectWhole(side: String, source theirs: String, target mine: String, atTheEnd: Bool, seed: UInt64, _ what: String) {
        let sourceCopy = atTheEnd ? "@推广到" + theirs + side + "。" : side + theirs + "@共享。"
        let targetCopy = atTheEnd ? "@推广到" + mine + side + "。" : side + mine + "@共享。"
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: sourceCopy, targetCopy: targetCopy)
        let found = Self.passage(documents)
        #expect(found.count == 1 && found.first?.target.start == copy.lowerBound && found.first?.target.end == copy.upperBound,
                "\(what): \(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
    }

    /// A place name of two or three characters changed to one of another length ("五年内[全国→宜昌市]认定…", since
    /// analysis version 46; before, only one or two characters): the clause's first 3 to 6 characters are taken
    /// in when they are at least as long as the change, as the guarantee says; a change longer than them is not
    /// bridged. Seen: g6-00062 -> g6-00331, five characters late.
    @Test(arguments: [false, true])
    func aNameOfAnotherLengthBesideAClauseEndIsBridged(atTheEnd: Bool) {
        for seed in 1...40 as ClosedRange<UInt64> {
            var rng = SplitMix64(seed: seed &+ 100)
            func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
            let side = own(3 + rng.below(4))
            let lengths = [(2, 3), (3, 2), (3, 3), (1, 3)][rng.below(4)]
            let (mine, theirs) = (own(lengths.0), own(lengths.1))
            Self.expectWhole(side: side, source: theirs, target: mine, atTheEnd: atTheEnd, seed: seed &* 11,
                             "seed \(seed), \(side.unicodeScalars.count) + \(lengths)")
        }
        // Three characters before a change of four are not taken in.
        let (documents, copy) = Self.documents(seed: 3, sourceCopy: "五年内全国范围@共享。", targetCopy: "五年内宜昌市区@共享。")
        let found = Self.passage(documents)
        #expect(found.first?.target.start == copy.lowerBound + 7, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
    }

    /// The previous clause, changed in its last two characters, is not taken in after the first: the changed
    /// characters must lie in the clause the alignment starts.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func theClauseBeforeIsNotTakenIn(seed: UInt64) {
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: "实现全国@共享。", targetCopy: "实现全省@共享。",
                                               sourceBefore: "完善机制建设。", targetBefore: "完善机制体系。")
        let found = Self.passage(documents)
        #expect(found.count == 1 && found.first?.target.start == copy.lowerBound, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
    }

    /// An article's number changed before a copied article ("第五十[五→六]条　"): the heading is no part of the copy,
    /// though its 条 is the same in both texts and runs into it.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aRenumberedHeadingIsNotTakenIn(seed: UInt64) {
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: "@共享。", targetCopy: "@共享。",
                                               sourceBefore: "第五十五条　", targetBefore: "第五十六条　")
        let found = Self.passage(documents)
        #expect(found.count == 1 && (found.first?.target.start ?? 0) >= copy.lowerBound - 2, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
    }

    /// Three identical characters that do not start a clause in both texts are no anchor.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aStretchInsideAClauseIsNoAnchor(seed: UInt64) {
        let (documents, copy) = Self.documents(seed: seed, sourceCopy: "推进实现全国@共享。", targetCopy: "加快实现全省@共享。")
        let found = Self.passage(documents)
        #expect(found.count == 1 && found.first?.target.start == copy.lowerBound + 6, "\(found.map { ($0.target.start, $0.target.end) }) for \(copy)")
    }
}
