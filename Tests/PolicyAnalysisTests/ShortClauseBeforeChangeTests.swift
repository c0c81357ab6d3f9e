import Testing
@testable import PolicyAnalysis

/// A short clause both texts hold whole before a changed name at the next clause's start ("三年内，[全国→江苏省]…")
/// is taken into the passage when it is at least as long as the change (analysis version 36,
/// `ChainContext.shortClauseBackward`), as the guarantee bridges a changed name; the passage started after the
/// change, 5-6 characters late. Mirrored at a passage's end.
@Suite struct ShortClauseBeforeChangeTests {
    /// "三年内，" before 全国 changed to a place of `place`, the copy going on after it.
    static func copyAfter(_ place: String, seed: UInt64) -> (source: String, target: String, rest: String) {
        var text = CopyCase(seed: seed)
        let rest = text.own(40) + "，" + text.own(20)
        return (text.own(60) + "。三年内，全国" + rest + "。" + text.own(40) + "。",
                text.own(50) + "。三年内，" + place + rest + "。" + text.own(40) + "。", rest)
    }

    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aShortClauseBeforeAChangedPlaceIsTakenIn(seed: UInt64) throws {
        let (source, target, rest) = Self.copyAfter("江苏省", seed: seed)
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, "三年内，全国" + rest, target: target, "三年内，江苏省" + rest, ends: false),
                "\(CopyCase.describe(pair))")
    }

    /// The negative: a change longer than the clause before it is not bridged on that clause.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aShortClauseBeforeALongerChangeIsNotTakenIn(seed: UInt64) throws {
        let (source, target, rest) = Self.copyAfter("黑龙江省佳木斯市", seed: seed)
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, rest, target: target, rest, ends: false), "\(CopyCase.describe(pair))")
    }

    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aChangedPlaceBeforeAShortClauseIsTakenIn(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let start = text.own(20) + "，" + text.own(40)
        let source = text.own(60) + "。" + start + "全国，三年内。" + text.own(40) + "。"
        let target = text.own(50) + "。" + start + "江苏省，三年内。" + text.own(40) + "。"
        let pair = try #require(CopyCase.pair(source, target))
        #expect(CopyCase.hasPassage(pair, source: source, start + "全国，三年内", target: target, start + "江苏省，三年内", starts: false),
                "\(CopyCase.describe(pair))")
    }
}
