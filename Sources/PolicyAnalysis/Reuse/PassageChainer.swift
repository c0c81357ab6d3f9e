import CPrefetch

/// Turns one target document's seed matches into passages, source by source (seed and extend): each
/// seed is extended exactly both ways into a run, runs are joined across edits, the alignment is carried
/// on past the last seed by re-anchoring after each edit, and each passage is decided copy or formula.
/// Frequent text is never skipped here: it only finds no candidate pairs (`FingerprintGroups`).
/// One chainer serves a worker's whole batch of targets (it keeps scratch space between them).
struct PassageChainer {
    /// The texts, formulae and frames, with the steps that only read them.
    let context: ChainContext
    var k: Int { context.k }
    var params: ReuseParameters { context.params }
    /// How many documents hold each selected fingerprint.
    let fingerprintFrequencies: DocumentFrequencies
    /// Which documents can hold a stretch (`formulaPairOnlyLength`).
    let holders: StretchHolders
    /// Keep the passages of a pair that shares only formulae (see `ReuseDetector.passages`).
    let keepsFormulaOnlyPairs: Bool
    /// How far apart two seeds of a group on one diagonal may lie, and must lie at least, for an identical
    /// stretch of a passage's length to hold them (`seedReach(k:window:run:)`, and `seedSpread`).
    let seedReach: UInt64, seedSpread: UInt64
    /// The current block's targets' selected fingerprints (in position order), made when first needed:
    /// the corpus's are let go once indexed.
    private var blockPrints: [[(hash: UInt64, position: Int32)]?] = []
    /// How many k-grams `anchorByChance` has rolled for each of the block's targets without their list.
    private var blockWork: [Int] = []
    private var blockStart = 0
    /// Slot of each source document among the current target's sources (-1: none); reset per target.
    private var slotOf: [Int32]
    /// The block's sources, their seed counts, and their seeds grouped by source (keys and targets): kept
    /// between blocks (`passages(targets:matches:)`), only ever grown.
    private var blockSources: [Int32] = []
    private var blockCounts: [Int] = []
    private var blockKeys: [UInt64] = []
    private var blockOwners: [Int32] = []
    /// Scratch lists kept between sources (their capacity, that is: hundreds of thousands of small
    /// sources per corpus would otherwise allocate their own).
    private var runScratch: [Run] = []
    private var openScratch: [Run] = []
    private var sortKeys: [UInt64] = []
    private var anchoredScratch: [Bool] = []
    private var stretchScratch: [Range<Int>] = []
    private var lastEnds = DiagonalEnds()
    /// The clause pieces of the passage being decided (`finish`).
    private var pieceScratch: [ChainContext.Piece] = []
    /// The clause hashes of the passage being decided's source side (`finish`).
    private var clauseScratch: [UInt64] = []
    /// The current pair's runs that are a passage's length on their own (`Claims`).
    private var claims = Claims()
    /// The holders found of each stretch of the block's targets that `finish` asked about (`StretchHolders`):
    /// a target's stock sentence is asked about for each of its sources (a third of the asks on formula-heavy
    /// text), and the holders' texts read for each.
    private var stretchHolders: [StretchKey: FoundHolders] = [:]
    private struct StretchKey: Hashable { let target: Int32, start: Int32, end: Int32 }
    private struct FoundHolders { let holders: [Int32]? }
    /// Formula passages the descent rule decides once every target is chained (`DescentRule`), and the
    /// pairs kept only for them (otherwise formulae only, dropped unless a candidate becomes a copy).
    private(set) var descentCandidates: [DescentRule.Candidate] = []
    private(set) var provisionalPairs: Set<UInt64> = []

    /// An aligned stretch: source [s, sEnd) against target [t, tEnd), with `identical` equal characters,
    /// the longest `longest` of them in one piece starting at `anchor` in the target.
    struct Run { var s: Int; var t: Int; var sEnd: Int; var tEnd: Int; var identical: Int; var longest: Int; var anchor: Int }

    init(texts: [ContentText], k: Int, params: ReuseParameters, formulae: Formulae, frames: [[Range<Int>]],
         groups: FingerprintGroups, keepsFormulaOnlyPairs: Bool = false) {
        context = ChainContext(texts: texts, k: k, params: params, formulae: formulae, frames: frames)
        self.keepsFormulaOnlyPairs = keepsFormulaOnlyPairs
        fingerprintFrequencies = groups.shared
        holders = StretchHolders(groups: groups, texts: texts, k: k, window: params.window)
        seedReach = UInt64(PassageChainer.seedReach(k: k, window: params.window, run: params.formulaPairOnlyLength))
        seedSpread = UInt64(PassageChainer.seedSpread(k: k, window: params.window, passage: params.minPassageLength))
        slotOf = [Int32](repeating: -1, count: texts.count)
    }

