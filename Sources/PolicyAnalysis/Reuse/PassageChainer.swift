/// Turns one target document's seed matches into passages, source by source (seed and extend): each
/// seed is extended exactly both ways into a run, runs are joined across edits, the alignment is carried
/// on past the last seed by re-anchoring after each edit, and each passage is decided copy or formula.
/// Frequent text is never skipped here: it only finds no candidate pairs (`FingerprintGroups`).
/// One chainer serves a worker's whole batch of targets (it keeps scratch space between them).
struct PassageChainer {
    let texts: [ContentText]
    let k: Int
    let params: ReuseParameters
    /// Formula and stock clauses (`ClausePieces.formulae`).
    let formulae: Formulae
    /// Each document's frame lines (`DocumentFrame`), whose pieces are formulae by position.
    let frames: [[Range<Int>]]
    /// How many documents hold each selected fingerprint.
    let fingerprintFrequencies: DocumentFrequencies
    /// Keep the passages of a pair that shares only formulae (see `ReuseDetector.passages`).
    let keepsFormulaOnlyPairs: Bool
    /// The current block's targets' selected fingerprints (in position order), made when first needed:
    /// the corpus's are let go once indexed.
    private var blockPrints: [[(hash: UInt64, position: Int32)]?] = []
    private var blockStart = 0
    /// Slot of each source document among the current target's sources (-1: none); reset per target.
    private var slotOf: [Int32]
    /// Scratch lists kept between sources (their capacity, that is: hundreds of thousands of small
    /// sources per corpus would otherwise allocate their own).
    private var runScratch: [Run] = []
    private var openScratch: [Run] = []
    private var sortScratch: [Run] = []
    private var sortKeys: [UInt64] = []

    /// An aligned stretch: source [s, sEnd) against target [t, tEnd), with `identical` equal characters,
    /// the longest `longest` of them in one piece starting at `anchor` in the target.
    struct Run { var s: Int; var t: Int; var sEnd: Int; var tEnd: Int; var identical: Int; var longest: Int; var anchor: Int }

    init(texts: [ContentText], k: Int, params: ReuseParameters, formulae: Formulae, frames: [[Range<Int>]],
         fingerprintFrequencies: DocumentFrequencies, keepsFormulaOnlyPairs: Bool = false) {
        self.keepsFormulaOnlyPairs = keepsFormulaOnlyPairs
        self.fingerprintFrequencies = fingerprintFrequencies
        self.frames = frames
        self.texts = texts
        self.k = k
        self.params = params
        self.formulae = formulae
        slotOf = [Int32](repeating: -1, count: texts.count)
    }

