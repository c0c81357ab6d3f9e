import CMallocPolicy
import CPrefetch
import Dispatch

/// Finds reused passages (seed and extend): winnowed k-gram fingerprints, a sort-based inverted index (no
/// all-pairs comparison) whose shared fingerprints seed candidate pairs, then per pair an alignment that
/// extends each seed exactly, bridges edits and re-anchors past them; each passage is then decided copy
/// or formula (see `ReuseParameters` and docs/indicators.md, "The guarantee").
public struct ReuseDetector: Sendable {
    public var parameters: ReuseParameters

    public init(parameters: ReuseParameters = ReuseParameters()) {
        self.parameters = parameters
    }

    struct Posting { var hash: UInt64; var doc: Int32; var pos: Int32 }
    /// A fingerprint occurrence of one document and where its possible sources are: `sources[from..<to]`,
    /// the holders of the fingerprint (or, for frequent text, the central holders kept as vertical copying
    /// and the earliest holders of widely copied text, `ReuseParameters.maxSourcesPerFingerprint`).
    struct Entry: Equatable { var pos: Int32; var from: Int32; var to: Int32 }
    /// A holder of a fingerprint: 8 bytes, in one compact list of the kept groups only, because each
    /// target reads its sources at random places in it (a cache miss per entry).
    struct Source: Equatable { var doc: Int32; var pos: Int32 }
    struct Match { var src: Int32; var sPos: Int32; var tPos: Int32; var target: Int32 }

    /// Convenience: reuse pairs for documents, sorted by (source, target).
    public func detect(_ documents: [AnalysisDocument]) -> [ReusePair] {
        let texts = ParallelSlots<ContentText>.map(documents.count) { ContentText(contentOf: documents[$0].text) }
        let matches = passages(texts: texts, precedence: ReuseDetector.precedence(documents),
                               centralIssuers: ReuseDetector.centralIssuers(documents),
                               families: ReuseDetector.families(documents), channels: ReuseDetector.channels(documents),
                               frames: DocumentFrame.ranges(documents, texts: texts))
        return ReuseDetector.pairs(matches, documents: documents, texts: texts)
    }

