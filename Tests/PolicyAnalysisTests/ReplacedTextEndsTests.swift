import Testing
@testable import PolicyAnalysis

/// A copy whose neighbour clause both texts hold by chance, with other text between (replaced: both sides over
/// a character, one over `clauseAnchorGap`, none of the guarantee's edits), is reported from its own start to its
/// own end, not from that clause (analysis version 37, `ChainContext.bridges`): past a replacement an alignment
/// re-anchors, or joins a run, only on a stretch at least as long as the replaced text. Before, half as long
/// sufficed, as past an inserted or dropped clause, and a passage reached 10-35 characters past the copy onto
/// 8-13 characters both texts happened to hold (the sixth generator, `benchmarks/sixth.sh`).
@Suite struct ReplacedTextEndsTests {
    /// "X，(own)。copy。" in both texts, X the same 10-14 characters, the two (own) texts 2-8 and X + 1 to 2X
    /// characters long: the passage starts at the copy.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotStartOnAChanceStretchBeforeReplacedText(seed: UInt64) throws {
        try Self.expectCopyAlone(seed: seed, chanceAfter: false)
    }

    /// The same after the copy: "copy。(own)，X。" ends at the copy's end.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotEndOnAChanceStretchAfterReplacedText(seed: UInt64) throws {
        try Self.expectCopyAlone(seed: seed, chanceAfter: true)
    }

    /// A copy of 50 characters with the same 10-14 characters X a clause before (or after) it in both texts, the
    /// text between replaced: 2-8 characters in one text, X + 1 to 2X in the other.
    static func expectCopyAlone(seed: UInt64, chanceAfter: Bool) throws {
        var text = CopyCase(seed: seed)
        let chance = text.own(text.length(10, spread: 5)), copy = text.own(50)
        let short = text.own(text.length(2, spread: 7)), long = text.own(text.length(chance.count + 1, spread: chance.count))
        func around(_ between: String) -> String {
            chanceAfter ? copy + "。" + between + "，" + chance : chance + "，" + between + "。" + copy
        }
        try expectWhole(copy, copy, within: (around(chanceAfter ? long : short), around(chanceAfter ? short : long)), &text)
    }

    /// The negative: a clause of 9-18 characters inserted into (or dropped from) a copy whose last stretch after
    /// it is under its length but at least half of it (8 or 9 characters, too short to seed: only a re-anchoring
    /// takes it in) is still bridged, as the guarantee says; so is text replaced between two stretches each at
    /// least as long as it.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func editsTheGuaranteeListsAndLongStretchesStillBridge(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let clause = text.own(text.length(9, spread: 10))
        let head = text.own(40), tail = text.own(max(8, (clause.count + 1) / 2))
        let copy = head + "，" + clause + "，" + tail, copied = head + "，" + tail
        let inserted = text.length(0, spread: 2) == 0
        try Self.expectWhole(inserted ? copied : copy, inserted ? copy : copied, &text)
        let replaced = text.own(text.length(9, spread: 8)), other = text.own(text.length(9, spread: 8))
        let before = text.own(30), after = text.own(30)
        try Self.expectWhole(before + "，" + replaced + "，" + after, before + "，" + other + "，" + after, &text)
    }

    /// The negative of what differs: text replaced around identical pieces of `shortAnchorLength` or more is
    /// measured without them. A list of places changed before the same three characters (as "[京津冀、长三角、
    /// 珠三角→贵阳、遵义、安顺]等城市[群]": 13 and 9 characters, 10 and 6 differing) before a stretch of 10-12, and a
    /// clause inserted before a few identical characters and a changed figure (as "[人参、大米、鹿产品等特色产品]
    /// 追溯覆盖率达到[5→8]0%": edits the guarantee lists) before a stretch of half the whole, are still bridged.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func textThatDiffersAroundIdenticalPiecesIsMeasuredWithoutThem(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let head = text.own(40), piece = text.own(3), places = text.own(9), others = text.own(6), plural = text.own(1)
        let stretch = text.own(text.length(10, spread: 3))
        try Self.expectWhole(head + "，" + places + piece + plural + stretch, head + "，" + others + piece + stretch, &text)
        let clause = text.own(12), words = text.own(text.length(5, spread: 3)), figure = text.own(1), changed = text.own(1)
        let rest = text.own(text.length(10, spread: 8))
        try Self.expectWhole(head + "，" + words + figure + rest, head + "，" + clause + words + changed + rest, &text)
    }

    /// The copy (`copied` in the source, `copy` in the target) is one passage, all four ends within 2 characters,
    /// in texts that hold it (or the `middles` around it) between sentences of their own.
    static func expectWhole(_ copied: String, _ copy: String, within middles: (source: String, target: String)? = nil,
                            _ text: inout CopyCase) throws {
        let source = text.own(60) + "。" + (middles?.source ?? copied) + "。" + text.own(60) + "。"
        let target = text.own(50) + "。" + (middles?.target ?? copy) + "。" + text.own(50) + "。"
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, copied, target: target, copy), "\(CopyCase.describe(pair))")
    }
}