    /// Passages of a block of targets from their matches (any order), per target in ascending source
    /// order. The block is worked through source by source, so that a source's text is read from memory
    /// once for all the block's targets that share seeds with it, not once for each (a cache miss per
    /// seed otherwise; the block's targets stay in the cache).
    mutating func passages(targets: Range<Int>, matches: [ReuseDetector.Match]) -> [[PassageMatch]] {
        // Group by source with a counting sort (stable, so each source's matches stay grouped by target):
        // per-source lists are short, so sorting them is cheap, where sorting a block's matches is not.
        var sources: [Int32] = []
        var counts: [Int] = []
        for m in matches {
            if slotOf[Int(m.src)] < 0 {
                slotOf[Int(m.src)] = Int32(sources.count)
                sources.append(m.src)
                counts.append(0)
            }
            counts[Int(slotOf[Int(m.src)])] += 1
        }
        defer { for s in sources { slotOf[Int(s)] = -1 } }
        blockPrints = [[(hash: UInt64, position: Int32)]?](repeating: nil, count: targets.count)
        blockStart = targets.lowerBound
        var out = [[PassageMatch]](repeating: [], count: targets.count)
        guard !sources.isEmpty else { return out }
        let chosen = sources.sorted()
        var offsets = [Int](repeating: 0, count: counts.count)
        var total = 0
        for s in chosen {
            let slot = Int(slotOf[Int(s)])
            offsets[slot] = total
            total += counts[slot]
        }
        // Each match as one integer ordered by (diagonal, target position): sorting plain integers is
        // several times faster than sorting structs with a comparator.
        var grouped = [UInt64](repeating: 0, count: total)
        var owners = [Int32](repeating: 0, count: total)
        for m in matches {
            let slot = Int(slotOf[Int(m.src)])
            grouped[offsets[slot]] = PassageChainer.key(m)
            owners[offsets[slot]] = m.target
            offsets[slot] += 1
        }

        // Each (source, target) group's seeds sorted; a group without two seeds on one diagonal within
        // k + w of each other is dropped (its owner set to -1) before any text is read. An identical stretch
        // of minPassageLength (25) characters holds two selected fingerprints that both texts select, at most
        // k + w apart (windows wholly inside it select the same k-gram in each), unless the stretch is mostly
        // formula fingerprints (which seed nothing). Most groups are chance phrases and go here.
        var sourceStarts = [Int](repeating: 0, count: chosen.count + 1)
        for (i, s) in chosen.enumerated() { sourceStarts[i + 1] = sourceStarts[i] + counts[Int(slotOf[Int(s)])] }
        let reach = UInt64(k + params.window)
        grouped.withUnsafeMutableBufferPointer { all in
            for i in chosen.indices {
                var from = sourceStarts[i]
                while from < sourceStarts[i + 1] {
                    var to = from + 1
                    while to < sourceStarts[i + 1] && owners[to] == owners[from] { to += 1 }
                    var keys = UnsafeMutableBufferPointer(rebasing: all[from..<to])
                    PassageChainer.sortKeys(&keys)
                    var pair = false
                    for x in 1..<max(1, keys.count) where keys[x] >> 32 == keys[x - 1] >> 32
                        && (keys[x] & 0xFFFF_FFFF) - (keys[x - 1] & 0xFFFF_FFFF) <= reach {
                        pair = true
                        break
                    }
                    if !pair { for x in from..<to { owners[x] = -1 } }
                    from = to
                }
            }
        }
        var touched: UInt32 = 0
        grouped.withUnsafeMutableBufferPointer { all in
            for (i, s) in chosen.enumerated() {
                // The next source's first reads start now, so that their cache misses overlap with this
                // source's work instead of each stalling an extension.
                if i + 1 < chosen.count {
                    touched |= PassageChainer.touch(texts[Int(chosen[i + 1])].scalars, keys: all[sourceStarts[i + 1]..<sourceStarts[i + 2]],
                                                    owners: owners[sourceStarts[i + 1]..<sourceStarts[i + 2]])
                }
                var from = sourceStarts[i]
                while from < sourceStarts[i + 1] {
                    var to = from + 1
                    while to < sourceStarts[i + 1] && owners[to] == owners[from] { to += 1 }
                    let d = Int(owners[from])
                    if d >= 0 {
                        let keys = UnsafeMutableBufferPointer(rebasing: all[from..<to])
                        passages(source: Int(s), target: d, t: texts[d].scalars, keys: keys, into: &out[d - targets.lowerBound])
                    }
                    from = to
                }
            }
        }
        if touched == UInt32.max { out[0].reserveCapacity(out[0].count + 1) }  // keeps the reads
        return out
    }

    /// Reads the source character at each seed of the groups still kept (see `passages(targets:matches:)`).
    @inline(__always)
    static func touch(_ s: [UInt16], keys: Slice<UnsafeMutableBufferPointer<UInt64>>, owners: ArraySlice<Int32>) -> UInt32 {
        var touched: UInt32 = 0
        s.withUnsafeBufferPointer { chars in
            for (key, owner) in zip(keys, owners) where owner >= 0 {
                let at = Int(match(key, source: 0).sPos)
                if at >= 0 && at < chars.count { touched |= UInt32(chars[at]) }
            }
        }
        return touched
    }

    /// Sorts distinct keys ascending: insertion sort for the few matches most sources have, else a
    /// quicksort (median of three) down to small parts. The keys are distinct, so the order is the one any
    /// sort gives; the library's stable sort, with its merge buffer, took twice as long here.
    @inline(__always)
    static func sortKeys(_ keys: inout UnsafeMutableBufferPointer<UInt64>) {
        guard let base = keys.baseAddress, keys.count > 1 else { return }
        quicksort(base, 0, keys.count - 1)
    }

