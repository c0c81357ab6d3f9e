import PolicyAnalysis
import PolicyModel

/// The corpus's analysis with the lookups the screens need, built once when the dashboard opens.
public struct AnalysisView: Sendable {
    public let result: AnalysisResult
    private let byID: [String: Int]
    private let pairsByDocument: [String: [Int]]

    public init(result: AnalysisResult) {
        self.result = result
        var index: [String: Int] = [:]
        for (i, d) in result.documents.enumerated() { index[d.id] = i }
        byID = index
        var pairs: [String: [Int]] = [:]
        for (i, p) in result.reuse.enumerated() {
            pairs[p.source, default: []].append(i)
            pairs[p.target, default: []].append(i)
        }
        pairsByDocument = pairs
    }

    public func indicators(_ id: String) -> DocumentIndicators? { byID[id].map { result.documents[$0] } }

    /// Reuse pairs in which the document is source or target, strongest first.
    public func pairs(involving id: String) -> [ReusePair] {
        (pairsByDocument[id] ?? []).map { result.reuse[$0] }
            .sorted { $0.targetShare != $1.targetShare ? $0.targetShare > $1.targetShare : $0.source < $1.source }
    }

    /// The pair between two documents, whichever is the source.
    public func pair(_ a: String, _ b: String) -> ReusePair? {
        (pairsByDocument[a] ?? []).lazy.map { result.reuse[$0] }.first {
            ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a)
        }
    }
}

/// Whether the dashboard has text analysis, and if not, why: screens say which indicators need texts.
public enum AnalysisStatus: Sendable, Equatable {
    /// No document of the corpus has text: metadata indicators only.
    case noTexts
    case ready
    /// The analyst cancelled the computation at start-up.
    case cancelled
}
