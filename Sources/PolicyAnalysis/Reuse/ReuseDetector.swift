import Dispatch

/// Finds reused passages: winnowed k-gram fingerprints, a sort-based inverted index (no all-pairs
/// comparison), matches chained along diagonals, extended exactly, and joined across small edits.
public struct ReuseDetector: Sendable {
    public var parameters: ReuseParameters

    public init(parameters: ReuseParameters = ReuseParameters()) {
        self.parameters = parameters
    }

    struct Posting { var hash: UInt64; var doc: Int32; var pos: Int32 }
    /// A fingerprint occurrence of one document and its posting group; `centralOnly`: a fingerprint above
    /// the boilerplate share kept as vertical copying, matched against central documents only.
    /// A fingerprint occurrence of one document and where its possible sources are: the whole posting
    /// group, or (`selected`) a pre-filtered list: the central holders of frequent text kept as vertical
    /// copying, the earliest holders of widely copied text (`ReuseParameters.maxSourcesPerFingerprint`).
    struct Entry { var pos: Int32; var from: Int32; var to: Int32; var selected: Bool }
    struct Match { var src: Int32; var sPos: Int32; var tPos: Int32 }
    struct Run { var src: Int; var s: Int; var t: Int; var sEnd: Int; var tEnd: Int; var fps: Int; var matched = 0; var longest = 0 }

    /// Convenience: reuse pairs for documents, sorted by (source, target).
    public func detect(_ documents: [AnalysisDocument]) -> [ReusePair] {
        let texts = ParallelSlots<NormalizedText>.map(documents.count) { NormalizedText(documents[$0].text, mode: .content) }
        let matches = passages(texts: texts, precedence: ReuseDetector.precedence(documents),
                               centralIssuers: ReuseDetector.centralIssuers(documents))
        return ReuseDetector.pairs(matches, documents: documents, texts: texts)
    }

