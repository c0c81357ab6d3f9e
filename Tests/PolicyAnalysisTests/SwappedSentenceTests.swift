import Testing
@testable import PolicyAnalysis

/// Sentences of a paragraph copied in another order ("B。A。" from "A。B。"): each is a passage of its own,
/// and one made of stock clauses alone is judged a formula on its own. Beside a copy of the same pair in
/// both texts it is part of that copy (`PassageChainer.keepNeighbours`, since analysis version 28); a stock
/// sentence that stands beside the copy in the target only stays a formula.
@Suite struct SwappedSentenceTests {
    /// Stock clauses every document holds, in this order (a formula by the order rule).
    static let stock = "加强组织领导，注重统筹兼顾，强化责任落实，形成工作合力，营造良好氛围。"

    /// Twelve documents, each holding `stock` among its own sentences; d5 holds sentence A then `stock`,
    /// d9 `stock` then A (swapped); d6 holds sentence B, 12 characters of its own, then `stock`; d10 `stock`
    /// then B.
    static func documents(seed: UInt64) -> (documents: [AnalysisDocument], swappedStock: Int, besideStock: Int) {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        func filler(_ sentences: Int) -> String {
            (0..<sentences).map { _ in own(12 + rng.below(10)) + "，" + own(12 + rng.below(10)) + "。" }.joined()
        }
        let a = own(22) + "，" + own(20) + "。"
        let b = own(21) + "，" + own(23) + "。"
        let central = ["state-council", "general-office", "miit", "ndrc"]
        let regions = ["110000", "310000", "320000", "330000", "440000", "510000", "610000", "370000"]
        var swappedStock = 0, besideStock = 0
        let documents = (0..<12).map { i -> AnalysisDocument in
            var text = filler(5)
            switch i {
            case 5: text += a + stock + filler(4)
            case 9:
                swappedStock = text.unicodeScalars.count
                text += stock + a + filler(4)
            case 6: text += b + own(12) + "。" + stock + filler(4)
            case 10:
                besideStock = text.unicodeScalars.count
                text += stock + b + filler(4)
            default: text += stock + filler(4)
            }
            let date = "2016-\(String(format: "%02d", i + 1))-15"
            if i < central.count {
                return AnalysisDocument(id: "d\(i)", level: i < 2 ? .national : .ministerial, issuerIds: [central[i]], date: date, text: text)
            }
            return AnalysisDocument(id: "d\(i)", level: .provincial, regionCode: regions[i - central.count],
                                    issuerIds: ["provincial-government"], date: date, text: text)
        }
        return (documents, swappedStock, besideStock)
    }

    /// The copies of pair `source` -> `target`, once it is seen to list the stock sentence at `stock` at all,
    /// copy or formula. Its fingerprints, which every document holds, seed no pair; the seeds chosen are those
    /// whose pair aligns it from a seed of its own, so that each test asks the decision, not the seeding.
    static func copies(_ documents: [AnalysisDocument], _ source: String, _ target: String, stock: Int) -> [ReusePassage] {
        let pair = ReuseDetector().detect(documents).first { $0.source == source && $0.target == target }
        #expect(pair?.passages.contains { abs($0.target.start - stock) <= 2 } == true, "the pair lists the stock sentence")
        return pair?.passages.filter { !$0.formula } ?? []
    }

    @Test(arguments: [5, 6, 7, 15, 16] as [UInt64])
    func aStockSentenceSwappedWithACopiedOneIsPartOfTheCopy(seed: UInt64) {
        let (documents, swappedStock, _) = Self.documents(seed: seed)
        let copies = Self.copies(documents, "d5", "d9", stock: swappedStock)
        #expect(copies.contains { abs($0.target.start - swappedStock) <= 2 },
                "stock sentence from \(swappedStock); copies \(copies.map { ($0.target.start, $0.target.end) })")
    }

    @Test(arguments: [5, 6, 7, 15, 16] as [UInt64])
    func aStockSentenceBesideACopyInTheTargetOnlyIsNoCopy(seed: UInt64) {
        let (documents, _, besideStock) = Self.documents(seed: seed)
        let copies = Self.copies(documents, "d6", "d10", stock: besideStock)
        #expect(!copies.isEmpty, "the copied sentence B is reported")
        #expect(!copies.contains { $0.target.start <= besideStock + 2 },
                "stock sentence at \(besideStock); copies \(copies.map { ($0.target.start, $0.target.end) })")
    }

    /// The rule on passages as the chainer leaves them (one source's, in target order): a row of formula
    /// passages beside a copy in both texts becomes copies one after the other; one beside it in the target
    /// only stays a formula; two short chance fills side by side are copies when the corpus is large enough
    /// that both would not meet by chance, and stay formulae in a corpus of two documents.
    @Test func neighboursAreJudgedAlongARow() {
        func passage(_ s: Range<Int>, _ t: Range<Int>, formula: Bool, chanceFill: Float = 0) -> PassageMatch {
            var p = PassageMatch(source: 0, target: 1, sourceRange: s, targetRange: t, identical: s.count, edited: false, formula: formula)
            p.chanceFill = chanceFill
            return p
        }
        var row = [passage(82..<120, 20..<58, formula: true), passage(42..<80, 60..<98, formula: true),
                   passage(0..<40, 100..<140, formula: false), passage(300..<330, 142..<172, formula: true)]
        PassageChainer.keepNeighbours(&row, from: 0, documents: 1000, params: ReuseParameters())
        #expect(row.map(\.formula) == [false, false, false, true])

        let fills = [passage(30..<56, 0..<26, formula: true, chanceFill: 1.5), passage(0..<28, 27..<55, formula: true, chanceFill: 2)]
        var large = fills, small = fills
        PassageChainer.keepNeighbours(&large, from: 0, documents: 1000, params: ReuseParameters())
        PassageChainer.keepNeighbours(&small, from: 0, documents: 2, params: ReuseParameters())
        #expect(large.map(\.formula) == [false, false])
        #expect(small.map(\.formula) == [true, true])
    }
}
