import Testing
@testable import PolicyAnalysis

/// Two sentences copied in the other order ("B。A。" from "A。B。"), each followed in both texts by the same few
/// characters ("到2020年，", how the next sentence starts), so that their passages overlap in both texts: they
/// stay two passages, each pairing a sentence with its copy (before analysis version 34 they were merged into
/// one "edited" passage whose source was A and B and whose target was B and A).
@Suite struct CrossingPassagesTests {
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func sentencesCopiedInAnotherOrderStayTwoPassages(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        func own(_ count: Int) -> String { String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng))) }
        let a = "到2020年，" + own(32) + "，" + own(12), b = "到2020年，" + own(26) + "，" + own(14)
        let source = own(40) + "。" + a + "。" + b + "。到2020年，" + own(40) + "。"
        let target = own(40) + "。" + b + "。" + a + "。到2020年，" + own(40) + "。"
        let documents = [
            AnalysisDocument(id: "s", level: .provincial, regionCode: "110000", issuerIds: ["provincial-government"], date: "2016-01-01", text: source),
            AnalysisDocument(id: "t", level: .provincial, regionCode: "310000", issuerIds: ["provincial-government"], date: "2016-06-01", text: target),
        ]
        let pair = try #require(ReuseDetector().detect(documents).first)
        let sourceA = Self.range(of: a, in: source), sourceB = Self.range(of: b, in: source)
        let targetA = Self.range(of: a, in: target), targetB = Self.range(of: b, in: target)
        // Each passage pairs one sentence with its own copy: never A's source with B's target or the other way.
        for p in pair.passages {
            let s = p.source.start..<p.source.end, t = p.target.start..<p.target.end
            let pairsA = s.overlaps(sourceA) && t.overlaps(targetA), pairsB = s.overlaps(sourceB) && t.overlaps(targetB)
            #expect(!(s.clamped(to: sourceA).count > 10 && s.clamped(to: sourceB).count > 10), "source \(s) holds both sentences")
            #expect(pairsA || pairsB, "passage \(s) -> \(t) pairs neither sentence with its copy")
        }
        #expect(pair.passages.count == 2, "\(pair.passages.map { ($0.source.start, $0.source.end, $0.target.start, $0.target.end) })")
    }

    /// Where `sentence` stands in `text`, in Unicode scalars.
    static func range(of sentence: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), needle = Array(sentence.unicodeScalars)
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return i..<(i + needle.count)
        }
        return 0..<0
    }
}
