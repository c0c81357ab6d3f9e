import Testing
@testable import PolicyAnalysis

/// Short-period repeats ("数据数据数据…") seed from a few selections at each end (`TandemRepeats`): text
/// without repeats keeps every selection, a repeat of thousands of characters keeps a handful, and two
/// documents that share one still get the passage over it.
@Suite struct TandemRepeatTests {
    static let params = ReuseParameters()
    static var spread: Int { PassageChainer.seedSpread(k: params.k, window: params.window, passage: params.minPassageLength) }

    static func prints(_ scalars: [Unicode.Scalar]) -> [(hash: UInt64, position: Int32)] {
        Winnowing.fingerprints(scalars.map { UInt32($0.value) }, k: params.k, window: params.window)
    }

    /// `unit` (1-10 random ideographs) repeated over `length` characters.
    static func repeatStretch(_ unit: [Unicode.Scalar], length: Int) -> [Unicode.Scalar] {
        (0..<length).map { unit[$0 % unit.count] }
    }

    @Test func textWithoutRepeatsKeepsEverySelection() {
        var rng = SplitMix64(seed: 41)
        for _ in 0..<200 {
            let all = Self.prints(ReuseGuaranteeTests.randomText(20 + rng.below(3000), &rng))
            let kept = TandemRepeats.thinned(all, within: Self.params.k, spread: Self.spread)
            #expect(kept.map(\.hash) == all.map(\.hash) && kept.map(\.position) == all.map(\.position))
        }
    }

    @Test func aLongRepeatKeepsAFewSelectionsAtEachEnd() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let unit = ReuseGuaranteeTests.randomText(1 + rng.below(10), &rng)
            let before = ReuseGuaranteeTests.randomText(50 + rng.below(200), &rng)
            let stretch = Self.repeatStretch(unit, length: 1_000 + rng.below(5_000))
            let all = Self.prints(before + stretch + ReuseGuaranteeTests.randomText(50 + rng.below(200), &rng))
            let kept = TandemRepeats.thinned(all, within: Self.params.k, spread: Self.spread)
            let inside = before.count..<(before.count + stretch.count - Self.params.k + 1)
            let keptInside = kept.filter { inside.contains(Int($0.position)) }
            // At most spread + 1 selections at each end of each chain, one chain per hash a period selects.
            #expect(keptInside.count <= 2 * (Self.spread + 1) * unit.count, "unit \(unit.count), kept \(keptInside.count)")
            #expect(all.filter { inside.contains(Int($0.position)) }.count >= stretch.count / max(unit.count, Self.params.window + 1) - 1)
            // Every selection outside the repeat is kept.
            #expect(kept.filter { !inside.contains(Int($0.position)) }.count == all.filter { !inside.contains(Int($0.position)) }.count)
        }
    }

    /// Two documents with different text around one repeat: one passage over the whole shared repeat, its
    /// ends within 2 characters of the repeat's, from the seeds the thinning keeps at its start.
    @Test func documentsSharingARepeatGetThePassageOverIt() {
        var rng = SplitMix64(seed: 43)
        for round in 0..<60 {
            let unit = ReuseGuaranteeTests.randomText(1 + rng.below(10), &rng)
            let length = 40 + rng.below(4_000)
            let stretch = Self.repeatStretch(unit, length: length)
            let plant = ReuseGuaranteeTests.Plant(
                earlier: ReuseGuaranteeTests.randomText(50 + rng.below(300), &rng) + stretch + ReuseGuaranteeTests.randomText(60, &rng),
                later: ReuseGuaranteeTests.randomText(50 + rng.below(300), &rng) + stretch + ReuseGuaranteeTests.randomText(60, &rng),
                source: 0..<0, target: 0..<0, edits: 0)
            let start = plant.later.count - 60 - length
            let passages = ReuseGuaranteeTests.detect(plant)
            let covering = passages.filter { $0.target.start < start + length && $0.target.end > start }
            #expect(covering.count == 1, "round \(round): unit \(unit.count), length \(length): \(passages)")
            if let p = covering.first {
                #expect(abs(p.target.start - start) <= 2 && abs(p.target.end - (start + length)) <= 2,
                        "round \(round): unit \(unit.count), length \(length): \(p.target) for \(start)..<\(start + length)")
            }
        }
    }

    /// A clause said twice in the copy and three times in the target ("A。A，A，…" against "A，A，…": the copy is
    /// the last two): the passage starts at the copy, not at the target's first A with its second as an
    /// insertion. A run that aligns the passage's first source characters again, later in the target, joins
    /// nothing (analysis version 45). Seen: g6-00038 -> g6-00226 ("筑牢数据安全防线"), 8 characters early.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aClauseRepeatedBeforeACopyStaysOutOfIt(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let unit = text.own(text.length(8, spread: 5)), rest = text.own(text.length(30, spread: 20))
        let copy = unit + "，" + unit + "，" + rest
        try ReplacedTextEndsTests.expectWhole(copy, copy, within: (text.own(20) + "。" + copy,
                                                                 text.own(20) + "，" + unit + "。" + copy), &text)
    }
}
