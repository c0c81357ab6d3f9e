import Testing
@testable import PolicyAnalysis

/// An enumeration's item marker at a clause's start ("一是", "十一是") ends a clause for the alignment's re-anchoring
/// (analysis version 36): a copy that leaves the marker out ("一是三年内全国…" copied as "三年内全省…") starts at
/// the copied clause's start, as the guarantee's *Ends* asks, where it started after the changed place, 5
/// characters late.
@Suite struct ItemMarkerClauseTests {
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyWithoutTheItemMarkerStartsAtTheCopiedClause(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let rest = text.own(36) + "，" + text.own(20)
        let source = text.own(60) + "；" + text.own(20) + "。一是三年内全国" + rest + "；二是" + text.own(40) + "。"
        let target = text.own(50) + "。" + text.own(20) + "。三年内全省" + rest + "。" + text.own(40) + "。"
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, "三年内全国" + rest, target: target, "三年内全省" + rest),
                "\(CopyCase.describe(pair))")
    }

    /// Where clauses or items start and end in the content text of `text` (the content characters' indices).
    static func boundaries(_ text: String) -> [Int] {
        let content = ContentText(contentOf: text)
        return (1..<content.count).filter { content.isClauseOrItemBoundary($0) }
    }

    @Test func markersAtAClauseStartEndAClause() {
        // 一是|加强 二是|推进 十一是|完善 (content: 一是加强二是推进十一是完善).
        #expect(Self.boundaries("一是加强；二是推进；十一是完善") == [2, 4, 6, 8, 11])
    }

    @Test func numeralsAndShiInsideAClauseEndNothing() {
        // 统一是 inside a clause; 是 after four numerals: no marker. A marker before a break: that break only.
        #expect(Self.boundaries("标准统一是关键") == [])
        #expect(Self.boundaries("一二三四是") == [])
        #expect(Self.boundaries("三是，加强") == [2])
    }
}
