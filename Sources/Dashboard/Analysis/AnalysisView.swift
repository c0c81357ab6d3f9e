import Foundation
import PolicyAnalysis
import PolicyModel

/// The corpus's analysis with the lookups the screens need, built once when the dashboard opens.
public struct AnalysisView: Sendable {
    public let result: AnalysisResult
    private let byID: [String: Int]
    private let pairsByDocument: [String: [Int]]
    let valueCache: IndicatorValueCache

    public init(result: AnalysisResult) {
        self.init(result: result, valueCache: IndicatorValueCache())
    }

    init(result: AnalysisResult, valueCache: IndicatorValueCache) {
        self.valueCache = valueCache
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

    /// The pair whose copied passage covers most of `range` of document `id`'s text (either side), if any:
    /// `c` on a line of a passage compares with that passage's own source, not the largest one.
    public func pair(of id: String, copyingIn range: Range<Int>) -> ReusePair? {
        var best: (pair: ReusePair, overlap: Int)?
        for p in pairs(involving: id) {
            for passage in p.copies {
                let span = p.target == id ? passage.target : passage.source
                let overlap = min(span.end, range.upperBound) - max(span.start, range.lowerBound)
                if overlap > (best?.overlap ?? 0) { best = (p, overlap) }
            }
        }
        return best?.pair
    }

    /// The pair between two documents, whichever is the source.
    public func pair(_ a: String, _ b: String) -> ReusePair? {
        (pairsByDocument[a] ?? []).lazy.map { result.reuse[$0] }.first {
            ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a)
        }
    }
}

/// Whether the dashboard has text analysis, and if not, why: screens say which indicators need texts.
public enum AnalysisStatus: Sendable, Hashable {
    /// No document of the corpus has text: metadata indicators only.
    case noTexts
    case ready
    /// Being loaded or computed in the background (see `AppState.analysisJob`).
    case loading
    /// The analyst cancelled the computation.
    case cancelled
    /// The texts could not be read again, or the analysis could not be made (why).
    case failed(String)
}

extension AnalysisView {
    /// The analysis with analysts' code overrides applied to the documents they touch: tool counts, shares and
    /// the tool x area matrix then count the manual codes. Documents without overrides are left as they are.
    public func applying(_ reviews: ReviewStore, corpus: Corpus) -> AnalysisView {
        let overrides = reviews.overrides
        guard !overrides.isEmpty else { return self }
        let coding = ReviewedCoding(scheme: CodingScheme(taxonomy: corpus.taxonomy), overrides: overrides)
        var result = self.result
        let touched = Set(overrides.keys.map(\.document))
        for i in result.documents.indices where touched.contains(result.documents[i].id) {
            guard let text = corpus.document(result.documents[i].id)?.text else { continue }
            let clauses = coding.clauses(document: result.documents[i].id, coding: coding.machineCoding(text: text))
            var classes: [String: Int] = [:]
            var matrix: [String: [String: Int]] = [:]
            for c in clauses {
                for cls in c.toolClasses { classes[cls, default: 0] += 1 }
                for tool in c.tools {
                    for area in c.actionAreas.isEmpty ? ["none"] : c.actionAreas { matrix[tool, default: [:]][area, default: 0] += 1 }
                }
            }
            let total = max(1, classes.values.reduce(0, +))
            result.documents[i].toolCounts = classes
            result.documents[i].toolShares = classes.mapValues { Double($0) / Double(total) }
            result.documents[i].toolAreaCounts = matrix
        }
        return AnalysisView(result: result, valueCache: valueCache.keeping(except: [.toolShares]))
    }
}

/// Each text indicator's value per document, computed once per analysis (a 10,000-document corpus has
/// hundreds of measures per document: computing every ranking afresh took a second).
final class IndicatorValueCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [TextIndicatorKind: [String: Double]] = [:]

    func values(of id: TextIndicatorKind, compute: () -> [String: Double]) -> [String: Double] {
        lock.lock()
        if let hit = values[id] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        values[id] = computed
        lock.unlock()
        return computed
    }

    /// The entries still valid after analysts' overrides: everything but what counts clause codes.
    func keeping(except changed: Set<TextIndicatorKind>) -> IndicatorValueCache {
        let copy = IndicatorValueCache()
        lock.lock()
        copy.values = values.filter { !changed.contains($0.key) }
        lock.unlock()
        return copy
    }
}

extension AnalysisView {
    /// Document id -> value of a text indicator, for the documents it applies to.
    func values(of kind: TextIndicatorKind) -> [String: Double] {
        valueCache.values(of: kind) {
            let indicator = TextIndicator(kind)
            var out: [String: Double] = [:]
            for d in result.documents {
                if let v = indicator.value(d, analysis: self) { out[d.id] = v }
            }
            return out
        }
    }

    /// Computes every text indicator's values now (on the background thread that loaded the analysis).
    func warmIndicatorValues(_ kinds: [TextIndicatorKind]) {
        for kind in kinds { _ = values(of: kind) }
    }
}
