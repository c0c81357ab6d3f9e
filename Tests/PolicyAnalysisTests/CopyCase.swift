@testable import PolicyAnalysis

/// A source and a target text for the reuse tests that plant one copy in random own text
/// (`ReuseGuaranteeTests.randomText`), and what the analysis reports for the pair.
struct CopyCase {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `count` random ideographs: text of one document's own.
    mutating func own(_ count: Int) -> String {
        String(String.UnicodeScalarView(ReuseGuaranteeTests.randomText(count, &rng)))
    }

    /// A random length from `least` to `least + spread - 1`.
    mutating func length(_ least: Int, spread: Int) -> Int { least + rng.below(spread) }

    /// The pair's passages, "source-start-end->target-start-end", for a failure message.
    static func describe(_ pair: ReusePair) -> String {
        pair.passages.map { "\($0.source.start)-\($0.source.end)->\($0.target.start)-\($0.target.end)" }.joined(separator: " ")
    }

    /// The pair of `source` (earlier) and `target`, two provincial documents, when the analysis reports one.
    static func pair(_ source: String, _ target: String) -> ReusePair? {
        ReuseDetector().detect(documents(source, target)).first
    }

    static func documents(_ source: String, _ target: String) -> [AnalysisDocument] {
        [
            AnalysisDocument(id: "s", level: .provincial, regionCode: "110000", issuerIds: ["provincial-government"], date: "2016-01-01", text: source),
            AnalysisDocument(id: "t", level: .provincial, regionCode: "310000", issuerIds: ["provincial-government"], date: "2016-06-01", text: target),
        ]
    }

    /// Whether a passage of `pair` has its starts (`starts`) and ends (`ends`) within 2 characters of those of
    /// `copied` in the source and `copy` in the target (the texts' first occurrences of them).
    static func hasPassage(_ pair: ReusePair, source: String, _ copied: String, target: String, _ copy: String,
                           starts: Bool = true, ends: Bool = true) -> Bool {
        let s = CrossingPassagesTests.range(of: copied, in: source), t = CrossingPassagesTests.range(of: copy, in: target)
        return pair.passages.contains { p in
            (!starts || (abs(p.source.start - s.lowerBound) <= 2 && abs(p.target.start - t.lowerBound) <= 2))
                && (!ends || (abs(p.source.end - s.upperBound) <= 2 && abs(p.target.end - t.upperBound) <= 2))
        }
    }
}
