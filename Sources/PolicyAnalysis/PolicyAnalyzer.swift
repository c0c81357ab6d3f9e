import Dispatch
import Foundation

/// Runs the whole analysis: normalisation, sections, coding and text indicators per document (in
/// parallel), reuse across the corpus, then the reuse-based indicators.
public struct PolicyAnalyzer: Sendable {
    public var parameters: AnalysisParameters
    /// Keep each clause's coding with its keyword evidence in the result. Off by default: stored results
    /// do not carry it (readers code a document again when they show its clauses), and it is costly.
    public var keepsClauseCoding: Bool

    public init(parameters: AnalysisParameters = AnalysisParameters(), keepsClauseCoding: Bool = false) {
        self.parameters = parameters
        self.keepsClauseCoding = keepsClauseCoding
    }

    /// `progress(done, total)` is called from worker threads as documents pass the three per-document stages
    /// (`stepsPerDocument`): normalised, their passages found by the reuse search (a block of targets at a
    /// time), their indicators made.
    public func analyze(_ input: [AnalysisDocument], progress: (@Sendable (Int, Int) -> Void)? = nil) -> AnalysisResult {
        do {
            return try analyze(input, progress: progress, cancellation: AnalysisCancellation())
        } catch {
            preconditionFailure("an analysis nobody can cancel was cancelled")
        }
    }

    /// The same, stopped when `cancellation` is cancelled: checked for each document of the per-document
    /// stages and between the phases (the reuse search itself runs to its end once started).
    public func analyze(_ input: [AnalysisDocument], progress: (@Sendable (Int, Int) -> Void)? = nil,
                        cancellation: AnalysisCancellation) throws(AnalysisCancelled) -> AnalysisResult {
        try analyze(AnalysisTexts(input), progress: progress, cancellation: cancellation)
    }

