import PropertyBased
import Testing
@testable import PolicyAnalysis

/// The matcher reports what comparing every keyword at every position would, in the same order.
@Suite struct KeywordMatcherTests {
    /// Few characters, so that keywords overlap, share their first two scalars and occur often; with one-scalar
    /// keywords, an astral character, letters that fold together (A, a) and keywords listed twice.
    static let alphabet: [String] = ["资", "金", "专", "项", "𪚥", "A", "a", "，"]

    static func draw(_ rng: inout SplitMix64, length: Int) -> String {
        (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
    }

    /// Every keyword compared at every position of `range`: at a position, longer keywords first, then in
    /// entry order.
    static func plainHits(_ entries: [(code: String, keyword: String)], in text: [UInt32],
                          range: Range<Int>) -> [KeywordMatcher.Hit] {
        let patterns = entries.map { NormalizedText($0.keyword, mode: .fold).scalars }
        let order = patterns.indices.sorted { a, b in
            patterns[a].count != patterns[b].count ? patterns[a].count > patterns[b].count : a < b
        }
        var hits: [KeywordMatcher.Hit] = []
        for i in range {
            for e in order where !patterns[e].isEmpty && i + patterns[e].count <= range.upperBound
                && text[i..<(i + patterns[e].count)].elementsEqual(patterns[e]) {
                hits.append(KeywordMatcher.Hit(entry: e, range: i..<(i + patterns[e].count)))
            }
        }
        return hits
    }

    @Test func hitsAreThoseOfComparingEveryKeyword() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let entries = (0..<Int(1 + rng.next() % 30)).map { i in ("k\(i)", Self.draw(&rng, length: Int(1 + rng.next() % 4))) }
            // Up to 700 characters: across the scan's blocks of positions (`KeywordMatcher.block`, 256).
            let text = NormalizedText(Self.draw(&rng, length: Int(rng.next() % 700)), mode: .fold).scalars
            let lower = Int(rng.next() % UInt64(text.count + 1))
            let upper = lower + Int(rng.next() % UInt64(text.count - lower + 1))
            let matcher = KeywordMatcher(entries)
            #expect(matcher.hits(in: text) == Self.plainHits(entries, in: text, range: 0..<text.count), "seed \(seed)")
            #expect(matcher.hits(in: text, range: lower..<upper) == Self.plainHits(entries, in: text, range: lower..<upper),
                    "seed \(seed)")
        }
    }

    /// The extractor's keywords (the coding scheme's, the feature detector's and the orientation terms) on demo
    /// documents, against the same plain comparison.
    @Test func theExtractorsKeywordsOnDemoTexts() {
        let extractor = TextIndicatorExtractor()
        let entries = extractor.coder.matcher.entries + extractor.detector.matcher.entries + extractor.orientation.entries
        let matcher = KeywordMatcher(entries)
        for document in DemoCorpusGenerator(seed: 3, documents: 6).generate().documents {
            let text = NormalizedText(document.text, mode: .fold).scalars
            #expect(matcher.hits(in: text) == Self.plainHits(entries, in: text, range: 0..<text.count), "\(document.id)")
        }
    }
}
