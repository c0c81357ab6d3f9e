import Testing
@testable import PolicyAnalysis

/// A pair whose every stretch of a passage's length is stock phrases alone is dropped as formulae only before
/// its passages are aligned past their runs (since analysis version 68): three formula clauses every document
/// holds, which only this pair puts side by side, then an inserted clause and nine characters of the pair's own,
/// too few to carry a seed. Before, the alignment re-anchored past the inserted clause onto those nine, and the
/// passage was a copy; own text with a seed of its own within reach keeps the pair.
@Suite struct StockOnlyPairTests {
    /// The source's and the target's text of the pair: stock clauses, then the target's inserted clause, then
    /// `ownLength` characters of their own.
    static func documents(seed: UInt64, ownLength: Int) -> [AnalysisDocument] {
        var rng = SplitMix64(seed: seed)
        func random(_ count: Int) -> String {
            String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng)))
        }
        func filler(_ clauses: Int) -> String {
            (0..<clauses).map { _ in random(10 + rng.below(12)) + "，" }.joined() + random(12) + "。"
        }
        let stock = (0..<3).map { _ in random(12) }
        let own = random(ownLength)
        return (0..<12).map { i -> AnalysisDocument in
            switch i {
            case 5: StockClauseEditTests.document(i, text: filler(5) + stock.joined(separator: "，") + "，" + own + "。" + filler(5))
            case 9: StockClauseEditTests.document(i, text: filler(5) + stock.joined(separator: "，") + "，鼓励先行先试，" + own + "。" + filler(5))
            default: StockClauseEditTests.document(i, text: filler(5) + stock.map { $0 + "。" + filler(3) }.joined())
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func stockClausesWithNineOwnCharactersPastAnEditAreFormulaeOnly(seed: UInt64) {
        let pair = ReuseDetector().detect(Self.documents(seed: seed, ownLength: 9)).first { $0.source == "d5" && $0.target == "d9" }
        let copies = pair?.passages.filter { !$0.formula } ?? []
        #expect(copies.isEmpty, "copy passages \(copies.map { ($0.target.start, $0.target.end) })")
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func stockClausesWithAClauseOfTheirOwnPastAnEditAreACopy(seed: UInt64) {
        let pair = ReuseDetector().detect(Self.documents(seed: seed, ownLength: 26)).first { $0.source == "d5" && $0.target == "d9" }
        let copies = pair?.passages.filter { !$0.formula } ?? []
        #expect(!copies.isEmpty, "passages \(pair?.passages.map { ($0.target.start, $0.target.end, $0.formula) } ?? [])")
    }
}
