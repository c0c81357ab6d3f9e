import Testing
@testable import PolicyAnalysis

/// A copy that starts with stock clauses every document holds and drops a clause right after them
/// ("营造良好氛围，注重统筹兼顾，[注重示范引领，]深化改革创新…"): the guarantee bridges a dropped clause, so the
/// passage starts where the copy does, stock clauses and all (before analysis version 27 an alignment never
/// re-anchored on whole formula clauses, and the passage started at 深化改革创新).
@Suite struct StockClauseEditTests {
    static let stock = "营造良好氛围，注重统筹兼顾。"
    static let sourceCopy = "营造良好氛围，注重统筹兼顾，注重示范引领，深化改革创新，"
    static let targetCopy = "营造良好氛围，注重统筹兼顾，深化改革创新，"

    static func documents(seed: UInt64) -> (documents: [AnalysisDocument], copyStart: Int) {
        var rng = SplitMix64(seed: seed)
        func filler(_ clauses: Int) -> String {
            (0..<clauses).map { _ in String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(10 + rng.below(12), &rng))) + "，" }
                .joined() + "。"
        }
        let own = String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(30, &rng))) + "，"
            + String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(28, &rng))) + "。"
        var copyStart = 0
        let documents = (0..<12).map { i -> AnalysisDocument in
            var text = filler(6) + stock + filler(6)
            if i == 5 { text += sourceCopy + own }
            if i == 9 {
                copyStart = text.unicodeScalars.count
                text += targetCopy + own
            }
            text += filler(4)
            return document(i, text: text)
        }
        return (documents, copyStart)
    }

    /// Document `i` of twelve, one a month of 2016: four central ones of four issuers (`d0` to `d3`), then eight
    /// provinces' (`d4` to `d11`).
    static func document(_ i: Int, text: String) -> AnalysisDocument {
        let central = ["state-council", "general-office", "miit", "ndrc"]
        let date = "2016-\(String(format: "%02d", i + 1))-15"
        if i < central.count {
            return AnalysisDocument(id: "d\(i)", level: i < 2 ? .national : .ministerial, issuerIds: [central[i]], date: date, text: text)
        }
        return AnalysisDocument(id: "d\(i)", level: .provincial, regionCode: ["110000", "310000", "320000", "330000", "440000", "510000",
                                                                              "610000", "370000"][i - central.count],
                                issuerIds: ["provincial-government"], date: date, text: text)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aCopyThatDropsAClauseAfterStockClausesIsFoundFromItsStart(seed: UInt64) {
        let (documents, copyStart) = Self.documents(seed: seed)
        let pair = ReuseDetector().detect(documents).first { $0.source == "d5" && $0.target == "d9" }
        let copies = pair?.passages.filter { !$0.formula } ?? []
        #expect(copies.contains { abs($0.target.start - copyStart) <= 2 },
                "copy from \(copyStart); passages \(copies.map { ($0.target.start, $0.target.end) })")
    }
}