    private static func quicksort(_ p: UnsafeMutablePointer<UInt64>, _ low: Int, _ high: Int) {
        @inline(__always) func swap(_ a: Int, _ b: Int) { let t = p[a]; p[a] = p[b]; p[b] = t }
        var low = low, high = high
        while high - low > 24 {
            let mid = low + (high - low) / 2
            if p[mid] < p[low] { swap(mid, low) }
            if p[high] < p[low] { swap(high, low) }
            if p[high] < p[mid] { swap(high, mid) }
            let pivot = p[mid]
            var i = low, j = high
            while i <= j {
                while p[i] < pivot { i += 1 }
                while p[j] > pivot { j -= 1 }
                if i <= j {
                    swap(i, j)
                    i += 1
                    j -= 1
                }
            }
            // The smaller part first, by recursion; the larger one by looping (depth stays logarithmic).
            if j - low < high - i {
                quicksort(p, low, j)
                low = i
            } else {
                quicksort(p, i, high)
                high = j
            }
        }
        var i = low + 1
        while i <= high {
            let v = p[i]
            var j = i
            while j > low && p[j - 1] > v {
                p[j] = p[j - 1]
                j -= 1
            }
            p[j] = v
            i += 1
        }
    }

    /// (diagonal, target position) of a match packed so that integer order is that order.
    @inline(__always)
    static func key(_ m: ReuseDetector.Match) -> UInt64 {
        UInt64(Int64(m.tPos) - Int64(m.sPos) + (1 << 31)) << 32 | UInt64(UInt32(m.tPos))
    }

    @inline(__always)
    static func match(_ key: UInt64, source: Int32) -> ReuseDetector.Match {
        let t = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
        let diagonal = Int64(key >> 32) - (1 << 31)
        return ReuseDetector.Match(src: source, sPos: Int32(Int64(t) - diagonal), tPos: t, target: 0)
    }