    /// For each document: -1 if it is not central, else a number for its issuer (the first issuer id; a
    /// central document without issuers counts as an issuer of its own). Used by the boilerplate rule.
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
    /// `centralIssuers` (see `centralIssuers(_:)`) drives the boilerplate rule: a fingerprint in more than
    /// `boilerplateShare` of the documents (and more than `boilerplateMinDocuments - 1`) is boilerplate when
    /// it occurs in central documents of at least `boilerplateCentralIssuers` different issuers (a formula
    /// of the centre) or in no central document at all (a local formula). One shared by one or two central
    /// issuers and many local documents is the vertical copying the analysis is for: it is kept, and matched
    /// against the central documents only (local documents sharing it took it from the centre). Without
    /// `centralIssuers` every document counts as local.
    public func passages(texts: [NormalizedText], precedence rank: [Int32], centralIssuers: [Int32]? = nil) -> [PassageMatch] {
        let n = texts.count
        guard n > 1 else { return [] }
        let k = max(2, parameters.k), w = max(1, parameters.window)

        // 1. Fingerprints, in parallel.
        let prints = ParallelSlots<[(hash: UInt64, position: Int32)]>.map(n) {
            Winnowing.fingerprints(texts[$0].scalars, k: k, window: w)
        }

        // 2. Sort-based inverted index: postings bucketed by the top hash bits, buckets sorted in parallel.
        let postings = ReuseDetector.sortedPostings(prints)

        // 3. Document frequency per fingerprint; drop singletons and boilerplate; per-document entry lists.
        let limit = max(Double(parameters.boilerplateMinDocuments - 1), parameters.boilerplateShare * Double(n))
        let issuerOf = centralIssuers ?? [Int32](repeating: -1, count: n)
        let centralNeeded = max(1, parameters.boilerplateCentralIssuers)
        var entries = [[Entry]](repeating: [], count: n)
        var banal: [UInt64] = []  // boilerplate fingerprint hashes
        var issuers: [Int32] = []
        var ranks: [Int32] = []
        var selected: [Posting] = []
        let maxSources = max(1, parameters.maxSourcesPerFingerprint)
        var g = 0
        while g < postings.count {
            var e = g + 1
            var df = 1
            while e < postings.count && postings[e].hash == postings[g].hash {
                if postings[e].doc != postings[e - 1].doc { df += 1 }
                e += 1
            }
            var keep = df >= 2
            var centralOnly = false
            if keep && Double(df) > limit {
                issuers.removeAll(keepingCapacity: true)
                for j in g..<e {
                    let issuer = issuerOf[Int(postings[j].doc)]
                    if issuer >= 0 && !issuers.contains(issuer) { issuers.append(issuer) }
                }
                if issuers.isEmpty || issuers.count >= centralNeeded {
                    keep = false
                    banal.append(postings[g].hash)
                } else {
                    centralOnly = true
                }
            }
            if keep {
                // Widely copied text: match only its earliest holders. Its source is among them, and a copy
                // of a copy is found through the text its two documents alone share (extended exactly).
                // The sources are listed once here, so that no target walks the whole group.
                var from = Int32(g), to = Int32(e), isSelected = false
                if centralOnly || df > maxSources {
                    var cutoff = Int32.max
                    if df > maxSources {
                        // The maxSources smallest ranks, kept sorted (most candidates fail the first test).
                        ranks.removeAll(keepingCapacity: true)
                        for j in g..<e where (j == g || postings[j].doc != postings[j - 1].doc)
                            && (!centralOnly || issuerOf[Int(postings[j].doc)] >= 0) {
                            let r = rank[Int(postings[j].doc)]
                            if ranks.count == maxSources {
                                guard r < ranks[maxSources - 1] else { continue }
                                ranks.removeLast()
                            }
                            var at = ranks.count
                            while at > 0 && ranks[at - 1] > r { at -= 1 }
                            ranks.insert(r, at: at)
                        }
                        if ranks.count == maxSources { cutoff = ranks[maxSources - 1] }
                    }
                    from = Int32(selected.count)
                    for j in g..<e {
                        let p = postings[j]
                        if rank[Int(p.doc)] <= cutoff && (!centralOnly || issuerOf[Int(p.doc)] >= 0) { selected.append(p) }
                    }
                    to = Int32(selected.count)
                    isSelected = true
                }
                for j in g..<e {
                    entries[Int(postings[j].doc)].append(Entry(pos: postings[j].pos, from: from, to: to, selected: isSelected))
                }
            }
            g = e
        }

        // 4. Per target, in parallel: matches with earlier documents, chained into passages.
        let params = parameters
        let docEntries = entries
        let sources = selected
        let boilerplate = BoilerplateSet(banal)
        let perTarget = ParallelSlots<[PassageMatch]>.map(n) { d in
            var matches: [Match] = []
            let myRank = rank[d]
            for entry in docEntries[d] {
                for j in Int(entry.from)..<Int(entry.to) {
                    let p = entry.selected ? sources[j] : postings[j]
                    if Int(p.doc) != d && rank[Int(p.doc)] < myRank {
                        matches.append(Match(src: p.doc, sPos: p.pos, tPos: entry.pos))
                    }
                }
            }
            guard !matches.isEmpty else { return [] }
            // Boilerplate mask of the target: characters inside any k-gram (selected here or not) whose hash
            // is a boilerplate fingerprint somewhere, so that a formula is masked the same way in every document.
            var mask = [Bool](repeating: false, count: texts[d].count)
            if !boilerplate.isEmpty {
                var until = 0
                for (pos, h) in Winnowing.kgramHashes(texts[d].scalars, k: k).enumerated() where boilerplate.contains(h) {
                    for x in max(pos, until)..<(pos + k) { mask[x] = true }
                    until = pos + k
                }
            }
            return ReuseDetector.chain(matches, target: d, texts: texts, boilerplate: mask, k: k, w: w, params: params)
        }
        var all = perTarget.flatMap { $0 }
        all = ReuseDetector.dropIndirect(all, rank: rank)
        all.sort { a, b in
            if a.target != b.target { return a.target < b.target }
            if a.targetRange.lowerBound != b.targetRange.lowerBound { return a.targetRange.lowerBound < b.targetRange.lowerBound }
            return a.source < b.source
        }
        return all
    }