    /// The same on texts held apart (`AnalysisTexts`, in the canonical id order: the result must not depend on
    /// the order the caller lists documents in). Each text is taken as its document is normalised, so
    /// `input` is spent: its texts are gone after the call, cancelled or not.
    public func analyze(_ input: AnalysisTexts, progress: (@Sendable (Int, Int) -> Void)? = nil,
                        cancellation: AnalysisCancellation) throws(AnalysisCancelled) -> AnalysisResult {
        let clock = PhaseClock()
        let documents = input.documents
        let extractor = TextIndicatorExtractor(scheme: parameters.scheme)
        let n = documents.count
        let keepCoding = keepsClauseCoding
        // Three steps a document: normalised, its passages found (the reuse search's chaining, most of the time),
        // its indicators made. With two (the search uncounted), half the steps were done in the first seconds and
        // the time left extrapolated from them read '0 s' through the whole search.
        let counter = ProgressCounter(total: Self.stepsPerDocument * n, report: progress)
        // The text indicators are made after the reuse search, from the folded text joined again: held through
        // the search, they were a third of the memory before it (36 KB a document; the remainder is 3-4 KB).
        struct PerDocument: Sendable {
            var content: ContentText
            var remainder: FoldedRemainder
            var frame: [Range<Int>]
            /// What the text indicators read without (`NormalizedText.unwrappedRanges`): found here, where the
            /// folded text's lines are measured for the content text, so that they are measured once.
            var unwrapping: [Range<Int>]
            /// The folded text's offsets are its indices (`ScalarOffsets.isIdentity`): joined again without
            /// taking them unit by unit.
            var foldedOneForOne: Bool
        }
        let perOrSkipped = ParallelSlots<PerDocument?>.map(n) { i -> PerDocument? in
            // Taken even when cancelled, so that no text outlives this stage.
            let text = input.take(at: i)
            guard !cancellation.isCancelled else { return nil }
            // One fold per document; the content text (for k-grams) is filtered from it.
            let folded = NormalizedText(text, mode: .fold)
            let layout = LineLayout(folded.scalars)
            let (content, remainder) = NormalizedText.splittingContent(of: folded, layout: layout, into: UInt16.self)
            defer { counter.advance() }
            return PerDocument(content: content, remainder: remainder, frame: DocumentFrame.ranges(in: text, content: content),
                               unwrapping: NormalizedText.unwrappedRanges(in: folded.scalars, layout: layout),
                               foldedOneForOne: folded.offsets.isIdentity)
        }
        clock.lap("normalise")
        try cancellation.check()
        var per = perOrSkipped.compactMap { $0 }
        guard per.count == n else { throw AnalysisCancelled() }
        var texts = per.map(\.content)
        let detector = ReuseDetector(parameters: parameters.reuse)
        let rank = ReuseDetector.precedence(documents)
        let matches = detector.passages(texts: texts, precedence: rank,
                                          centralIssuers: ReuseDetector.centralIssuers(documents),
                                          families: ReuseDetector.families(documents),
                                          channels: ReuseDetector.channels(documents),
                                          frames: per.map(\.frame),
                                          stop: { cancellation.isCancelled },
                                          chained: { counter.advance(by: $0) })
        clock.lap("reuse passages")
        try cancellation.check()
        let places = DocumentPlaces(documents)
        // Whether a central document precedes each one: copying from the centre is measurable only then.
        let firstCentral = documents.indices.filter { places.parties[$0].level.isCentral }.map { rank[$0] }.min() ?? .max
        let centreBefore = rank.map { firstCentral < $0 }
        let pairs = ReuseDetector.pairs(matches, places: places, texts: texts)
        clock.lap("reuse pairs")
        try cancellation.check()

        // Each document's passages as target and as source, by their place in `matches` (the passages are
        // not copied twice more: a document's are gathered when its indicators are made).
        var asTarget = [[Int32]](repeating: [], count: n)
        var asSource = [[Int32]](repeating: [], count: n)
        // Formula passages are listed with the pairs but count in no indicator.
        for (j, m) in matches.enumerated() where !m.formula {
            asTarget[m.target].append(Int32(j))
            asSource[m.source].append(Int32(j))
        }
        let reuseParams = parameters.reuse
        let targets = asTarget, sources = asSource
        // From here each document needs only its own texts, given back once its indicators are made: the
        // indicators take their place (38 KB a document), where both held together were the peak of a large
        // corpus's analysis.
        let held = ParallelSlots<PerDocument>(n)
        for i in 0..<n { held[i] = per[i] }
        per = []
        texts = []
        let indicatorsOrSkipped = ParallelSlots<DocumentIndicators?>.map(n) { i -> DocumentIndicators? in
            guard !cancellation.isCancelled, let own = held[i] else { return nil }
            held[i] = nil
            defer { counter.advance() }
            let folded = NormalizedText(joining: own.content, own.remainder, identity: own.foldedOneForOne)
            let base = extractor.extract(id: places.ids[i], folded: folded, unwrapping: own.unwrapping,
                                         contentLength: folded.count - own.remainder.count, keepCoding: keepCoding)
            return PolicyAnalyzer.reuseIndicators(base, index: i, places: places, centreBefore: centreBefore[i], text: own.content,
                                                  asTarget: targets[i].map { matches[Int($0)] },
                                                  asSource: sources[i].map { matches[Int($0)] }, parameters: reuseParams)
        }
        clock.lap("text + reuse indicators")
        try cancellation.check()
        let indicators = indicatorsOrSkipped.compactMap { $0 }
        guard indicators.count == n else { throw AnalysisCancelled() }
        let corpus = CorpusIndicators(documents: documents, indicators: indicators, reuse: pairs)
        clock.lap("corpus indicators")
        return AnalysisResult(parameters: parameters, documents: indicators, reuse: pairs, indicators: corpus)
    }

    /// Progress steps a document counts for (`analyze(_:progress:cancellation:)`).
    public static let stepsPerDocument = 3

