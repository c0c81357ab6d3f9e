import Foundation
import PolicyAnalysis
import PolicyModel

/// The corpus's analysis with the lookups the screens need, built once when the dashboard opens: the
/// corpus-level summary in memory (`result`: counts, shares, the pair list), a document's evidence spans
/// and passages read from its stored part when it is opened (`details`, `reusePairs`).
public struct AnalysisView: Sendable {
    public let result: AnalysisSummary
    let stored: StoredAnalysis
    private let byID: [String: Int]
    /// The pairs each of `result.documents` is in (positions in `result.reuse`), by its position.
    private let pairsByPosition: [[Int]]
    let valueCache: IndicatorValueCache
    /// Action areas coded from each document's text (`AnalysisSummary.textAreas`), made once: every province
    /// and area profile asks for them, and making them for each took a tenth of the dashboard's start.
    let textAreas: [String: [String]]

    public init(result: AnalysisResult) {
        self.init(stored: StoredAnalysis(result: result))
    }

    public init(stored: StoredAnalysis) {
        self.init(stored: stored, summary: stored.summary, valueCache: IndicatorValueCache())
    }

    init(stored: StoredAnalysis, summary: AnalysisSummary, valueCache: IndicatorValueCache) {
        self.valueCache = valueCache
        self.stored = stored
        result = summary
        // By position, not by id: a list per id, grown a pair at a time, was most of making the view at
        // 10,000 documents (230,000 pairs).
        var index: [String: Int] = [:]
        index.reserveCapacity(summary.documents.count)
        for i in summary.documents.indices { index[summary.documents[i].id] = i }
        byID = index
        var pairs = Array(repeating: [Int](), count: summary.documents.count)
        for i in summary.reuse.indices {
            if let source = index[summary.reuse[i].source] { pairs[source].append(i) }
            if let target = index[summary.reuse[i].target] { pairs[target].append(i) }
        }
        pairsByPosition = pairs
        textAreas = summary.textAreas
    }

    /// Positions in `result.reuse` of the pairs document `id` is in.
    private func pairPositions(of id: String) -> [Int] { byID[id].map { pairsByPosition[$0] } ?? [] }

    /// A document's counts and shares (no evidence spans).
    public func indicators(_ id: String) -> DocumentSummary? { byID[id].map { result.documents[$0] } }

    /// A document's indicators with their evidence spans, read from its part.
    public func details(_ id: String) -> DocumentIndicators? {
        guard var d = stored.part(id)?.indicators else { return nil }
        // The tool counts as the summary has them: with the analysts' overrides applied (`applying`).
        if let summary = indicators(id) { d.takeReviewedCodes(of: summary) }
        return d
    }

    /// Reuse pairs in which the document is source or target, strongest first (shares and counts only).
    public func pairs(involving id: String) -> [ReusePairSummary] {
        pairPositions(of: id).map { result.reuse[$0] }
            .sorted { $0.targetShare != $1.targetShare ? $0.targetShare > $1.targetShare : $0.source < $1.source }
    }

    /// The largest share document `id` has in a pair of `relation`, from its side (the target's share when
    /// it is the target); nil when it is in no such pair. No list is made nor sorted.
    func largestShare(of id: String, in relation: ReuseRelation) -> Double? {
        var largest: Double?
        for i in pairPositions(of: id) where result.reuse[i].relation == relation {
            let p = result.reuse[i]
            let share = p.target == id ? p.targetShare : p.sourceShare
            largest = max(largest ?? share, share)
        }
        return largest
    }

    /// The same pairs with their passages, read from the document's part.
    public func reusePairs(involving id: String) -> [ReusePair] {
        (stored.part(id)?.reuse ?? [])
            .sorted { $0.targetShare != $1.targetShare ? $0.targetShare > $1.targetShare : $0.source < $1.source }
    }