    static func sortedPostings(_ prints: [[(hash: UInt64, position: Int32)]]) -> [Posting] {
        let bits = 8
        let buckets = 1 << bits
        var counts = [Int](repeating: 0, count: buckets + 1)
        for list in prints { for fp in list { counts[Int(fp.hash >> UInt64(64 - bits)) + 1] += 1 } }
        for b in 0..<buckets { counts[b + 1] += counts[b] }
        let total = counts[buckets]
        var postings = [Posting](repeating: Posting(hash: 0, doc: 0, pos: 0), count: total)
        var cursor = counts
        for (d, list) in prints.enumerated() {
            for fp in list {
                let b = Int(fp.hash >> UInt64(64 - bits))
                postings[cursor[b]] = Posting(hash: fp.hash, doc: Int32(d), pos: fp.position)
                cursor[b] += 1
            }
        }
        let bounds = counts
        postings.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let pointer = SendablePointer(base: base)
            DispatchQueue.concurrentPerform(iterations: buckets) { b in
                var slice = UnsafeMutableBufferPointer(start: pointer.base + bounds[b], count: bounds[b + 1] - bounds[b])
                slice.sort { x, y in
                    if x.hash != y.hash { return x.hash < y.hash }
                    if x.doc != y.doc { return x.doc < y.doc }
                    return x.pos < y.pos
                }
            }
        }
        return postings
    }

    /// Diagonal chaining, exact extension, and gap-tolerant joining of runs into passages.
    static func chain(_ input: [Match], target d: Int, texts: [NormalizedText], boilerplate mask: [Bool], k: Int, w: Int,
                      params: ReuseParameters) -> [PassageMatch] {
        guard !input.isEmpty else { return [] }
        var matches = input
        let longest = texts.count < (1 << 20) ? (matches.map { max($0.sPos, $0.tPos) }.max() ?? 0) : Int32.max
        if longest < (1 << 21) {
            // Pack (source, diagonal, target position) into one integer: sorting plain UInt64s is several
            // times faster than sorting structs with a comparator.
            var keys = matches.map { m -> UInt64 in
                UInt64(UInt32(m.src)) << 44 | UInt64(Int64(m.tPos - m.sPos) + (1 << 21)) << 22 | UInt64(m.tPos)
            }
            keys.sort()
            matches = keys.map { key in
                let t = Int32(key & ((1 << 22) - 1))
                let diag = Int32(Int64((key >> 22) & ((1 << 22) - 1)) - (1 << 21))
                return Match(src: Int32(key >> 44), sPos: t - diag, tPos: t)
            }
        } else {
            matches.sort { a, b in
                if a.src != b.src { return a.src < b.src }
                let da = a.tPos - a.sPos, db = b.tPos - b.sPos
                if da != db { return da < db }
                return a.tPos < b.tPos
            }
        }
        let t = texts[d].scalars
        // Runs: consecutive fingerprints on one diagonal no further apart than a shared run allows.
        var runs: [Run] = []
        var i = 0
        while i < matches.count {
            let first = matches[i]
            var last = first
            var count = 1
            var j = i + 1
            while j < matches.count, matches[j].src == first.src,
                  matches[j].tPos - matches[j].sPos == first.tPos - first.sPos,
                  Int(matches[j].tPos - last.tPos) <= k + w,
                  ReuseDetector.sameBetween(texts[Int(first.src)].scalars, t, last, matches[j], k: k) {
                last = matches[j]
                count += 1
                j += 1
            }
            runs.append(Run(src: Int(first.src), s: Int(first.sPos), t: Int(first.tPos),
                            sEnd: Int(last.sPos) + k, tEnd: Int(last.tPos) + k, fps: count))
            i = j
        }
        // Exact extension in both directions (recovers the edges winnowing skipped).
        for r in runs.indices {
            let s = texts[runs[r].src].scalars
            var a = runs[r].s, b = runs[r].t
            while a > 0 && b > 0 && s[a - 1] == t[b - 1] { a -= 1; b -= 1 }
            var c = runs[r].sEnd, e = runs[r].tEnd
            while c < s.count && e < t.count && s[c] == t[e] { c += 1; e += 1 }
            runs[r].s = a; runs[r].t = b; runs[r].sEnd = c; runs[r].tEnd = e
            var matched = 0, stretch = 0, longest = 0
            for x in b..<e {
                if mask[x] { stretch = 0 } else { matched += 1; stretch += 1; longest = max(longest, stretch) }
            }
            runs[r].matched = matched
            runs[r].longest = longest
        }
        runs.sort { x, y in
            if x.src != y.src { return x.src < y.src }
            if x.t != y.t { return x.t < y.t }
            return x.s < y.s
        }
        // Join runs of one source along the text, across edits up to the gap tolerance on either side.
        let gap = params.gapTolerance
        var out: [PassageMatch] = []
        var start = 0
        while start < runs.count {
            var end = start
            while end < runs.count && runs[end].src == runs[start].src { end += 1 }
            var open: [Run] = []
            func flush(_ run: Run) {
                // Formulae are not reuse: trim boilerplate off the edges, and require enough other text.
                var p = run
                while p.t < p.tEnd && mask[p.t] { p.t += 1; p.s += 1 }
                while p.tEnd > p.t && mask[p.tEnd - 1] { p.tEnd -= 1; p.sEnd -= 1 }
                // A passage needs one identical, non-boilerplate run of the minimum length as its anchor:
                // bridging an edit between two short chance runs never makes a passage.
                guard p.s < p.sEnd, p.fps >= params.minFingerprints, p.longest >= params.minPassageLength else { return }
                let s = texts[p.src].scalars
                let edited = p.sEnd - p.s != p.tEnd - p.t || !s[p.s..<p.sEnd].elementsEqual(t[p.t..<p.tEnd])
                out.append(PassageMatch(source: p.src, target: d, sourceRange: p.s..<p.sEnd, targetRange: p.t..<p.tEnd,
                                        fingerprints: p.fps, edited: edited))
            }
            for r in runs[start..<end] {
                var keep: [Run] = []
                for p in open {
                    if p.tEnd < r.t - gap { flush(p) } else { keep.append(p) }
                }
                open = keep
                var best = -1
                var bestGap = Int.max
                for (idx, p) in open.enumerated() {
                    let tGap = r.t - p.tEnd, sGap = r.s - p.sEnd
                    // Same stretch of text already covered (duplicate run): absorb.
                    guard r.t >= p.t, r.s >= p.s, tGap <= gap, sGap <= gap else { continue }
                    guard tGap >= -(r.tEnd - r.t), sGap >= -(r.sEnd - r.s) else { continue }
                    let diagShift = abs((r.t - r.s) - (p.tEnd - p.sEnd))
                    guard diagShift <= gap else { continue }
                    let cost = max(tGap, sGap)
                    if cost < bestGap { bestGap = cost; best = idx }
                }
                if best >= 0 {
                    if r.tEnd > open[best].tEnd {
                        for x in max(r.t, open[best].tEnd)..<r.tEnd where !mask[x] { open[best].matched += 1 }
                    }
                    open[best].tEnd = max(open[best].tEnd, r.tEnd)
                    open[best].sEnd = max(open[best].sEnd, r.sEnd)
                    open[best].fps += r.fps
                    open[best].longest = max(open[best].longest, r.longest)
                } else {
                    open.append(r)
                }
            }
            for p in open { flush(p) }
            start = end
        }
        return out
    }

    /// Whether the characters between two fingerprints on one diagonal are identical (a same-length
    /// substitution between them must split the run, not hide inside it).
    static func sameBetween(_ s: [UInt32], _ t: [UInt32], _ a: Match, _ b: Match, k: Int) -> Bool {
        var x = Int(a.tPos) + k, y = Int(a.sPos) + k
        let end = Int(b.tPos)
        while x < end {
            if s[y] != t[x] { return false }
            x += 1; y += 1
        }
        return true
    }

    /// Drops a passage S -> T when T and S both took it from an earlier R: R -> T covers most of it in T,
    /// and R -> S covers most of it in S. Two provinces copying the same central sentence are not
    /// copying from each other.
    static func dropIndirect(_ all: [PassageMatch], rank: [Int32]) -> [PassageMatch] {
        var byTarget: [Int: [Int]] = [:]
        var byPair: [Int64: [Int]] = [:]
        for (i, p) in all.enumerated() {
            byTarget[p.target, default: []].append(i)
            byPair[Int64(p.source) << 32 | Int64(p.target), default: []].append(i)
        }
        func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }
        return all.enumerated().compactMap { (i, p) in
            let tLen = p.targetRange.count, sLen = p.sourceRange.count
            for j in byTarget[p.target] ?? [] where j != i {
                let q = all[j]
                guard q.source != p.source, rank[q.source] < rank[p.source],
                      overlap(q.targetRange, p.targetRange) * 2 >= tLen else { continue }
                for r in byPair[Int64(q.source) << 32 | Int64(p.source)] ?? []
                where overlap(all[r].targetRange, p.sourceRange) * 2 >= sLen {
                    return nil
                }
            }
            return p
        }
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
    public static func pairs(_ matches: [PassageMatch], documents: [AnalysisDocument], texts: [NormalizedText]) -> [ReusePair] {
        // Order pairs by (source id, target id) through integer ranks of the ids: no string comparisons
        // while sorting, and no large ReusePair values moved around by a sort.
        let byId = documents.indices.sorted { documents[$0].id < documents[$1].id }
        var idRank = [Int](repeating: 0, count: documents.count)
        for (r, i) in byId.enumerated() { idRank[i] = r }
        var groups: [Int64: [PassageMatch]] = [:]
        for m in matches { groups[Int64(m.source) << 32 | Int64(m.target), default: []].append(m) }
        let order = groups.keys.sorted { a, b in
            let sa = idRank[Int(a >> 32)], sb = idRank[Int(b >> 32)]
            return sa != sb ? sa < sb : idRank[Int(a & 0xFFFF_FFFF)] < idRank[Int(b & 0xFFFF_FFFF)]
        }
        var result: [ReusePair] = []
        result.reserveCapacity(order.count)
        for key in order {
            guard let list = groups[key], let first = list.first else { continue }
            let s = first.source, t = first.target
            let passages = list.map {
                ReusePassage(source: texts[s].originalSpan($0.sourceRange.lowerBound, $0.sourceRange.upperBound),
                             target: texts[t].originalSpan($0.targetRange.lowerBound, $0.targetRange.upperBound),
                             edited: $0.edited)
            }.sorted()
            let tShare = Double(covered(list.map(\.targetRange))) / Double(max(1, texts[t].count))
            let sShare = Double(covered(list.map(\.sourceRange))) / Double(max(1, texts[s].count))
            result.append(ReusePair(source: documents[s].id, target: documents[t].id,
                                    relation: .between(source: documents[s], target: documents[t]),
                                    targetShare: tShare, sourceShare: sShare, passages: passages))
        }
        return result
    }
}
