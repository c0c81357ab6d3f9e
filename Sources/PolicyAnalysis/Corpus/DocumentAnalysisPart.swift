/// One document's part of a stored analysis: its indicators with every evidence span, and the reuse pairs
/// it takes part in (as source or target) with their passages. One line of `documents.jsonl`.
public struct DocumentAnalysisPart: Sendable, Hashable, Codable {
    public var indicators: DocumentIndicators
    /// Sorted by source, then target.
    public var reuse: [ReusePair]

    public init(indicators: DocumentIndicators, reuse: [ReusePair]) {
        self.indicators = indicators
        self.reuse = reuse
    }

    /// Each document's part of a result, in the result's document order.
    public static func parts(of result: AnalysisResult) -> [DocumentAnalysisPart] {
        var pairs: [String: [Int]] = [:]
        for (i, p) in result.reuse.enumerated() {
            pairs[p.source, default: []].append(i)
            if p.target != p.source { pairs[p.target, default: []].append(i) }
        }
        return result.documents.map { d in
            DocumentAnalysisPart(indicators: d, reuse: (pairs[d.id] ?? []).map { result.reuse[$0] })
        }
    }
}