    /// The pair whose copied passage covers most of `range` of document `id`'s text (either side), if any:
    /// `c` on a line of a passage compares with that passage's own source, not the largest one.
    public func pair(of id: String, copyingIn range: Range<Int>) -> ReusePair? {
        var best: (pair: ReusePair, overlap: Int)?
        for p in reusePairs(involving: id) {
            for passage in p.copies {
                let span = p.target == id ? passage.target : passage.source
                let overlap = min(span.end, range.upperBound) - max(span.start, range.lowerBound)
                if overlap > (best?.overlap ?? 0) { best = (p, overlap) }
            }
        }
        return best?.pair
    }

    /// The pair between two documents, whichever is the source, with its passages.
    public func pair(_ a: String, _ b: String) -> ReusePair? {
        guard pairPositions(of: a).contains(where: { i in
            let p = result.reuse[i]
            return (p.source == a && p.target == b) || (p.source == b && p.target == a)
        }) else { return nil }
        return stored.part(a)?.reuse.first { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
    }

    /// The whole analysis (every part read), with the analysts' overrides of tool and area codes: for an export.
    public func fullResult() throws -> AnalysisResult {
        var full = try stored.fullResult()
        for i in full.documents.indices {
            if let summary = indicators(full.documents[i].id) { full.documents[i].takeReviewedCodes(of: summary) }
        }
        return full
    }
}

extension DocumentIndicators {
    /// The codes `AnalysisView.applying` counts with the analysts' overrides, taken from the view's summary.
    mutating func takeReviewedCodes(of summary: DocumentSummary) {
        toolCounts = summary.toolCounts
        toolShares = summary.toolShares
        toolAreaCounts = summary.toolAreaCounts
        actionAreas = summary.actionAreas
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
    case failed(LocalizedText)
}

extension AnalysisView {
    /// The analysis with analysts' code overrides applied to the documents they touch: tool counts, shares, the
    /// tool x area matrix and the action areas coded from the text then count the manual codes, as the export does
    /// (`ReviewedDocumentCodes`). Documents without overrides are left as they are.
    public func applying(_ reviews: ReviewStore, corpus: Corpus) -> AnalysisView {
        let overrides = reviews.overrides
        guard !overrides.isEmpty else { return self }
        let coding = ReviewedCoding(scheme: CodingScheme(taxonomy: corpus.taxonomy), overrides: overrides)
        var result = self.result
        coding.applyToTouched(&result.documents) { id in corpus.document(id).flatMap { corpus.text(of: $0) } }
        // A new view: its text areas (`textAreas`), and what the screens make of them (province, issuer and area
        // profiles, made per screen context), follow from the documents with the overrides applied.
        return AnalysisView(stored: stored, summary: result, valueCache: valueCache.keeping(except: [.toolShares]))
    }
}

/// Each text indicator's value per document, computed once per analysis (a 10,000-document corpus has
/// hundreds of measures per document: computing every ranking afresh took a second).
final class IndicatorValueCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [TextIndicatorKind: [Double?]] = [:]

    func values(of id: TextIndicatorKind, compute: () -> [Double?]) -> [Double?] {
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
    /// A text indicator's value for each of `result.documents`, in their order (nil where it does not apply):
    /// by position, so that a ranking reads each value without hashing a document id (`positions(of:)`).
    func values(of kind: TextIndicatorKind) -> [Double?] {
        valueCache.values(of: kind) {
            let indicator = TextIndicator(kind)
            // By index: `for d in` copied each summary, retaining every field (a tenth of the start-up's time).
            return result.documents.indices.map { indicator.value(result.documents[$0], analysis: self) }
        }
    }

    /// Where each of `documents` is in `result.documents` (nil: not analysed), for reading `values(of:)`.
    func positions(of documents: [PolicyDocument]) -> [Int?] {
        documents.indices.map { byID[documents[$0].id] }
    }

    /// Computes every text indicator's values now (on the background thread that loaded the analysis), the
    /// kinds side by side on every core: the view only reads, and the cache takes each under its lock.
    func warmIndicatorValues(_ kinds: [TextIndicatorKind]) {
        DispatchQueue.concurrentPerform(iterations: kinds.count) { _ = values(of: kinds[$0]) }
    }
}