    /// `text`: document `i`'s content text.
    static func reuseIndicators(_ base: DocumentIndicators, index i: Int, places: DocumentPlaces, centreBefore: Bool,
                                text: ContentText, asTarget: [PassageMatch], asSource: [PassageMatch],
                                parameters: ReuseParameters) -> DocumentIndicators {
        var d = base
        let total = max(1, text.count)
        let central = asTarget.filter { places.parties[$0.source].level.isCentral }
        d.copiedFromCentre = centreBefore ? Double(ReuseDetector.covered(central.map(\.targetRange))) / Double(total) : nil
        d.centreSpans = merge(central.map(\.targetRange)).map { text.originalSpan($0.lowerBound, $0.upperBound) }

        let structure = DocumentStructure(sections: d.sections, clauses: [])
        func share(_ ranges: [Range<Int>], within role: SectionRole) -> (Double?, String?) {
            let regions = structure.spans(for: role).map { text.normalizedRange(of: $0) }.filter { !$0.isEmpty }
            let size = regions.map(\.count).reduce(0, +)
            guard size > 0, centreBefore else { return (nil, nil) }
            func inside(_ rs: [Range<Int>]) -> Int {
                var clipped: [Range<Int>] = []
                for r in rs { for g in regions where r.overlaps(g) { clipped.append(max(r.lowerBound, g.lowerBound)..<min(r.upperBound, g.upperBound)) } }
                return ReuseDetector.covered(clipped)
            }
            let all = Double(inside(ranges)) / Double(size)
            // The single central source covering most of the section.
            var best: (Double, String)? = nil
            for s in Set(central.map(\.source)) {
                let v = Double(inside(central.filter { $0.source == s }.map(\.targetRange))) / Double(size)
                if best.map({ v > $0.0 || (v == $0.0 && places.ids[s] < $0.1) }) ?? true { best = (v, places.ids[s]) }
            }
            if let best, best.0 >= parameters.identicalThreshold { return (all, best.1) }
            return (all, nil)
        }
        let centralRanges = central.map(\.targetRange)
        let goals = share(centralRanges, within: .goals)
        d.copiedFromCentreGoals = goals.0
        d.identicalGoalsSource = goals.1
        d.identicalGoals = goals.1 != nil
        let actions = share(centralRanges, within: .actions)
        d.copiedFromCentreActions = actions.0
        d.identicalActionsSource = actions.1
        d.identicalActions = actions.1 != nil

        // Nearest other province: the largest share of this document shared with one document of another province.
        if !places.parties[i].level.isCentral, let myProvince = places.parties[i].provinceKey {
            var shares: [Int: [Range<Int>]] = [:]
            var tookFrom = Set<Int>(), gaveTo = Set<Int>()
            for m in asTarget { shares[m.source, default: []].append(m.targetRange); tookFrom.insert(m.source) }
            for m in asSource { shares[m.target, default: []].append(m.sourceRange); gaveTo.insert(m.target) }
            var best: NearestProvince? = nil
            for (other, ranges) in shares.sorted(by: { $0.key < $1.key }) {
                guard !places.parties[other].level.isCentral, let p = places.parties[other].provinceKey, p != myProvince else { continue }
                let v = Double(ReuseDetector.covered(ranges)) / Double(total)
                if best.map({ v > $0.share || (v == $0.share && places.ids[other] < $0.document) }) ?? true {
                    let direction: NearestProvince.Direction = tookFrom.contains(other)
                        ? (gaveTo.contains(other) ? .both : .copiedFrom) : .copiedBy
                    best = NearestProvince(region: p, document: places.ids[other], share: v, direction: direction)
                }
            }
            d.nearestProvince = best
        }
        let shared = ReuseDetector.covered(asTarget.map(\.targetRange) + asSource.map(\.sourceRange))
        d.distinctiveness = 1 - Double(shared) / Double(total)
        return d
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}

/// Phase timings on stderr when IPAP_TIMING is set (for profiling; silent otherwise): each lap's wall time
/// and the process's CPU time over it (user + system, all threads), so that a phase that leaves a core idle
/// shows as CPU below twice its wall time on two cores.
public final class PhaseClock: @unchecked Sendable {
    /// Read once: clocks are made per key press in the dashboard and per document part stored, where reading
    /// the environment (a dictionary of all of it) and the process's CPU time (a system call) each time cost
    /// more than the work timed.
    private static let enabled = ProcessInfo.processInfo.environment["IPAP_TIMING"] != nil
    private var last: UInt64 = 0
    private var lastCPU: UInt64 = 0
    /// When the process's first clock was made: each lap also says when it ended from there, so that laps
    /// on several threads read as one timeline.
    private static let origin = DispatchTime.now().uptimeNanoseconds

    public init() {
        guard Self.enabled else { return }
        _ = Self.origin
        last = DispatchTime.now().uptimeNanoseconds
        lastCPU = Self.cpuNanoseconds()
    }

    public func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds, cpu = Self.cpuNanoseconds()
        let line = "timing: \(name) \((now - last) / 1_000_000) ms, cpu \((cpu &- lastCPU) / 1_000_000) ms (at \((now - Self.origin) / 1_000_000) ms)\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
        lastCPU = cpu
    }

    private static func cpuNanoseconds() -> UInt64 {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        func nanoseconds(_ t: timeval) -> UInt64 { UInt64(max(0, t.tv_sec)) * 1_000_000_000 + UInt64(max(0, t.tv_usec)) * 1_000 }
        return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime)
    }
}