    /// Seed and extend for one source. `t`: the target's scalars; `keys`: the source's seeds (see
    /// `key(_:)`), sorted.
    private mutating func passages(source src: Int, target d: Int, t: [UInt16], keys: UnsafeMutableBufferPointer<UInt64>,
                                   into out: inout [PassageMatch]) {
        // `keys` arrive sorted, each group with two close seeds on one diagonal (`passages(targets:matches:)`).
        let s = texts[src].scalars
        var runs = runScratch
        var open = openScratch
        runs.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        defer {
            runScratch = runs
            openScratch = open
        }
        // 1. Each seed extended exactly both ways (the comparison also confirms the k-gram itself); a
        //    seed inside the run extended before it on its diagonal adds nothing.
        var diagonal = UInt64.max
        var reached = Int.min
        s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                // Seeds are positions both texts hold (from the index): the loops stay inside both buffers.
                for key in keys {
                    let m = PassageChainer.match(key, source: Int32(src))
                    let sPos = Int(m.sPos), tPos = Int(m.tPos)
                    if key >> 32 == diagonal && tPos + k <= reached { continue }
                    guard sPos >= 0, tPos >= 0, sPos < sp.count, tPos < tp.count else { continue }
                    var c = sPos, e = tPos
                    while c < sp.count && e < tp.count && sp[c] == tp[e] { c += 1; e += 1 }
                    guard e - tPos >= k else { continue }  // a hash collision, not a shared k-gram
                    var a = sPos, b = tPos
                    while a > 0 && b > 0 && sp[a - 1] == tp[b - 1] { a -= 1; b -= 1 }
                    runs.append(Run(s: a, t: b, sEnd: c, tEnd: e, identical: e - b, longest: e - b, anchor: b))
                    diagonal = key >> 32
                    reached = e
                }
            }
        }
        guard !runs.isEmpty else { return }
        sortByTarget(&runs)

        // 2. Runs joined along the text across edits; a passage is finished (aligned past its last seed
        //    both ways, then judged) once the runs have moved beyond reach of it.
        let gap = params.gapTolerance
        let first = out.count
        for r in runs {
            var kept = 0
            for idx in open.indices {
                if open[idx].tEnd < r.t - gap {
                    finish(open[idx], s: s, t: t, source: src, target: d, into: &out)
                } else {
                    open[kept] = open[idx]
                    kept += 1
                }
            }
            open.removeLast(open.count - kept)
            var best = -1
            var bestCost = Int.max
            for (idx, p) in open.enumerated() {
                let tGap = r.t - p.tEnd, sGap = r.s - p.sEnd
                guard r.t >= p.t, r.s >= p.s, tGap <= gap, sGap <= gap else { continue }
                guard tGap >= -(r.tEnd - r.t), sGap >= -(r.sEnd - r.s) else { continue }
                let cost = max(tGap, sGap, abs((r.t - r.s) - (p.tEnd - p.sEnd)))
                // As in a re-anchoring (`hopForward`), an edit is bridged only after a stretch at least as
                // long as it and before one at least half as long.
                guard cost <= gap, min(2 * r.identical, p.identical) >= cost else { continue }
                if cost < bestCost { bestCost = cost; best = idx }
            }
            if best >= 0 {
                let p = open[best]
                open[best].identical += max(0, r.tEnd - max(r.t, p.tEnd))
                open[best].tEnd = max(p.tEnd, r.tEnd)
                open[best].sEnd = max(p.sEnd, r.sEnd)
                if r.longest > p.longest {
                    open[best].longest = r.longest
                    open[best].anchor = r.anchor
                }
            } else {
                open.append(r)
            }
        }
        for p in open { finish(p, s: s, t: t, source: src, target: d, into: &out) }
        PassageChainer.mergeOverlapping(&out, from: first, s: s, t: t)
        if !keepsFormulaOnlyPairs && !out[first...].contains(where: { !$0.formula }) {
            out.removeSubrange(first...)
        }
    }

    /// Sorts runs by (target start, source start), through packed integer keys when they fit (sorting
    /// 56-byte runs with a comparator was a twentieth of the formula-heavy run). No two runs share both
    /// starts (one diagonal holds one run per start), so the order is the comparator's.
    private mutating func sortByTarget(_ runs: inout [Run]) {
        guard runs.count > 1 else { return }
        guard runs.count < 1 << 16, runs.allSatisfy({ $0.t < 1 << 24 && $0.s < 1 << 24 }) else {
            runs.sort { x, y in x.t != y.t ? x.t < y.t : x.s < y.s }
            return
        }
        var order = sortKeys
        order.removeAll(keepingCapacity: true)
        for (i, r) in runs.enumerated() { order.append(UInt64(r.t) << 40 | UInt64(r.s) << 16 | UInt64(i)) }
        order.withUnsafeMutableBufferPointer { PassageChainer.sortKeys(&$0) }
        var sorted = sortScratch
        sorted.removeAll(keepingCapacity: true)
        for key in order { sorted.append(runs[Int(key & 0xFFFF)]) }
        swap(&runs, &sorted)
        sortScratch = sorted
        sortKeys = order
    }

    /// Aligns a joined run past its ends (re-anchoring after each edit), and appends it if it is long
    /// enough, marked edited and formula as it is.
    private mutating func finish(_ run: Run, s: [UInt16], t: [UInt16], source: Int, target: Int, into out: inout [PassageMatch]) {
        // Without an anchor no alignment makes a passage: a stretch it could re-anchor on that is long enough
        // to be one is seeded itself (unless it is made of formulae). Most runs are chance seeds: done here.
        guard run.longest >= params.minPassageLength else { return }
        var p = run
        while let hop = hopForward(s: s, t: t, target: target, from: p.sEnd, p.tEnd, behind: p.identical) {
            p.sEnd = hop.s + hop.length
            p.tEnd = hop.t + hop.length
            p.identical += hop.length
            if hop.length > p.longest { p.longest = hop.length; p.anchor = hop.t }
        }
        while let hop = hopBackward(s: s, t: t, source: source, target: target, from: p.s, p.t, behind: p.identical) {
            p.s = hop.s
            p.t = hop.t
            p.identical += hop.length
            if hop.length > p.longest { p.longest = hop.length; p.anchor = hop.t }
        }
        // One identical stretch of a clause's length anchors a passage: slot-filled templates ("支持…围绕…
        // 开展…") align piece by piece between any two documents, but never in one long piece.
        guard p.longest >= params.minPassageLength else { return }
        let edited = p.sEnd - p.s != p.tEnd - p.t || !s[p.s..<p.sEnd].elementsEqual(t[p.t..<p.tEnd])
        var sourceClauses: [UInt64] = []  // the clauses of the source's side, whole
        ClausePieces.forEach(in: texts[source], within: p.s..<p.sEnd) { _, h in sourceClauses.append(h) }
        let inSource = ClauseSet(sourceClauses)
        // A long run of clauses is judged by its order, too: stock formulae in an order the corpus does not
        // put them in are a copy, with or without a clause of the pair's own. (Asked only when it decides.)
        // Statements, not `&&` and `||`: their autoclosures copied the whole chainer to call the mutating
        // `anchorByChance`.
        var formula: Bool
        if ownClauseLength(p, inSource: inSource, target: target, enough: params.formulaOwnLength) >= params.formulaOwnLength {
            formula = holdersByChance(p, inSource: inSource, target: target, stoppingBelow: params.formulaChance) >= params.formulaChance
            if formula { formula = holdersInOrder(p, inSource: inSource, target: target) >= params.formulaChance }
            if !formula && p.identical < params.formulaShortPassage {
                formula = anchorByChance(p, target: target) >= params.formulaShortChance
            }
        } else {
            formula = holdersInOrder(p, inSource: inSource, target: target) >= params.formulaChance
        }
        out.append(PassageMatch(source: source, target: target, sourceRange: p.s..<p.sEnd, targetRange: p.t..<p.tEnd,
                                identical: p.identical, edited: edited, formula: formula))
    }

    /// The nearest identical stretch after an edit ending an alignment at (a, b): at most `gapTolerance`
    /// characters further in each text, nearest first, at least `anchorLength` long, and the edit no longer
    /// than twice the stretch nor than the `behind` identical characters aligned so far; never stock phrases
    /// alone (`isStock`). Returns its start and length.
    private func hopForward(s: [UInt16], t: [UInt16], target d: Int, from a: Int, _ b: Int, behind: Int) -> (s: Int, t: Int, length: Int)? {
        let gap = params.gapTolerance, anchor = params.anchorLength
        guard a + anchor <= s.count, b + anchor <= t.count else { return nil }
        // Source stretches start in a...a + gap: their first two characters, indexed (i = x - a ascending).
        let window = a..<min(s.count - 1, a + gap + 1)
        return PassageChainer.withPairIndex(s, window, ascending: true) { index in
            var best: (s: Int, t: Int, length: Int, cost: Int)?
            for j in 0...gap where b + j + anchor <= t.count {
                if let best, best.cost < j { break }  // nearest first: nothing further can win
                let y = b + j
                var at = index.first(t[y], t[y + 1])
                while at >= 0 {
                    let i = at
                    at = index.next(at)
                    guard i + j > 0 && a + i + anchor <= s.count && s[a + i] == t[y] && s[a + i + 1] == t[y + 1] else { continue }
                    if let best, best.cost < i + j { break }
                    if let best, best.cost == i + j && best.s - a < i { continue }
                    let x = a + i
                    var length = 2
                    while x + length < s.count && y + length < t.count && s[x + length] == t[y + length] { length += 1 }
                    if length >= anchor && min(2 * length, behind) >= max(i, j) && !isStock(d, y..<(y + length)) {
                        best = (x, y, length, i + j)
                    }
                }
            }
            return best.map { ($0.s, $0.t, $0.length) }
        }
    }

    /// `hopForward` mirrored: the nearest identical stretch before an edit that starts an alignment at
    /// (a, b). Returns the stretch's start and length.
    private func hopBackward(s: [UInt16], t: [UInt16], source: Int, target d: Int, from a: Int, _ b: Int, behind: Int) -> (s: Int, t: Int, length: Int)? {
        let gap = params.gapTolerance, anchor = params.anchorLength, short = params.clauseAnchorLength
        guard a >= short, b >= short else { return nil }
        // Source stretches end in a - gap - 1..<a: their last two characters, indexed by where the pair starts
        // (x = a - i - 2, so i ascending is x descending).
        let window = max(0, a - gap - 2)..<(a - 1)
        return PassageChainer.withPairIndex(s, window, ascending: false) { index in
            var best: (s: Int, t: Int, length: Int, cost: Int)?
            for j in 0...gap where b - j - 1 + 1 >= short {
                if let best, best.cost < j { break }  // nearest first: nothing further can win
                let y = b - j - 1  // last character of the stretch
                var at = index.first(t[y - 1], t[y])
                while at >= 0 {
                    let i = a - 2 - (window.lowerBound + at)
                    at = index.next(at)
                    guard i + j > 0 && a - i - 1 + 1 >= short && s[a - i - 1] == t[y] && s[a - i - 2] == t[y - 1] else { continue }
                    if let best, best.cost < i + j { break }
                    if let best, best.cost == i + j && a - 1 - (best.s + best.length - 1) < i { continue }
                    let x = a - i - 1
                    var length = 2
                    while x - length >= 0 && y - length >= 0 && s[x - length] == t[y - length] { length += 1 }
                    if length >= anchor ? min(2 * length, behind) >= max(i, j) && !isStock(d, (y - length + 1)..<(y + 1))
                        : isClauseAnchor(length: length, gap: max(i, j), sourceStart: x - length + 1, in: source, targetStart: y - length + 1, in: d) {
                        best = (x - length + 1, y - length + 1, length, i + j)
                    }
                }
            }
            return best.map { ($0.s, $0.t, $0.length) }
        }
    }

    /// The character pairs starting in a window of a text, by a 6-bit hash of the pair, each hash's positions
    /// chained in walking order: a hop looks up the target's pair instead of comparing it with every
    /// position of the window (33 of them).
    struct PairIndex {
        let heads: UnsafeMutableBufferPointer<Int16>
        let links: UnsafeMutableBufferPointer<Int16>

        static let slots = 64

        @inline(__always)
        static func slot(_ c0: UInt16, _ c1: UInt16) -> Int {
            Int((UInt32(c0) &* 0x9E37_79B1 ^ UInt32(c1) &* 0x85EB_CA77) >> 26)
        }

        /// The first position (offset from the window's start) whose pair may be (c0, c1); -1: none.
        @inline(__always)
        func first(_ c0: UInt16, _ c1: UInt16) -> Int { Int(heads[Self.slot(c0, c1)]) }

        @inline(__always)
        func next(_ offset: Int) -> Int { Int(links[offset]) }
    }

    /// Builds the pair index of `s` over `window` (pairs starting there) on the stack, walked by ascending
    /// or descending position, and runs `body` with it.
    @inline(__always)
    static func withPairIndex<R>(_ s: [UInt16], _ window: Range<Int>, ascending: Bool, _ body: (PairIndex) -> R) -> R {
        let count = max(0, window.count)
        return withUnsafeTemporaryAllocation(of: Int16.self, capacity: PairIndex.slots + count) { buffer in
            let heads = UnsafeMutableBufferPointer(rebasing: buffer[0..<PairIndex.slots])
            let links = UnsafeMutableBufferPointer(rebasing: buffer[PairIndex.slots...])
            heads.initialize(repeating: -1)
            // Prepending, so positions are added against the walking order.
            @inline(__always) func add(_ o: Int) {
                let x = window.lowerBound + o
                let h = PairIndex.slot(s[x], s[x + 1])
                links[o] = heads[h]
                heads[h] = Int16(o)
            }
            if ascending {
                for o in stride(from: count - 1, through: 0, by: -1) { add(o) }
            } else {
                for o in 0..<count { add(o) }
            }
            return body(PairIndex(heads: heads, links: links))
        }
    }

    /// Whether a stretch shorter than `anchorLength` before an edit re-anchors: at least `clauseAnchorLength`
    /// long, starting a clause in both texts ("到2020年" before a swapped place name), and the edit it
    /// bridges no longer than `clauseAnchorGap` (a name or a number). Copies that change the place at a
    /// sentence's start keep the words before it. Never after an edit: the short phrases that start the
    /// next clause ("加快建设") follow a copy's end in any document.
    private func isClauseAnchor(length: Int, gap: Int, sourceStart: Int, in source: Int, targetStart: Int, in target: Int) -> Bool {
        length >= params.clauseAnchorLength && gap <= params.clauseAnchorGap
            && texts[source].isClauseBoundary(sourceStart) && texts[target].isClauseBoundary(targetStart)
    }

    /// Whether a stretch of the target holds whole clauses and all of them are formulae: an alignment does
    /// not re-anchor on stock phrases, which follow a copy's end in any document ("加强宣传引导，营造良好社会氛围").
    private func isStock(_ d: Int, _ range: Range<Int>) -> Bool {
        var whole = false, own = false
        ClausePieces.forEach(in: texts[d], within: range) { range, h in
            whole = true
            if !isFormula(h, range, in: d) { own = true }
        }
        return whole && !own
    }

    /// Whether a clause piece of document `d` is a formula: a formula clause, or in the document's frame.
    private func isFormula(_ hash: UInt64, _ range: Range<Int>, in d: Int) -> Bool {
        formulae.formula.contains(hash) || frames[d].contains { $0.overlaps(range) }
    }

    /// The longest clause of its own a passage holds: a whole clause piece both texts hold inside it, or
    /// (at half weight) a long part of a clause the passage cuts, that is not a formula. A copied sentence
    /// of stock phrases keeps the clauses that carry its nouns; two formulae that happen to follow each
    /// other, a template whose slots two documents filled differently, or a formula with the tail of the
    /// clause before it ("…网络开展第三方评估。各地区、各部门要…") hold none. Decided for the passage, never for a
    /// fingerprint alone.
    /// Stops looking once it has found `enough`: the decision only asks whether there is that much.
    private func ownClauseLength(_ p: Run, inSource: ClauseSet, target: Int, enough: Int) -> Int {
        var own = 0
        // A clause longer than ClausePieces.maxLength comes in parts: the part of it inside the passage is
        // one cut clause, however many parts it spans (a 30-character passage across a part boundary is
        // not two cut clauses of 15).
        var cut = 0, cutEnd = -1
        ClausePieces.forEach(in: texts[target], overlapping: p.t..<p.tEnd) { range, h, whole in
            guard own < enough else { return }
            guard !isFormula(h, range, in: target) else { cut = 0; return }
            if whole {
                cut = 0
                if inSource.contains(h) { own = max(own, range.count) }
            } else {
                let inside = range.clamped(to: p.t..<p.tEnd).count
                cut = cutEnd == range.lowerBound && !texts[target].isClauseBoundary(range.lowerBound) ? cut + inside : inside
                cutEnd = range.upperBound
                own = max(own, cut / 2)
            }
        }
        return own
    }

    /// How many documents besides the source would hold the passage's shared clauses, in this order, if
    /// every document drew its clauses independently at the rates the corpus shows: (n - 1) times, for each
    /// clause both texts hold whole inside the passage, the share of the other documents that hold it.
    /// A clause the passage cuts, or one too long to look up, counts as text of the pair's own (one in
    /// n - 1 per k characters); frame lines count as anywhere. One stock clause in three or
    /// more documents ("统筹利用现有专项资金支持云计算中心建设"), or two common ones side by side, come out at two or
    /// more: documents that share them need never have met. A run of clauses, or one of the pair's own,
    /// comes out far below.
    /// Every factor is at most one, so once the estimate is below `limit` it stays there: the lookups stop
    /// (the decision only asks whether it reaches the limit).
    private func holdersByChance(_ p: Run, inSource: ClauseSet, target: Int, stoppingBelow limit: Double) -> Double {
        let others = Double(formulae.documents - 1)
        guard formulae.documents >= params.formulaMinDocuments else { return 0 }
        var expected = others
        ClausePieces.forEach(in: texts[target], overlapping: p.t..<p.tEnd) { range, h, whole in
            guard expected >= limit else { return }
            guard !frames[target].contains(where: { $0.overlaps(range) }) else { return }
            if whole && h != 0 {
                guard inSource.contains(h) else { return }  // edited: says nothing about chance
                expected *= Double(formulae.frequencies.documents(h) - 1) / others
            } else {
                for _ in 0..<(range.clamped(to: p.t..<p.tEnd).count / k) { expected /= others }
            }
        }
        return expected
    }

    /// For a passage with a long run of whole shared clauses (`formulaRunClauses` or more side by side, over
    /// `formulaRunLength` characters or more; infinity without one): how many documents besides the target
    /// hold its clauses in this order, estimated clause by clause from the order the corpus puts them in:
    /// the other documents holding its first clause, times, for each next clause, the share of the
    /// documents holding the clause before it that have this one right after it. Formulae every document
    /// strings together the same way ("各地区、各部门要高度重视，加强组织领导") come out at the count of their
    /// first clause; formulae in an order only the pair has at one (the source). The rarest junction counts
    /// at the clause's rate anywhere instead: any corpus has one chance meeting of two formulae somewhere,
    /// not several in a run. Infinity, too, with fewer than `formulaRunJunctions` unusual junctions.
    private func holdersInOrder(_ p: Run, inSource: ClauseSet, target: Int) -> Double {
        let others = Double(formulae.documents - 1)
        var long = false, run = 0, runStart = 0  // the longest run of whole shared clauses side by side
        var expected = others
        var strongest = 1.0  // the rarest junction's share after its clause, over its share anywhere
        var unusual = 0  // junctions the corpus makes rarer than the clause is anywhere
        var previous: (hash: UInt64, end: Int, documents: Int)?
        ClausePieces.forEach(in: texts[target], overlapping: p.t..<p.tEnd) { range, h, whole in
            guard whole && h != 0 && inSource.contains(h) && !frames[target].contains(where: { $0.overlaps(range) }) else {
                previous = nil
                return
            }
            if let prev = previous, prev.end == range.lowerBound { run += 1 } else { run = 1; runStart = range.lowerBound }
            if run >= params.formulaRunClauses && range.upperBound - runStart >= params.formulaRunLength { long = true }
            let held = formulae.frequencies.documents(h)
            let anywhere = Double(held - 1) / others
            let together = previous.map { prev in
                prev.end == range.lowerBound ? formulae.pairFrequencies.documents(ClausePieces.pairHash(prev.hash, h)) : 1
            } ?? 1
            if let prev = previous, together >= 2 {
                let after = Double(together - 1) / Double(max(1, prev.documents - 1))
                expected *= after
                let ratio = after / max(anywhere, .leastNonzeroMagnitude)
                strongest = min(strongest, ratio)
                if ratio < params.formulaUnusualJunction { unusual += 1 }
            } else {
                expected *= anywhere
            }
            previous = (h, range.upperBound, held)
        }
        guard long else { return .infinity }
        guard formulae.documents >= params.formulaMinDocuments else { return 0 }
        return unusual >= params.formulaRunJunctions ? expected / strongest : .infinity
    }

    /// How many documents would hold a short passage's anchor (its longest identical stretch) if its parts
    /// were put together at random: the corpus size times, for disjoint selected fingerprints across the
    /// anchor, the share of documents holding each. A stock sentence whose template and noun are both
    /// common comes out at one or more; a sentence with a part of its own far below.
    private mutating func anchorByChance(_ p: Run, target: Int) -> Double {
        guard texts.count >= params.formulaMinDocuments else { return 0 }
        let slot = target - blockStart
        if blockPrints[slot] == nil {
            blockPrints[slot] = Winnowing.fingerprints(texts[target].scalars, k: k, window: max(1, params.window))
        }
        let list = blockPrints[slot] ?? []
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid].position) < p.anchor { lo = mid + 1 } else { hi = mid }
        }
        let n = Double(texts.count)
        var expected = n
        var free = p.anchor
        while lo < list.count && Int(list[lo].position) + k <= p.anchor + p.longest {
            if Int(list[lo].position) >= free {
                expected *= Double(fingerprintFrequencies.documents(list[lo].hash)) / n
                free = Int(list[lo].position) + k
            }
            lo += 1
        }
        return expected
    }

    /// Passages of one source found from separate seeds can meet once aligned past their seeds: overlapping
    /// ones (in both texts) become one. `out[first...]` are this source's passages.
    static func mergeOverlapping(_ out: inout [PassageMatch], from first: Int, s: [UInt16], t: [UInt16]) {
        guard out.count - first > 1 else { return }
        var mine = Array(out[first...])
        mine.sort { $0.targetRange.lowerBound < $1.targetRange.lowerBound }
        var merged: [PassageMatch] = [mine[0]]
        for p in mine.dropFirst() {
            let q = merged[merged.count - 1]
            guard p.targetRange.overlaps(q.targetRange), p.sourceRange.overlaps(q.sourceRange) else {
                merged.append(p)
                continue
            }
            var u = q
            u.targetRange = min(p.targetRange.lowerBound, q.targetRange.lowerBound)..<max(p.targetRange.upperBound, q.targetRange.upperBound)
            u.sourceRange = min(p.sourceRange.lowerBound, q.sourceRange.lowerBound)..<max(p.sourceRange.upperBound, q.sourceRange.upperBound)
            u.identical = max(p.identical, q.identical)
            u.formula = p.formula && q.formula
            u.edited = u.sourceRange.count != u.targetRange.count
                || !s[u.sourceRange].elementsEqual(t[u.targetRange])
            merged[merged.count - 1] = u
        }
        out.replaceSubrange(first..., with: merged)
    }
}

/// The whole clauses of a passage's source side, sorted: a handful per passage, where a `Set` cost an
/// allocation and a hash per clause.
struct ClauseSet {
    private let hashes: [UInt64]

    init(_ hashes: [UInt64]) { self.hashes = hashes.sorted() }

    func contains(_ hash: UInt64) -> Bool {
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < hash { lo = mid + 1 } else { hi = mid }
        }
        return lo < hashes.count && hashes[lo] == hash
    }
}