    /// Passages of a block of targets from their matches (any order), per target in ascending source
    /// order. The block is worked through source by source, so that a source's text is read from memory
    /// once for all the block's targets that share seeds with it, not once for each (a cache miss per
    /// seed otherwise; the block's targets stay in the cache). Only sources with close seeds (`CloseSeedFilter`).
    mutating func passages(targets: Range<Int>, matches: ArraySlice<ReuseDetector.Match>) -> [[PassageMatch]] {
        // Group by source with a counting sort (stable, so each source's matches stay grouped by target):
        // per-source lists are short, so sorting them is cheap, where sorting a block's matches is not.
        // Through pointers, into lists kept between blocks: each match's count, place and copy was an array
        // write with its own uniqueness and bounds checks, and the lists were cleared before being written.
        var sources = blockSources, counts = blockCounts, grouped = blockKeys, owners = blockOwners
        blockSources = []; blockCounts = []; blockKeys = []; blockOwners = []
        defer { blockSources = sources; blockCounts = counts; blockKeys = grouped; blockOwners = owners }
        sources.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        slotOf.withUnsafeMutableBufferPointer { slotOf in
            for m in matches where slotOf[Int(m.src)] < 0 {
                slotOf[Int(m.src)] = Int32(sources.count)
                sources.append(m.src)
            }
            counts.append(contentsOf: repeatElement(0, count: sources.count))
            counts.withUnsafeMutableBufferPointer { counts in
                for m in matches { counts[Int(slotOf[Int(m.src)])] += 1 }
            }
        }
        defer { for s in sources { slotOf[Int(s)] = -1 } }
        blockPrints = [[(hash: UInt64, position: Int32)]?](repeating: nil, count: targets.count)
        blockWork = [Int](repeating: 0, count: targets.count)
        blockStart = targets.lowerBound
        stretchHolders.removeAll(keepingCapacity: true)
        var out = [[PassageMatch]](repeating: [], count: targets.count)
        guard !sources.isEmpty else { return out }
        let chosen = sources.sorted()
        // Each source's place in the grouped lists (by slot), then where each source's group starts (in order).
        var offsets = [Int](repeating: 0, count: counts.count)
        var sourceStarts = [Int](repeating: 0, count: chosen.count + 1)
        var total = 0
        for (i, s) in chosen.enumerated() {
            let slot = Int(slotOf[Int(s)])
            offsets[slot] = total
            total += counts[slot]
            sourceStarts[i + 1] = total
        }
        // Each match as one integer (diagonal, target position). A target's seeds come in target order (its
        // entries are taken in position order, `EntryOrder`), and the counting sort keeps that order in each
        // (source, target) group: nothing here sorts them. Every place below `total` is written.
        if grouped.count < total {
            grouped = [UInt64](repeating: 0, count: max(total, 2 * grouped.count))
            owners = [Int32](repeating: 0, count: grouped.count)
        }
        grouped.withUnsafeMutableBufferPointer { grouped in
            owners.withUnsafeMutableBufferPointer { owners in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    slotOf.withUnsafeBufferPointer { slotOf in
                        for m in matches {
                            let slot = Int(slotOf[Int(m.src)])
                            let at = offsets[slot]
                            grouped[at] = PassageChainer.key(m)
                            owners[at] = m.target
                            offsets[slot] = at + 1
                        }
                    }
                }
            }
        }

