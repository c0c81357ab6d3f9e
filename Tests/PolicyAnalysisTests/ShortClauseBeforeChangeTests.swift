import Testing
@testable import PolicyAnalysis

/// A short clause both texts hold whole before a changed name at the next clause's start ("三年内，[全国→江苏省]…")
/// is taken into the passage when it is at least as long as the change (analysis version 36,
/// `ChainContext.shortClauseBackward`), as the guarantee bridges a changed name; the passage started after the
/// change, 5-6 characters late. Mirrored at a passage's end.
@Suite struct ShortClauseBeforeChangeTests {
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aShortClauseBeforeAChangedPlaceIsTakenIn(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let rest = own(40) + "，" + own(20)
        let source = own(60) + "。三年内，全国" + rest + "。" + own(40) + "。"
        let target = own(50) + "。三年内，江苏省" + rest + "。" + own(40) + "。"
        let pair = try #require(ReuseDetector().detect(MovedSentenceTests.documents(source, target)).first)
        let s = CrossingPassagesTests.range(of: "三年内，全国" + rest, in: source)
        let t = CrossingPassagesTests.range(of: "三年内，江苏省" + rest, in: target)
        #expect(pair.passages.contains { p in abs(p.source.start - s.lowerBound) <= 2 && abs(p.target.start - t.lowerBound) <= 2 },
                "\(MovedSentenceTests.describe(pair)); copy at \(s) -> \(t)")
    }

    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aChangedPlaceBeforeAShortClauseIsTakenIn(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let start = own(20) + "，" + own(40)
        let source = own(60) + "。" + start + "全国，三年内。" + own(40) + "。"
        let target = own(50) + "。" + start + "江苏省，三年内。" + own(40) + "。"
        let pair = try #require(ReuseDetector().detect(MovedSentenceTests.documents(source, target)).first)
        let s = CrossingPassagesTests.range(of: start + "全国，三年内", in: source)
        let t = CrossingPassagesTests.range(of: start + "江苏省，三年内", in: target)
        #expect(pair.passages.contains { p in abs(p.source.end - s.upperBound) <= 2 && abs(p.target.end - t.upperBound) <= 2 },
                "\(MovedSentenceTests.describe(pair)); copy at \(s) -> \(t)")
    }

    /// The negative: a change longer than the clause before it is not bridged on that clause.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aShortClauseBeforeALongerChangeIsNotTakenIn(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let rest = own(40) + "，" + own(20)
        let source = own(60) + "。三年内，全国" + rest + "。" + own(40) + "。"
        let target = own(50) + "。三年内，黑龙江省佳木斯市" + rest + "。" + own(40) + "。"
        let pair = try #require(ReuseDetector().detect(MovedSentenceTests.documents(source, target)).first)
        let t = CrossingPassagesTests.range(of: rest, in: target)
        #expect(pair.passages.contains { p in abs(p.target.start - t.lowerBound) <= 2 }, "\(MovedSentenceTests.describe(pair))")
    }
}