    /// For each document: -1 if it is not central, else a number for its issuer (the first issuer id; a
    /// central document without issuers counts as an issuer of its own). Used by the formula rule.
    public static func centralIssuers(_ documents: [AnalysisDocument]) -> [Int32] {
        var ids: [String: Int32] = [:]
        return documents.map { d in
            guard d.level.isCentral else { return -1 }
            let key = d.issuerIds.first.map { "issuer:" + $0 } ?? "document:" + d.id
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
    }

    /// For each document a number for who wrote it: its central issuer (as `centralIssuers`), else its
    /// province, else the document itself. A short phrase in documents of three such families is a formula
    /// (`ReuseParameters.formulaShortFamilies`).
    public static func families(_ documents: [AnalysisDocument]) -> [Int32] {
        let central = centralIssuers(documents)
        var ids: [String: Int32] = [:]
        let offset = Int32(documents.count)
        return documents.indices.map { i in
            if central[i] >= 0 { return central[i] }
            let key = documents[i].provinceKey.map { "province:" + $0 } ?? "document:" + documents[i].id
            if let id = ids[key] { return id }
            let id = offset + Int32(ids.count)
            ids[key] = id
            return id
        }
    }

    /// Precedence rank of each document: earlier date first (unknown dates last), then higher level, then id.
    /// The document with the smaller rank is the source of any passage two documents share.
    public static func precedence(_ documents: [AnalysisDocument]) -> [Int32] {
        let order = documents.indices.sorted { a, b in
            let x = documents[a], y = documents[b]
            let dx = x.date ?? "9999", dy = y.date ?? "9999"
            if dx != dy { return dx < dy }
            if x.level.rank != y.level.rank { return x.level.rank < y.level.rank }
            return x.id < y.id
        }
        var rank = [Int32](repeating: 0, count: documents.count)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        return rank
    }

    /// All passages, each attributed to the earlier document, sorted by (target, target start, source).
    ///
    /// `centralIssuers` (see `centralIssuers(_:)`) drives the formula rule for fingerprints: one in more than
    /// `formulaShare` of the documents (and more than `formulaMinDocuments - 1`) is a formula fingerprint when
    /// it occurs in central documents of at least `formulaCentralIssuers` different issuers or in no central
    /// document at all; such fingerprints find no candidate pairs, but are measured inside every passage. One
    /// shared by one or two central issuers and many local documents descends from the centre: it is matched
    /// against the central documents only. Without `centralIssuers` every document counts as local.
    /// `families` (see `families(_:)`) drives the short-phrase rule for clauses; without it every local
    /// document is a family of its own. `frames`: each document's addressee and signature lines in
    /// content characters (`DocumentFrame`), formulae wherever they occur.
    /// `stop`: asked between blocks of targets; once it says yes, the remaining targets are skipped and
    /// the (partial) result must be thrown away by the caller (`PolicyAnalyzer` throws `AnalysisCancelled`).
    /// The passages of two documents that share only formulae are left out (no pair lists them and no
    /// indicator counts them; on formula-heavy text they are most passages), unless `formulaOnlyPairs`.
    public func passages(texts: [ContentText], precedence rank: [Int32], centralIssuers: [Int32]? = nil,
                         families: [Int32]? = nil, channels: [Channel]? = nil, frames: [[Range<Int>]]? = nil,
                         formulaOnlyPairs: Bool = false,
                         stop: @Sendable () -> Bool = { false },
                         chained: @Sendable (Int) -> Void = { _ in }) -> [PassageMatch] {
        let n = texts.count
        guard n > 1 else { return [] }
        let k = max(2, parameters.k), w = max(1, parameters.window)

        let clock = PhaseClock()
        let issuers = centralIssuers ?? [Int32](repeating: -1, count: n)
        // 0. Formula clauses first: their transient lists then come and go before the fingerprint groups,
        //    which the chaining holds, are built.
        let formulae = ClausePieces.formulae(
            texts: texts, centralIssuers: issuers,
            families: families ?? issuers.indices.map { issuers[$0] >= 0 ? issuers[$0] : Int32(n + $0) }, parameters: parameters)
        clock.lap("  formula clauses")
        // The formula search's per-document lists (0.8 GB at 50,000 documents) are freed now, as small blocks
        // whose pages the heaps keep: the postings and groups that come next are large blocks mapped apart,
        // which never reuse them, so without this they stay in the peak (docs/benchmarks.md).
        _ = cmp_give_back_free_pages()
        // 1-2. Fingerprints and the sort-based inverted index: postings bucketed by the top hash bits,
        //    buckets sorted in parallel (`PostingSort.swift`), each document's fingerprints made once. The
        //    postings go once grouped. Short-period repeats are thinned (`TandemRepeats`).
        let spread = PassageChainer.seedSpread(k: k, window: w, passage: parameters.minPassageLength)
        let reach = PassageChainer.seedReach(k: k, window: w, run: parameters.formulaPairOnlyLength)
        // Winnowing keeps about 2 k-grams in w + 1 (`expected` only sizes the lists the postings are split into).
        let expected = texts.reduce(0) { $0 + $1.count } * 2 / (w + 1)
        let postings = ReuseDetector.sortedPostingBlocks(documents: n, blocks: 32, expected: expected) {
            TandemRepeats.thinned(Winnowing.fingerprints(texts[$0].scalars, k: k, window: w), within: k, spread: spread)
        }
        clock.lap("  fingerprints + postings")
        // 3. Document frequency per fingerprint; drop singletons; formula fingerprints seed nothing.
        let groups = FingerprintGroups(blocks: postings, documents: n, rank: rank, centralIssuers: issuers,
                                       parameters: parameters)
        clock.lap("  groups (\(groups.entries.count) entries, \(groups.sources.count) sources, \(groups.shared.count) shared)")
        // 4. Per target, in parallel: seeds with earlier documents, aligned into passages.
        let params = parameters
        let candidates = groups.sources
        let frameRanges = frames ?? [[Range<Int>]](repeating: [], count: n)
        let chains = parameters.provinceToCityChains ? channels : nil
        // For each city, its province's provincial documents, which are among its sources (`seeds`).
        let upstream = ReuseDetector.upstream(chains, documents: n)
        // Targets in contiguous batches, one chainer (and its scratch space) per batch; each batch in blocks
        // of a few targets whose texts stay in the cache while their sources are worked through.
        let batches = min(n, 64), block = 16
        var perBatch = ParallelSlots<ChainedBatch>.map(batches) { batch in
            var chainer = PassageChainer(texts: texts, k: k, params: params, formulae: formulae, frames: frameRanges,
                                         groups: groups, keepsFormulaOnlyPairs: formulaOnlyPairs)
            var out: [PassageMatch] = []
            // The block's seeds, in its first `used` places (its length is only room, grown as needed).
            var matches: [Match] = []
            var origins = OriginScratch(documents: n)
            var order = EntryOrder()
            var closeSeeds = CloseSeedFilter(documents: n, reach: reach, spread: spread)
            let range = (batch * n / batches)..<((batch + 1) * n / batches)
            for first in stride(from: range.lowerBound, to: range.upperBound, by: block) {
                if stop() { break }
                let targets = first..<min(range.upperBound, first + block)
                var used = 0
                for d in targets {
                    let count = ReuseDetector.writeSeeds(of: d, entries: order.sorting(groups.entries(of: d)), sources: candidates,
                                                         rank: rank, upstream: upstream[d], parameters: params,
                                                         into: &matches, at: used, scratch: &origins)
                    let from = used
                    let kept = matches.withUnsafeMutableBufferPointer {
                        closeSeeds.keepSourcesWithCloseSeeds(UnsafeMutableBufferPointer(rebasing: $0[from..<(from + count)]))
                    }
                    used += kept
                }
                for list in chainer.passages(targets: targets, matches: matches[0..<used]) { out += list }
                chained(targets.count)
            }
            return ChainedBatch(passages: out, descentCandidates: chainer.descentCandidates,
                                provisionalPairs: chainer.provisionalPairs)
        }
        clock.lap("  chains")
        // One list, each batch's given back once appended: the passages are never held twice over.
        var all: [PassageMatch] = []
        all.reserveCapacity(perBatch.reduce(0) { $0 + $1.passages.count })
        var descent: [DescentRule.Candidate] = [], provisional = Set<UInt64>()
        for b in perBatch.indices {
            all += perBatch[b].passages
            descent += perBatch[b].descentCandidates
            provisional.formUnion(perBatch[b].provisionalPairs)
            perBatch[b] = ChainedBatch()
        }
        DescentRule.apply(to: &all, candidates: descent, provisional: provisional, edge: parameters.formulaShortPassage)
        ReuseDetector.dropIndirect(&all, rank: rank, documents: n, channels: chains, lead: parameters.editedVersionLead)
        clock.lap("  indirect")
        // The batches cover the targets in order, so the list is grouped by target already: each target's
        // passages are sorted apart (the order one sort of the whole list gives, without its scratch copy).
        var first = 0
        while first < all.count {
            var end = first + 1
            while end < all.count && all[end].target == all[first].target { end += 1 }
            all[first..<end].sort { a, b in
                if a.targetRange.lowerBound != b.targetRange.lowerBound { return a.targetRange.lowerBound < b.targetRange.lowerBound }
                return a.source < b.source
            }
            first = end
        }
        clock.lap("  sort")
        return all
    }

    /// What one batch of targets' chainer gives: passages, and what the descent rule decides after.
    struct ChainedBatch: Sendable {
        var passages: [PassageMatch] = []
        var descentCandidates: [DescentRule.Candidate] = []
        var provisionalPairs: Set<UInt64> = []
    }

    /// How many entries ahead `seeds` asks for a fingerprint's holders (see there).
    static let prefetchDistance = 16

    /// Which sources were seen holding a seed first, per target (reset after each): scratch kept per worker.
    struct OriginScratch {
        var isOrigin: [Bool]
        var seen: [Int32] = []
        /// Where `seeds` writes a target's seeds before they are appended (see there); only ever grown.
        var written: [Match] = []
        init(documents n: Int) { isOrigin = [Bool](repeating: false, count: n) }

        mutating func mark(_ doc: Int32) {
            guard !isOrigin[Int(doc)] else { return }
            isOrigin[Int(doc)] = true
            seen.append(doc)
        }

        mutating func reset() {
            for d in seen { isOrigin[Int(d)] = false }
            seen.removeAll(keepingCapacity: true)
        }
    }

    /// Appends target `d`'s seeds (its fingerprints' earlier holders) to `matches`, from the sources worth
    /// aligning only: those that hold one of the shared fingerprints first (the earliest of `d`'s earlier
    /// holders), or one that at most `originFreeHolders` earlier documents hold. A source whose every seed
    /// several earlier documents hold too took that text from them, as `d` did: the indirect-copy filter
    /// would drop the pair after aligning it, and on copy-dense text such pairs are most of them.
    /// `upstream`: for a city, its province's provincial documents (any date), which are its sources too
    /// when earlier, whoever holds the text first (the indirect-copy filter keeps such pairs: `dropIndirect`).
    /// A fingerprint's sources are in precedence order (`FingerprintGroups`), so its earlier holders are
    /// the first of them: the sources are found first, reading a few holders per fingerprint, and only
    /// their seeds are written.
    static func seeds(of d: Int, entries: ArraySlice<Entry>, sources candidates: [Source], rank: [Int32],
                      upstream: [Int32] = [], parameters: ReuseParameters,
                      into matches: inout [Match], scratch: inout OriginScratch) {
        var written = scratch.written
        scratch.written = []
        let count = writeSeeds(of: d, entries: entries, sources: candidates, rank: rank, upstream: upstream,
                               parameters: parameters, into: &written, at: 0, scratch: &scratch)
        matches.append(contentsOf: written[0..<count])
        scratch.written = written
    }

    /// `seeds`, written to `list` from place `offset` on (how many returned; the list is grown as needed, keeping
    /// what lies before `offset`) instead of appended: the chaining writes them where the block's seeds are
    /// kept, filters them there (`CloseSeedFilter`) and moves on by the kept ones only. Written to a list of
    /// their own and appended, each target's seeds were copied once more (a twentieth of the chaining's
    /// instructions on formula-heavy text).
    static func writeSeeds(of d: Int, entries: ArraySlice<Entry>, sources candidates: [Source], rank: [Int32],
                           upstream: [Int32] = [], parameters: ReuseParameters, into written: inout [Match], at offset: Int,
                           scratch: inout OriginScratch) -> Int {
        let myRank = rank[d]
        let free = parameters.originFreeHolders
        // Marked whether or not they share anything: step 2 writes seeds only where they do.
        for doc in upstream where rank[Int(doc)] < myRank { scratch.mark(doc) }
        // 1. The sources: each fingerprint's first earlier holder, or every earlier holder when few. The
        //    holders of each fingerprint are at a random place in `candidates` (a cache miss each, most of
        //    this step's time on a large corpus): those of the entry `prefetchDistance` ahead are asked for
        //    early, so that the misses overlap.
        let coLimit = parameters.originCoHolderLimit, coListLength = 2 * coLimit, near = parameters.originCoHolderDistance
        candidates.withUnsafeBufferPointer { list in
            guard let base = list.baseAddress else { return }
            var ahead = entries.startIndex + prefetchDistance
            // The last entry with a few earlier holders, too many to mark each (its place and holders' span).
            var previous: (pos: Int32, from: Int, end: Int)?
            for entry in entries {
                if ahead < entries.endIndex {
                    ipap_prefetch(base + Int(entries[ahead].from))
                    ahead += 1
                }
                let from = Int(entry.from)
                // Past `free` holders they are counted on only in a short list (no more cache lines to read).
                let counted = Int(entry.to) - from <= coListLength ? coLimit : free
                var end = from, holders = 0, last: Int32 = -1
                while end < Int(entry.to) {
                    let doc = base[end].doc
                    guard rank[Int(doc)] < myRank else { break }
                    if doc != last {
                        holders += 1
                        last = doc
                        if holders > counted { break }
                    }
                    end += 1
                }
                if holders <= free {
                    for j in from..<end { scratch.mark(base[j].doc) }
                    continue
                }
                scratch.mark(base[from].doc)
                guard holders <= counted else { continue }
                // Two such fingerprints `near` apart in the target: the earliest document holding both at the same
                // distance holds the stretch they make first (a sentence of template clauses, each k-gram of it in
                // several documents, that only a copy shares whole), and is a source as the first holder is.
                if let p = previous, entry.pos - p.pos >= near.lowerBound, entry.pos - p.pos <= near.upperBound {
                    markFirstCoHolder(base, previous: p, current: (entry.pos, from, end), scratch: &scratch)
                }
                if previous.map({ entry.pos - $0.pos >= near.lowerBound }) ?? true { previous = (entry.pos, from, end) }
            }
        }
        // 2. Every seed those sources hold: all the earlier holders, often more than step 1 read (the rest of
        //    their cache lines asked for ahead as well). Each holder is written to a list with room for every
        //    holder, and the place moves on when its document is a source: no branch on it (sources and the
        //    others alternate at random) and no check of the list's room and uniqueness per seed, as an
        //    append made.
        var room = 0
        for entry in entries { room += Int(entry.to - entry.from) }
        if written.count < offset + room {
            written.append(contentsOf: repeatElement(Match(src: 0, sPos: 0, tPos: 0, target: 0),
                                                     count: max(offset + room, 2 * written.count) - written.count))
        }
        let target = Int32(d)
        var count = 0
        written.withUnsafeMutableBufferPointer { all in
            let out = UnsafeMutableBufferPointer(rebasing: all[offset...])
            scratch.isOrigin.withUnsafeBufferPointer { isOrigin in
                candidates.withUnsafeBufferPointer { list in
                    guard let base = list.baseAddress, let seeds = out.baseAddress, let origin = isOrigin.baseAddress else { return }
                    var ahead = entries.startIndex + prefetchDistance
                    for entry in entries {
                        if ahead < entries.endIndex {
                            let next = entries[ahead]
                            ipap_prefetch(base + Int(next.from))
                            if next.to - next.from > 8 { ipap_prefetch(base + Int(next.from) + 8) }
                            ahead += 1
                        }
                        for j in Int(entry.from)..<Int(entry.to) {
                            let p = base[j]
                            guard rank[Int(p.doc)] < myRank else { break }
                            seeds[count] = Match(src: p.doc, sPos: p.pos, tPos: entry.pos, target: target)
                            count &+= origin[Int(p.doc)] ? 1 : 0
                        }
                    }
                }
            }
        }
        scratch.reset()
        return count
    }

    /// Marks the earliest document holding `previous` and `current` at their distance in the target (holder
    /// spans of earlier documents, in rank order): the origin of the stretch the two make.
    private static func markFirstCoHolder(_ base: UnsafePointer<Source>, previous: (pos: Int32, from: Int, end: Int),
                                          current: (pos: Int32, from: Int, end: Int), scratch: inout OriginScratch) {
        let distance = current.pos - previous.pos
        for j in current.from..<current.end {
            let holder = base[j]
            for i in previous.from..<previous.end where base[i].doc == holder.doc && holder.pos - base[i].pos == distance {
                scratch.mark(holder.doc)
                return
            }
        }
    }

    /// Where to cut postings sorted by hash into `chunks` stretches of about equal size (by default one per 64K
    /// postings, at most 8) so that all the postings of a hash are in one: 0, the cuts, `postings.count`.
    static func cuts(_ postings: [Posting], chunks: Int? = nil) -> [Int] {
        let chunks = max(1, chunks ?? min(8, postings.count / 65_536))
        var cuts = [0]
        for c in 1..<chunks {
            var p = max(cuts[cuts.count - 1], c * postings.count / chunks)
            while p > 0 && p < postings.count && postings[p].hash == postings[p - 1].hash { p += 1 }
            cuts.append(p)
        }
        cuts.append(postings.count)
        return cuts
    }

    /// Where a document stands on the way text passes down: a provincial document, a city's (or county's)
    /// document, both with their province, or neither (central, or no province known).
    public enum Channel: Equatable, Sendable {
        case province(Int32)
        case city(Int32)
        case none

        /// Whether `target` is a city of the province whose document `source` is.
        static func passesDown(from source: Channel, to target: Channel) -> Bool {
            if case .province(let p) = source, case .city(let c) = target { return p == c }
            return false
        }
    }

    /// For each city (`Channel.city`), the provincial documents of its province; for the others, none.
    static func upstream(_ channels: [Channel]?, documents n: Int) -> [[Int32]] {
        guard let channels else { return [[Int32]](repeating: [], count: n) }
        var provincial: [Int32: [Int32]] = [:]
        for (i, channel) in channels.enumerated() {
            if case .province(let p) = channel { provincial[p, default: []].append(Int32(i)) }
        }
        return channels.map { channel in
            if case .city(let p) = channel { return provincial[p] ?? [] }
            return []
        }
    }

    /// For each document its `Channel`, the province numbered as in `families(_:)`.
    public static func channels(_ documents: [AnalysisDocument]) -> [Channel] {
        let family = families(documents)
        return documents.indices.map { i in
            guard documents[i].provinceKey != nil else { return .none }
            switch documents[i].level {
            case .provincial: return .province(family[i])
            case .municipal: return .city(family[i])
            case .national, .ministerial: return .none
            }
        }
    }

    /// Drops a passage S -> T when T and S both took it from an earlier R: R -> T covers most of it in T,
    /// and R -> S covers most of it in S, and T is not surely closer to S's version than to R's (`lead`). Two provinces copying
    /// the same central sentence are not copying from each other; one that copies another's edited version is. With `channels`, a passage S -> T from the document of T's own province
    /// is kept unless, in the stretch of T both passages cover, T is surely closer to R's version than to
    /// S's (more characters identical with R's than S -> T can hold there):
    /// a city implements its province's document, so the province is where its copy of central text came
    /// from as much as the centre is (both are reported; `ReuseParameters.provinceToCityChains`). A city
    /// whose copy lacks its province's edits of the central text took it from the centre.
    /// `all` is grouped by target, sources ascending within a target (as the chainer emits it), so the
    /// passages of a pair are found by position, not through dictionaries.
    static func dropIndirect(_ all: inout [PassageMatch], rank: [Int32], documents n: Int, channels: [Channel]? = nil,
                             lead: Int = ReuseParameters().editedVersionLead) {
        // Kept in place, in order: the flags come in the list's order (targets ascending).
        let keep = indirectKeep(all, rank: rank, documents: n, channels: channels, lead: lead)
        var kept = 0, i = 0
        for flags in keep {
            for k in flags {
                if k { all[kept] = all[i]; kept += 1 }
                i += 1
            }
        }
        all.removeLast(all.count - kept)
    }

    /// For each target, in order, whether each of its passages is kept (see `dropIndirect`).
    private static func indirectKeep(_ all: [PassageMatch], rank: [Int32], documents n: Int, channels: [Channel]?, lead: Int) -> [[Bool]] {
        var counts = [Int](repeating: 0, count: n + 1)
        for p in all { counts[p.target + 1] += 1 }
        for t in 0..<n { counts[t + 1] += counts[t] }
        let start = counts  // passages of target t: start[t]..<start[t + 1]
        @Sendable func pair(source: Int, target: Int) -> Range<Int> {
            var lo = start[target], hi = start[target + 1]
            while lo < hi {
                let mid = (lo + hi) / 2
                if all[mid].source < source { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < start[target + 1] && all[end].source == source { end += 1 }
            return lo..<end
        }
        @Sendable func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
            max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
        }
        let keep = ParallelSlots<[Bool]>.map(n) { target in
            let mine = start[target]..<start[target + 1]
            // A formula explains no copy: only copies from R count. They are looked up by where they start in
            // the target (formula passages, most of a target's on formula-heavy text, are never visited).
            let copies = mine.filter { !all[$0].formula }.sorted { all[$0].targetRange.lowerBound < all[$1].targetRange.lowerBound }
            let longest = copies.reduce(0) { max($0, all[$1].targetRange.count) }
            return mine.map { i in
                let p = all[i]
                let chain = channels.map { Channel.passesDown(from: $0[p.source], to: $0[target]) } ?? false
                let tLen = p.targetRange.count, sLen = p.sourceRange.count
                var lo = 0, hi = copies.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if all[copies[mid]].targetRange.lowerBound < p.targetRange.lowerBound - longest { lo = mid + 1 } else { hi = mid }
                }
                for j in copies[lo...] where j != i {
                    let q = all[j]
                    if q.targetRange.lowerBound >= p.targetRange.upperBound { break }
                    guard q.source != p.source, rank[q.source] < rank[p.source],
                          overlap(q.targetRange, p.targetRange) * 2 >= tLen else { continue }
                    for r in pair(source: q.source, target: p.source)
                    where !all[r].formula && overlap(all[r].targetRange, p.sourceRange) * 2 >= sLen {
                        // A city may have taken it from its province unless, where both passages lie in
                        // it, the city's text is surely closer to the centre's version: more characters
                        // identical with it than its province's version can have there at best.
                        let both = overlap(q.targetRange, p.targetRange)
                        if chain {
                            if q.identical - (q.targetRange.count - both) <= min(p.identical, both) { continue }
                        } else if p.identical - (p.targetRange.count - both) >= min(q.identical, both) + lead {
                            // T holds S's edit of R's text (a clause S inserted, a figure it changed): where both
                            // passages lie, `lead` characters or more identical with S's version than R's can have
                            // there. T took S's version (since analysis version 55).
                            continue
                        }
                        return false
                    }
                }
                return true
            }
        }
        return keep
    }

    /// Union length of ranges.
    static func covered(_ ranges: [Range<Int>]) -> Int {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var total = 0, end = Int.min
        for r in sorted {
            if r.upperBound <= end { continue }
            total += r.upperBound - max(r.lowerBound, end)
            end = r.upperBound
        }
        return total
    }

    /// Groups passages into reported pairs, in stored-text offsets, sorted by (source id, target id).
    public static func pairs(_ matches: [PassageMatch], documents: [AnalysisDocument], texts: [ContentText]) -> [ReusePair] {
        pairs(matches, places: DocumentPlaces(documents), texts: texts)
    }

    /// The same, with what is read of the documents made by the caller (the analyzer makes it once for the pairs
    /// and the reuse indicators).
    static func pairs(_ matches: [PassageMatch], places: DocumentPlaces, texts: [ContentText]) -> [ReusePair] {
        let ids = places.ids, parties = places.parties
        // Order pairs by (source id, target id) through integer ranks of the ids: no string comparisons
        // while sorting, and no large ReusePair values moved around by a sort.
        let byId = ids.indices.sorted { ids[$0] < ids[$1] }
        var idRank = [Int](repeating: 0, count: ids.count)
        for (r, i) in byId.enumerated() { idRank[i] = r }
        // Runs of one (source, target) pair, through the matches' indices ordered by (target, source), stable:
        // a counting sort by target, then each target's by source. Indices, not a sorted copy of the matches
        // (64 bytes each; on a formula-heavy corpus the copy and the sort's scratch were the run's peak).
        @inline(__always) func key(_ m: PassageMatch) -> Int64 { Int64(m.target) << 32 | Int64(m.source) }
        let order = pairOrder(matches, documents: ids.count)
        var runs: [Range<Int>] = []
        var i = 0
        while i < order.count {
            var e = i + 1
            let first = key(matches[Int(order[i])])
            while e < order.count && key(matches[Int(order[e])]) == first { e += 1 }
            // A pair is listed when it shares a copy; two documents that share only formulae are not a pair.
            if order[i..<e].contains(where: { !matches[Int($0)].formula }) { runs.append(i..<e) }
            i = e
        }
        // Sorted by a key made once per pair (the pairs are distinct, so any sort gives this order): a
        // comparator reading two matches at random places for each comparison was most of this step.
        let sortKeys = runs.indices.map { r -> (key: UInt64, run: Int) in
            let m = matches[Int(order[runs[r].lowerBound])]
            return (UInt64(idRank[m.source]) << 32 | UInt64(idRank[m.target]), r)
        }.sorted { $0.key < $1.key }
        let pairRuns = sortKeys.map { runs[$0.run] }
        // Spans and shares per pair, in parallel (tens of thousands of pairs on a large corpus).
        let result = ParallelSlots<ReusePair>.map(pairRuns.count) { g in
            let list = pairRuns[g].map { matches[Int(order[$0])] }
            let s = list[list.startIndex].source, t = list[list.startIndex].target
            let passages = list.map {
                ReusePassage(source: texts[s].originalSpan($0.sourceRange.lowerBound, $0.sourceRange.upperBound),
                             target: texts[t].originalSpan($0.targetRange.lowerBound, $0.targetRange.upperBound),
                             edited: $0.edited, formula: $0.formula)
            }.sorted()
            let copies = list.filter { !$0.formula }
            let tShare = Double(covered(copies.map(\.targetRange))) / Double(max(1, texts[t].count))
            let sShare = Double(covered(copies.map(\.sourceRange))) / Double(max(1, texts[s].count))
            return ReusePair(source: ids[s], target: ids[t], relation: .between(source: parties[s], target: parties[t]),
                             targetShare: tShare, sourceShare: sShare, passages: passages)
        }
        return result
    }

    /// Indices of `matches` ordered by (target, source), passages of one pair in the order given.
    static func pairOrder(_ matches: [PassageMatch], documents n: Int) -> [Int32] {
        var starts = [Int](repeating: 0, count: n + 1)
        for m in matches { starts[m.target + 1] += 1 }
        for t in 0..<n { starts[t + 1] += starts[t] }
        var order = [Int32](repeating: 0, count: matches.count)
        var cursor = starts
        for (j, m) in matches.enumerated() {
            order[cursor[m.target]] = Int32(j)
            cursor[m.target] += 1
        }
        // Each target's by source, targets in parallel (each writes only its own slots).
        let chunks = min(n, 64), bounds = starts
        order.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let out = SendablePointer(base: base)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var keys: [UInt64] = []
                for t in (c * n / chunks)..<((c + 1) * n / chunks) where bounds[t + 1] - bounds[t] > 1 {
                    let slots = bounds[t]..<bounds[t + 1]
                    keys.removeAll(keepingCapacity: true)
                    for x in slots { keys.append(UInt64(matches[Int(out.base[x])].source) << 32 | UInt64(out.base[x])) }
                    keys.sort()
                    for (x, k) in zip(slots, keys) { out.base[x] = Int32(truncatingIfNeeded: k & 0xFFFF_FFFF) }
                }
            }
        }
        return order
    }
}