        // Every (source, target) group has two seeds on one diagonal `seedSpread` to `seedReach` apart: the others
        // were dropped per target (`CloseSeedFilter`), before any text is read.
        grouped.withUnsafeBufferPointer { all in
            // A source's first reads are asked for `sourcesAhead` sources before its turn, so that their
            // cache misses overlap with the work on the sources before it instead of each stalling an extension
            // (on formula-heavy text most sources take little work: one source ahead was too late).
            func prefetch(_ i: Int) {
                guard i < chosen.count else { return }
                PassageChainer.prefetch(context.places[Int(chosen[i])], keys: all[sourceStarts[i]..<sourceStarts[i + 1]])
            }
            for i in 0..<PassageChainer.sourcesAhead { prefetch(i) }
            // Each text taken out of the context once here, not once per (source, target) group: each time
            // retained and released an array both workers read (its count in one cache line for both).
            let targetTexts = targets.map { context.texts[$0].scalars }
            for (i, s) in chosen.enumerated() {
                prefetch(i + PassageChainer.sourcesAhead)
                let sourceText = context.texts[Int(s)].scalars
                var from = sourceStarts[i]
                while from < sourceStarts[i + 1] {
                    var to = from + 1
                    while to < sourceStarts[i + 1] && owners[to] == owners[from] { to += 1 }
                    let d = Int(owners[from])
                    let keys = UnsafeBufferPointer(rebasing: all[from..<to])
                    passages(source: Int(s), target: d, s: sourceText, t: targetTexts[d - targets.lowerBound], keys: keys,
                             into: &out[d - targets.lowerBound])
                    from = to
                }
            }
        }
        return out
    }

    /// How far apart (in the target) two seeds of any identical stretch of `passage` characters are at least,
    /// on its diagonal, with another pair within k + w. The stretch's windows of `window` k-grams, from the one
    /// at its start to the one `passage - k - window + 1` later, each select the same k-gram in both texts (the
    /// rightmost least hash of the window): the first at most `window - 1` after the start, the last at least
    /// `passage - k - window + 1` after it, so the two are `passage - k - 2 window + 2` or more apart (5 for
    /// 25, 10 and 6). The selections in between follow each other at most `window` apart, so the first one
    /// that far from the first is less than `window` further: within k + w while the spread is k + 1 or less.
    /// A pair of seeds nearer each other is a phrase shorter than a passage (on copy-dense text, a fifth of
    /// the chaining went to such groups).
    static func seedSpread(k: Int, window: Int, passage: Int) -> Int {
        max(1, min(passage - k - 2 * max(1, window) + 2, k + 1))
    }

    /// How far apart two seeds on one diagonal may lie and still count as close: k + w (see `seedSpread`), or
    /// since analysis version 40 the distance from the first k-gram of the guarantee's identical `run` to its
    /// last, whichever is further. The run's first window selects a k-gram in both texts, and so does its last:
    /// a run of 30 whose selections between those two are all formula fingerprints (no seed) is still found
    /// from its two ends, up to 20 apart.
    static func seedReach(k: Int, window: Int, run: Int) -> Int {
        max(k + window, run - k)
    }

    /// The longest identical stretch through a seed that has another one on its diagonal `spread` to `reach`
    /// before it (keys in target order; 0 when none has), or the first one of `enough` characters or more.
    static func longestSpreadRun(s: [UInt16], t: [UInt16], keys: UnsafeBufferPointer<UInt64>, k: Int,
                                 reach: UInt64, spread: UInt64, enough: Int = .max) -> Int {
        var longest = 0
        s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return }
                var coveredUpTo = -1, coveredDiagonal: UInt64 = 0
                for x in keys.indices.dropFirst() where hasPartner(keys, x, reach: reach, spread: spread) {
                    let diagonal = keys[x] >> 32
                    let m = PassageChainer.match(keys[x], source: 0)
                    let sPos = Int(m.sPos), tPos = Int(m.tPos)
                    // The stretch just measured on this diagonal already holds this seed.
                    if diagonal == coveredDiagonal && tPos + k <= coveredUpTo { continue }
                    guard sPos >= 0, tPos >= 0, sPos < sp.count, tPos < tp.count else { continue }
                    let ahead = CommonRun.forward(sBase, sPos, tBase, tPos, limit: min(sp.count - sPos, tp.count - tPos))
                    guard ahead >= k else { continue }
                    let behind = CommonRun.backward(sBase, sPos, tBase, tPos, limit: min(sPos, tPos))
                    longest = max(longest, ahead + behind)
                    if longest >= enough { return }
                    coveredUpTo = tPos + ahead
                    coveredDiagonal = diagonal
                }
            }
        }
        return longest
    }

    /// Whether two of a group's seeds (keys in target order) lie on one diagonal at least `spread` and at most
    /// `reach` apart in the target (what `CloseSeedFilter` keeps, tested against this).
    @inline(__always)
    static func hasCloseSeeds(_ keys: UnsafeBufferPointer<UInt64>, reach: UInt64, spread: UInt64 = 1) -> Bool {
        for x in keys.indices.dropFirst() where hasPartner(keys, x, reach: reach, spread: spread) { return true }
        return false
    }

    /// Whether seed `x` has one before it (keys in target order) on its diagonal, `spread` to `reach` back.
    @inline(__always)
    static func hasPartner(_ keys: UnsafeBufferPointer<UInt64>, _ x: Int, reach: UInt64, spread: UInt64) -> Bool {
        let t = keys[x] & 0xFFFF_FFFF, diagonal = keys[x] >> 32
        var y = x - 1
        while y >= 0 && (keys[y] & 0xFFFF_FFFF) + reach >= t {
            if keys[y] >> 32 == diagonal && (keys[y] & 0xFFFF_FFFF) + spread <= t { return true }
            y -= 1
        }
        return false
    }

    /// How many sources ahead their seed characters are asked for (see `passages(targets:matches:)`).
    static let sourcesAhead = 3

    /// Asks for the source character at each seed (see `passages(targets:matches:)`), and for the header of the
    /// array that holds them (32 bytes before the first character: its count is read first), without waiting.
    @inline(__always)
    static func prefetch(_ source: ChainContext.TextPlace, keys: Slice<UnsafeBufferPointer<UInt64>>) {
        guard let base = UnsafePointer<UInt16>(bitPattern: source.address) else { return }
        let header = UnsafeRawPointer(base) - 32
        ipap_prefetch(header)
        ipap_prefetch(header + 24)
        for key in keys {
            let at = Int(match(key, source: 0).sPos)
            if at >= 0 && at < source.count { ipap_prefetch(base + at) }
        }
    }

    /// Sorts distinct keys ascending (a pair's runs, `targetOrder`; the seeds need no sort, they come in
    /// target order): insertion sort for the few runs most pairs have, else a quicksort (median of three)
    /// down to small parts. The keys are distinct, so the order is the one any
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

    /// Seed and extend for one source. `s`, `t`: the source's and the target's scalars; `keys`: the source's seeds (see
    /// `key(_:)`), in target order.
    private mutating func passages(source src: Int, target d: Int, s: [UInt16], t: [UInt16], keys: UnsafeBufferPointer<UInt64>,
                                   into out: inout [PassageMatch]) {
        // `keys` arrive in target order, each group with two close seeds on one diagonal (`CloseSeedFilter`).
        let candidatesBefore = descentCandidates.count
        // A passage needs an identical stretch of its length, which holds two seeds `seedSpread` to `seedReach` apart:
        // those are extended first, and when none gives such a stretch the group ends here, its other seeds
        // (on copy-dense text, most of them: stock phrases the two documents share) never extended.
        guard PassageChainer.longestSpreadRun(s: s, t: t, keys: keys, k: k, reach: seedReach, spread: seedSpread,
                                              enough: params.minPassageLength) >= params.minPassageLength else { return }
        // Taken out of the chainer, not copied: a list still shared with its stored property would be copied
        // at its first change, and the point of keeping it is not to allocate.
        var runs: [Run] = [], open: [Run] = [], ends = DiagonalEnds()
        swap(&runs, &runScratch)
        swap(&open, &openScratch)
        swap(&ends, &lastEnds)
        runs.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        ends.start(seeds: keys.count)
        defer {
            runScratch = runs
            openScratch = open
            lastEnds = ends
        }
        // 1. Each seed extended exactly both ways (the comparison also confirms the k-gram itself); a
        //    seed inside the last run extended on its diagonal adds nothing (`ends`). The seeds come in
        //    target order, so each diagonal's are taken in target order, as in a sort by diagonal: the runs
        //    are the same, found in another order (and put in target order below).
        var longest = 0
        s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return }
                // Seeds are positions both texts hold (from the index): the loops stay inside both buffers.
                for key in keys {
                    let m = PassageChainer.match(key, source: Int32(src))
                    let sPos = Int(m.sPos), tPos = Int(m.tPos)
                    if let end = ends.end(on: key >> 32), tPos + k <= end { continue }
                    guard sPos >= 0, tPos >= 0, sPos < sp.count, tPos < tp.count else { continue }
                    let ahead = CommonRun.forward(sBase, sPos, tBase, tPos, limit: min(sp.count - sPos, tp.count - tPos))
                    guard ahead >= k else { continue }  // a hash collision, not a shared k-gram
                    let c = sPos + ahead, e = tPos + ahead
                    let behind = CommonRun.backward(sBase, sPos, tBase, tPos, limit: min(sPos, tPos))
                    let a = sPos - behind, b = tPos - behind
                    runs.append(Run(s: a, t: b, sEnd: c, tEnd: e, identical: e - b, longest: e - b, anchor: b))
                    longest = max(longest, e - b)
                    ends.record(e, on: key >> 32)
                }
            }
        }
        // A passage keeps the longest stretch of the runs it joins and needs one of a clause's length
        // (`finish`): without such a run, joining cannot make one. On formula-heavy text that is half the
        // sources that reach this point (chance phrases a few characters longer than a k-gram).
        guard longest >= params.minPassageLength else { return }
        let order = targetOrder(runs)
        let gap = params.gapTolerance
        var anchored = anchoredScratch
        anchoredScratch = []
        defer { anchoredScratch = anchored }
        var stretches = stretchScratch
        stretchScratch = []
        defer { stretchScratch = stretches }
        PassageChainer.markAnchored(runs, order: order, gap: gap, length: params.minPassageLength, into: &anchored,
                                    stretches: &stretches)
        // Stock phrases alone, wherever the pair shares a passage's length: formulae only, not aligned further
        // (`sharesOnlyStock`; since analysis version 68).
        if !keepsFormulaOnlyPairs && sharesOnlyStock(stretches, target: d) { return }
        claims.collect(runs, anchored: anchored, target: d, context: context)

        // 2. Runs joined along the text across edits; a passage is finished (aligned past its last seed
        //    both ways, then judged) once the runs have moved beyond reach of it.
        let first = out.count
        for key in order.keys {
            let index = Int(key & order.mask)
            let r = runs[index]
            let joins = anchored[index]
            // One pass over the open passages: those out of reach finished, the others kept in order, and
            // the one the run joins at least cost chosen (the first of equals).
            var kept = 0
            var best = -1
            var bestCost = Int.max
            for idx in open.indices {
                let p = open[idx]
                if p.tEnd < r.t - gap {
                    finish(p, s: s, t: t, source: src, target: d, into: &out)
                    continue
                }
                open[kept] = p
                if joins, let cost = PassageChainer.joinCost(p, r, gap: gap), cost < bestCost, !refusesJoin(p, r, s: s, t: t, source: src, target: d) {
                    bestCost = cost
                    best = kept
                }
                kept += 1
            }
            if kept < open.count { open.removeLast(open.count - kept) }
            // A run of a stretch without an anchor only moves the finishing on (`markAnchored`).
            guard joins else { continue }
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
        PassageChainer.mergeOverlapping(&out, from: first, s: s, t: t, gap: params.gapTolerance)
        PassageChainer.keepNeighbours(&out, from: first, documents: context.texts.count, params: params)
        if !keepsFormulaOnlyPairs && !out[first...].contains(where: { !$0.formula }) {
            if descentCandidates.count > candidatesBefore {
                provisionalPairs.insert(DescentRule.pairKey(Int32(src), Int32(d)))
            } else {
                out.removeSubrange(first...)
            }
        }
    }

    /// Marks, by run index, the runs worth joining. In target order the runs fall into stretches, each run
    /// starting at most `gap` after the furthest end before it in its stretch: a run joins only a passage
    /// ending at most `gap` before its start (`joinCost`), so no passage takes runs of two stretches, and a
    /// stretch without a run of a passage's `length` makes only passages that `finish` drops at once. Their
    /// runs are left out of the joining (on formula-heavy text nine runs in ten: chance phrases of a few
    /// characters more than a k-gram among the pair's stock clauses); the passages and their order are those
    /// of joining every run.
    /// The target side of each stretch that holds an anchor (from its first run's start to its furthest end) goes
    /// into `stretches` (emptied first).
    static func markAnchored(_ runs: [Run], order: (keys: [UInt64], mask: UInt64), gap: Int, length: Int,
                             into anchored: inout [Bool], stretches: inout [Range<Int>]) {
        anchored.removeAll(keepingCapacity: true)
        anchored.append(contentsOf: repeatElement(false, count: runs.count))
        stretches.removeAll(keepingCapacity: true)
        var start = 0, furthest = Int.min, hasAnchor = false
        func close(_ end: Int) {
            guard hasAnchor else { return }
            for i in start..<end { anchored[Int(order.keys[i] & order.mask)] = true }
            stretches.append(runs[Int(order.keys[start] & order.mask)].t..<furthest)
        }
        for (i, key) in order.keys.enumerated() {
            let r = runs[Int(key & order.mask)]
            if i > 0 && r.t > furthest + gap {
                close(i)
                start = i
                furthest = Int.min
                hasAnchor = false
            }
            furthest = max(furthest, r.tEnd)
            if r.longest >= length { hasAnchor = true }
        }
        close(order.keys.count)
    }

    /// Whether every stretch of a pair that holds an anchor (`markAnchored`: the target side of its runs, edits
    /// between them included) is stock phrases alone (`ChainContext.isFormulaOnly`: formula clauses or frame
    /// lines, but for two characters or fewer of another clause at an end) and shorter than `formulaRunLength`
    /// (so that no run of clauses there can be judged by its order, `holdersInOrder`). Every passage of such a
    /// pair holds nothing of its own and is a formula, and the pair is dropped as formulae only: it is not
    /// aligned past its runs (since analysis version 68). Before, each passage was re-anchored past its ends
    /// first (on formula-heavy 10,000 documents nine decided passages in ten belonged to pairs dropped so),
    /// and the few that reached text of the pair's own that way past an edit next to a stock phrase, without a
    /// seed of their own there, were kept.
    private func sharesOnlyStock(_ stretches: [Range<Int>], target d: Int) -> Bool {
        for stretch in stretches where stretch.count >= params.formulaRunLength || !context.isFormulaOnly(d, stretch) {
            return false
        }
        return !stretches.isEmpty
    }

    /// What it costs run `r` to join the open passage `p` across the edit between them (the larger of the
    /// gaps and the shift of diagonal), or nil when it cannot: it must start after `p` in both texts,
    /// within `gap`, overlapping `p` by no more than its own length. As in a re-anchoring (`hopForward`),
    /// an edit is bridged only after a stretch at least as long as it and before one at least half as long.
    /// A run from `p`'s first character in one text aligns that text again further on in the other (a clause
    /// the other says twice, "A。A，A，…" against "A，A，…"): joined, it would make the other's first saying an
    /// insertion at the passage's start (before analysis version 45).
    @inline(__always)
    static func joinCost(_ p: Run, _ r: Run, gap: Int) -> Int? {
        let tGap = r.t - p.tEnd, sGap = r.s - p.sEnd
        guard r.t > p.t, r.s > p.s, tGap <= gap, sGap <= gap else { return nil }
        guard tGap >= -(r.tEnd - r.t), sGap >= -(r.sEnd - r.s) else { return nil }
        let cost = max(tGap, sGap, abs((r.t - r.s) - (p.tEnd - p.sEnd)))
        guard cost <= gap, min(2 * r.identical, p.identical) >= cost else { return nil }
        return cost
    }

    /// Whether run `r` may not join passage `p` of target `d`: text between them replaced by other text
    /// (`ChainContext.isReplacement`) and either the run shorter than that text (as a re-anchoring past it,
    /// `ChainContext.bridges`, since analysis version 37), or the passage so far stock phrases alone
    /// (`ChainContext.isFormulaOnly`), which both texts hold a clause before a copy (since analysis version 26;
    /// the copy's passage reached back over the other clause onto them). A run of stock phrases after such an
    /// edit still joins: it may lie between two edits of one copy, a number changed beside an inserted clause
    /// ("2293亿元。" and "2329亿元，鼓励先行先试。"), with the copy going on after it. Nor across an edit another run
    /// of the pair explains (`Claims.holdEdit`, since analysis version 35).
    private func refusesJoin(_ p: Run, _ r: Run, s: [UInt16], t: [UInt16], source src: Int, target d: Int) -> Bool {
        let sourceGap = p.sEnd..<max(p.sEnd, r.s), targetGap = p.tEnd..<max(p.tEnd, r.t)
        // A passage so far shorter than one, before a new item or heading that one text starts (since analysis
        // version 43), or a run shorter than one just past it (version 44): left to the re-anchoring, which takes
        // such a stretch only when the alignment goes on from it (`finish`).
        if min(p.identical, r.identical) < params.minPassageLength
            && context.endsAtNewItem(source: src, sourceGap, target: d, targetGap) { return true }
        guard context.isReplacement(sourceGap.count, targetGap.count) else { return claims.holdEdit(between: p, and: r) }
        return !context.bridges(s, sourceGap, t, targetGap, behind: p.identical, stretch: r.identical)
            || context.isFormulaOnly(d, p.t..<p.tEnd) || claims.holdEdit(between: p, and: r)
    }

    /// The runs in (target start, source start) order, as keys whose bits under `mask` are a run's index:
    /// packed with both starts, so that plain integers are sorted, when they fit (sorting 56-byte runs with
    /// a comparator was a twentieth of the formula-heavy run), else the indices sorted by comparator. No two
    /// runs share both starts (one diagonal holds one run per start), so the order is the comparator's.
    private mutating func targetOrder(_ runs: [Run]) -> (keys: [UInt64], mask: UInt64) {
        var keys = sortKeys
        sortKeys = []
        defer { sortKeys = keys }
        keys.removeAll(keepingCapacity: true)
        guard runs.count < 1 << 16, runs.allSatisfy({ $0.t < 1 << 24 && $0.s < 1 << 24 }) else {
            let sorted = runs.indices.sorted { runs[$0].t != runs[$1].t ? runs[$0].t < runs[$1].t : runs[$0].s < runs[$1].s }
            keys.append(contentsOf: sorted.map { UInt64($0) })
            return (keys, UInt64.max)
        }
        for (i, r) in runs.enumerated() { keys.append(UInt64(r.t) << 40 | UInt64(r.s) << 16 | UInt64(i)) }
        keys.withUnsafeMutableBufferPointer { PassageChainer.sortKeys(&$0) }
        return (keys, 0xFFFF)
    }

    /// Aligns a joined run past its ends (re-anchoring after each edit), and appends it if it is long
    /// enough, marked edited and formula as it is.
    private mutating func finish(_ run: Run, s: [UInt16], t: [UInt16], source: Int, target: Int, into out: inout [PassageMatch]) {
        // Without an anchor no alignment makes a passage: a stretch it could re-anchor on that is long enough
        // to be one is seeded itself (unless it is made of formulae). Most runs are chance seeds: done here.
        guard run.longest >= params.minPassageLength else { return }
        var p = run
        let context = self.context
        // Past each edit, the nearest identical stretch; failing it, a clause's first words before a changed name.
        // A few words just past a list item's marker or a heading's number that one text inserts there
        // (`ChainContext.endsAtNewItem`) are taken only when the alignment goes on from them: otherwise the
        // shorter anchors are tried instead, and failing those the passage ends before the edit.
        for side in 0..<2 {
            let forward = side == 0
            var nearest = true
            while let next = hop(from: p, forward: forward, nearest: nearest, s: s, t: t, source: source, target: target) {
                let length = next.identical - p.identical
                let sourceGap = forward ? p.sEnd..<(next.sEnd - length) : (next.s + length)..<p.s
                let targetGap = forward ? p.tEnd..<(next.tEnd - length) : (next.t + length)..<p.t
                if nearest && length < params.minPassageLength
                    && context.endsAtNewItem(source: source, sourceGap, target: target, targetGap)
                    && hop(from: next, forward: forward, nearest: true, s: s, t: t, source: source, target: target) == nil {
                    nearest = false
                    continue
                }
                p = next
                nearest = true
            }
        }
        // One identical stretch of a clause's length anchors a passage: slot-filled templates ("支持…围绕…
        // 开展…") align piece by piece between any two documents, but never in one long piece.
        guard p.longest >= params.minPassageLength else { return }
        let edited = !CommonRun.equal(s, p.s..<p.sEnd, t, p.t..<p.tEnd)
        // In a list kept between passages (its capacity, that is): one allocation less per passage.
        var cores = clauseScratch
        clauseScratch = []
        context.sharedClauses(of: source, within: p.s..<p.sEnd, into: &cores)
        let inSource = ClauseSet(sorted: cores)
        defer { clauseScratch = cores }
        // A long run of clauses is judged by its order, too: stock formulae in an order the corpus does not
        // put them in are a copy, with or without a clause of the pair's own. (Asked only when it decides.)
        // Statements, not `&&` and `||`: their autoclosures copied the whole chainer to call the mutating
        // `anchorByChance`.
        var pieces = pieceScratch
        pieceScratch = []
        defer { pieceScratch = pieces }
        context.pieces(of: target, overlapping: p.t..<p.tEnd, into: &pieces)
        var formula: Bool
        var chanceFill: Float = 0
        let hasOwnClauses = context.ownClauseLength(p, pieces: pieces, inSource: inSource, target: target,
                                                    enough: params.formulaOwnLength) >= params.formulaOwnLength
        if hasOwnClauses {
            formula = context.holdersByChance(p, pieces: pieces, inSource: inSource, target: target, stoppingBelow: params.formulaChance) >= params.formulaChance
            if formula { formula = context.holdersInOrder(p, pieces: pieces, inSource: inSource, target: target) >= params.formulaChance }
            if !formula && p.identical < params.formulaShortPassage {
                let chance = anchorByChance(p, target: target)
                formula = chance >= params.formulaShortChance
                if formula { chanceFill = Float(chance) }
            }
        } else {
            formula = context.holdersInOrder(p, pieces: pieces, inSource: inSource, target: target) >= params.formulaChance
        }
        if formula && hasOwnClauses && p.longest >= params.formulaPairOnlyLength,
           let others = otherHolders(of: p.anchor..<(p.anchor + p.longest), source: source, target: target) {
            if others.isEmpty {
                formula = false
                chanceFill = 0
            } else {
                descentCandidates.append(DescentRule.Candidate(source: Int32(source), target: Int32(target),
                                                               anchor: Int32(p.anchor), others: others))
            }
        }
        var match = PassageMatch(source: source, target: target, sourceRange: p.s..<p.sEnd, targetRange: p.t..<p.tEnd,
                                 identical: p.identical, edited: edited, formula: formula)
        match.chanceFill = chanceFill
        out.append(match)
    }

    /// The documents besides `source` and `target` that hold `stretch` of the target's text, at most
    /// `formulaDescentHolders` (`StretchHolders.otherHolders`), found once per stretch of a target.
    private mutating func otherHolders(of stretch: Range<Int>, source: Int, target: Int) -> [Int32]? {
        let limit = params.formulaDescentHolders
        let key = StretchKey(target: Int32(target), start: Int32(stretch.lowerBound), end: Int32(stretch.upperBound))
        let found: [Int32]?
        if let known = stretchHolders[key] {
            found = known.holders
        } else {
            found = holders.holders(of: stretch, target: target, atMost: limit + 1)
            stretchHolders[key] = FoundHolders(holders: found)
        }
        return StretchHolders.others(in: found, besides: source, atMost: limit)
    }

    /// `p` re-anchored past the edit at its end (`forward`) or start, or nil: the nearest identical stretch
    /// (unless `nearest` is false) or one of the shorter anchors (`ChainContext.hopForward`), unless the pair's
    /// claims refuse it (`Claims`).
    private func hop(from p: Run, forward: Bool, nearest: Bool, s: [UInt16], t: [UInt16], source: Int, target: Int) -> Run? {
        let context = self.context
        var next = p
        if forward {
            guard let hop = context.hopForward(s: s, t: t, source: source, target: target, from: p.sEnd, p.tEnd, behind: p.identical,
                                               nearest: nearest, stockBehind: { context.isFormulaOnly(target, p.t..<p.tEnd) }),
                  !claims.refuse(hop, after: p) else { return nil }
            next.sEnd = hop.s + hop.length
            next.tEnd = hop.t + hop.length
            next.identical += hop.length
            if hop.length > next.longest { next.longest = hop.length; next.anchor = hop.t }
        } else {
            guard let hop = context.hopBackward(s: s, t: t, source: source, target: target, from: p.s, p.t, behind: p.identical,
                                                nearest: nearest, stockBehind: { context.isFormulaOnly(target, p.t..<p.tEnd) }),
                  !claims.refuse(hop, before: p) else { return nil }
            next.s = hop.s
            next.t = hop.t
            next.identical += hop.length
            if hop.length > next.longest { next.longest = hop.length; next.anchor = hop.t }
        }
        return next
    }

    /// How many documents would hold a short passage's anchor (its longest identical stretch) if its parts
    /// were put together at random: the corpus size times, for disjoint selected fingerprints across the
    /// anchor, the share of documents holding each. A stock sentence whose template and noun are both
    /// common comes out at one or more; a sentence with a part of its own far below.
    private mutating func anchorByChance(_ p: Run, target: Int) -> Double {
        guard context.texts.count >= params.formulaMinDocuments else { return 0 }
        let n = Double(context.texts.count)
        var expected = n
        var free = p.anchor
        // The selections that lie whole inside the anchor, in order.
        guard p.longest >= k else { return expected }
        let positions = p.anchor...(p.anchor + p.longest - k)
        let slot = target - blockStart, w = max(1, params.window)
        // Rolled over the anchor alone (a few dozen characters; most targets ask for a few anchors), until
        // that has cost as much as the whole text's fingerprints, which are then made once and looked up.
        if blockPrints[slot] == nil {
            blockWork[slot] += positions.count + 2 * w
            if blockWork[slot] <= context.texts[target].count {
                let frequencies = fingerprintFrequencies
                Winnowing.forEachFingerprint(context.texts[target].scalars, k: k, window: w, in: positions) { hash, position in
                    if position >= free {
                        expected *= Double(frequencies.documents(hash)) / n
                        free = position + k
                    }
                }
                return expected
            }
            blockPrints[slot] = Winnowing.fingerprints(context.texts[target].scalars, k: k, window: w)
        }
        let list = blockPrints[slot] ?? []
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid].position) < p.anchor { lo = mid + 1 } else { hi = mid }
        }
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
    /// ones (in both texts) become one, unless they cross: sentences copied in another order ("B。A。" from
    /// "A。B。") whose passages overlap by the few characters that happen to follow each in both texts stay two
    /// (their order differs in the two texts and their diagonals lie more than `gap` apart; before analysis
    /// version 34 they became one "edited" passage that paired each sentence with the other). `out[first...]` are this source's
    /// passages. A passage inside another in both texts is taken into it, whatever its diagonal (a
    /// repeat's end aligned with its start: `TandemRepeatTests`).
    static func mergeOverlapping(_ out: inout [PassageMatch], from first: Int, s: [UInt16], t: [UInt16], gap: Int) {
        guard out.count - first > 1 else { return }
        var mine = Array(out[first...])
        mine.sort { $0.targetRange.lowerBound < $1.targetRange.lowerBound }
        var merged: [PassageMatch] = [mine[0]]
        for p in mine.dropFirst() {
            let q = merged[merged.count - 1]
            let crossing = p.sourceRange.lowerBound < q.sourceRange.lowerBound
                && abs((p.targetRange.lowerBound - p.sourceRange.lowerBound) - (q.targetRange.lowerBound - q.sourceRange.lowerBound)) > gap
                && !PassageChainer.nests(p, in: q) && !PassageChainer.nests(q, in: p)
            guard p.targetRange.overlaps(q.targetRange), p.sourceRange.overlaps(q.sourceRange), !crossing else {
                merged.append(p)
                continue
            }
            var u = q
            u.targetRange = min(p.targetRange.lowerBound, q.targetRange.lowerBound)..<max(p.targetRange.upperBound, q.targetRange.upperBound)
            u.sourceRange = min(p.sourceRange.lowerBound, q.sourceRange.lowerBound)..<max(p.sourceRange.upperBound, q.sourceRange.upperBound)
            u.identical = max(p.identical, q.identical)
            u.formula = p.formula && q.formula
            u.chanceFill = u.formula && p.chanceFill > 0 && q.chanceFill > 0 ? max(p.chanceFill, q.chanceFill) : 0
            u.edited = !CommonRun.equal(s, u.sourceRange, t, u.targetRange)
            merged[merged.count - 1] = u
        }
        out.replaceSubrange(first..., with: merged)
    }

    /// Whether `inner` lies inside `outer` in both texts.
    static func nests(_ inner: PassageMatch, in outer: PassageMatch) -> Bool {
        outer.sourceRange.lowerBound <= inner.sourceRange.lowerBound && inner.sourceRange.upperBound <= outer.sourceRange.upperBound
            && outer.targetRange.lowerBound <= inner.targetRange.lowerBound && inner.targetRange.upperBound <= outer.targetRange.upperBound
    }
}

