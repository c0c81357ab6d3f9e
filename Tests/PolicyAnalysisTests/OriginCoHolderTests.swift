import Testing
@testable import PolicyAnalysis

/// A sentence of 40 characters that only the pair holds whole, each of whose k-grams four earlier documents
/// hold (its first 20 characters, its middle 20, its last 20, each in four documents of their own): the source
/// holds none of its fingerprints first, and each has more than `originFreeHolders` earlier holders, so before
/// analysis version 41 no seed of the pair was written. The earliest document holding two of its fingerprints
/// 5 to 20 apart, at their distance, is the source: a source now (`originCoHolderLimit`).
@Suite struct OriginCoHolderTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aSentenceWhosePartsEarlierDocumentsHoldIsFound(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { PairOnlyStretchTests.own(count, &rng) }
        func filler(_ sentences: Int) -> String { PairOnlyStretchTests.filler(sentences, &rng) }
        let sentence = own(40)
        let parts = [sentence.prefix(20), sentence.dropFirst(10).prefix(20), sentence.suffix(20)].map(String.init)
        var start = 0
        let documents = (0..<40).map { i -> AnalysisDocument in
            var text = filler(4)
            switch i {
            case 0..<12: text += own(9) + parts[i / 4] + own(9) + "。" + filler(2)
            case 15: text += sentence + "。" + filler(2)
            case 20:
                start = text.unicodeScalars.count
                text += sentence + "。" + filler(2)
            default: text += filler(2)
            }
            return AnalysisDocument(id: String(format: "d%02d", i), level: .provincial, regionCode: String(110000 + i * 10000),
                                    issuerIds: ["provincial-government"], date: String(format: "2016-%02d-%02d", i / 28 + 1, i % 28 + 1),
                                    text: text)
        }
        let pairs = ReuseDetector().detect(documents)
        let found = pairs.filter { $0.target == "d20" }.flatMap { pair in
            pair.passages.filter { !$0.formula && $0.target.start <= start + 2 && $0.target.end >= start + 38 }.map { _ in pair.source }
        }
        #expect(found == ["d15"])
    }
}