extension PassageChainer {
    /// A formula passage is a copy after all when another passage of the same pair stands beside it in both
    /// texts (within `formulaNeighbourGap` characters) that is a copy, or, when both are short passages the
    /// short-passage rule alone took for chance fills, that would be held together with it by fewer than
    /// `formulaShortChance` documents by chance. Sentences of a paragraph copied in another order ("B。A。" from
    /// "A。B。") are passages side by side in both texts, each judged alone; a stock sentence a writer put beside
    /// a copy of their own stands beside it in one text only. Repeated while a passage changes, so that a copy
    /// reaches along a row of neighbours. `out[first...]`: one source's passages.
    static func keepNeighbours(_ out: inout [PassageMatch], from first: Int, documents n: Int, params: ReuseParameters) {
        guard out.count - first > 1, out[first...].contains(where: { $0.formula }) else { return }
        let gap = params.formulaNeighbourGap
        func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
            max(0, max(a.lowerBound, b.lowerBound) - min(a.upperBound, b.upperBound))
        }
        var changed = true
        while changed {
            changed = false
            let before = Array(out[first...])
            for i in before.indices where before[i].formula {
                let p = before[i]
                let kept = before.indices.contains { j in
                    guard j != i else { return false }
                    let q = before[j]
                    guard distance(p.targetRange, q.targetRange) <= gap, distance(p.sourceRange, q.sourceRange) <= gap else { return false }
                    if !q.formula { return true }
                    return p.chanceFill > 0 && q.chanceFill > 0
                        && Double(p.chanceFill) * Double(q.chanceFill) / Double(max(1, n)) < params.formulaShortChance
                }
                if kept {
                    out[first + i].formula = false
                    out[first + i].chanceFill = 0
                    changed = true
                }
            }
        }
    }
}

/// The whole clauses of a passage's source side, sorted: a handful per passage, where a `Set` cost an
/// allocation and a hash per clause.
struct ClauseSet {
    private let hashes: [UInt64]

    /// From hashes sorted ascending already (`ChainContext.sharedClauses` sorts them in the chainer's kept list).
    init(sorted hashes: [UInt64]) { self.hashes = hashes }

    func contains(_ hash: UInt64) -> Bool {
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < hash { lo = mid + 1 } else { hi = mid }
        }
        return lo < hashes.count && hashes[lo] == hash
    }
}
