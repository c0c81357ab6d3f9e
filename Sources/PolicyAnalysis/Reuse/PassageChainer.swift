/// Turns one target document's fingerprint matches into passages, source by source: matches chained
/// along diagonals into runs, lone chance runs dropped, runs extended exactly and joined across small
/// edits. One chainer serves a worker's whole batch of targets (it keeps scratch space between them).
struct PassageChainer {
    let texts: [NormalizedText]
    let k: Int
    let w: Int
    let params: ReuseParameters
    let boilerplate: BoilerplateSet
    /// Slot of each source document among the current target's sources (-1: none); reset per target.
    private var slotOf: [Int32]
    /// Scratch lists kept between sources (their capacity, that is: hundreds of thousands of small
    /// sources per corpus would otherwise allocate their own).
    private var runScratch: [Run] = []
    private var openScratch: [Run] = []

    struct Run { var s: Int; var t: Int; var sEnd: Int; var tEnd: Int; var fps: Int; var longest = 0 }

    init(texts: [NormalizedText], k: Int, w: Int, params: ReuseParameters, boilerplate: BoilerplateSet) {
        self.texts = texts
        self.k = k
        self.w = w
        self.params = params
        self.boilerplate = boilerplate
        slotOf = [Int32](repeating: -1, count: texts.count)
    }

    /// Passages of target `d` from its matches (any order), in ascending source order.
    mutating func passages(target d: Int, matches: [ReuseDetector.Match]) -> [PassageMatch] {
        // Group by source with a counting sort: per-source lists are short, so sorting them is cheap,
        // where sorting all matches of a target at once is not.
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
        // A passage needs minFingerprints matches of one source: sources with fewer are skipped.
        let chosen = sources.filter { counts[Int(slotOf[Int($0)])] >= params.minFingerprints }.sorted()
        guard !chosen.isEmpty else { return [] }
        var offsets = [Int](repeating: -1, count: counts.count)
        var total = 0
        for s in chosen {
            let slot = Int(slotOf[Int(s)])
            offsets[slot] = total
            total += counts[slot]
        }
        // Each match as one integer ordered by (diagonal, target position): sorting plain integers is
        // several times faster than sorting structs with a comparator.
        var grouped = [UInt64](repeating: 0, count: total)
        for m in matches {
            let slot = Int(slotOf[Int(m.src)])
            guard offsets[slot] >= 0 else { continue }
            grouped[offsets[slot]] = PassageChainer.key(m)
            offsets[slot] += 1
        }

        let mask = boilerplateMask(d)
        let t = texts[d].scalars
        var out: [PassageMatch] = []
        var start = 0
        grouped.withUnsafeMutableBufferPointer { all in
            for s in chosen {
                let count = counts[Int(slotOf[Int(s)])]
                let keys = UnsafeMutableBufferPointer(rebasing: all[start..<(start + count)])
                passages(source: Int(s), target: d, t: t, keys: keys, mask: mask, into: &out)
                start += count
            }
        }
        return out
    }

    /// Characters of the target inside any k-gram (selected or not) whose hash is a boilerplate fingerprint
    /// somewhere, so that a formula is masked the same way in every document.
    private func boilerplateMask(_ d: Int) -> [Bool] {
        var mask = [Bool](repeating: false, count: texts[d].count)
        guard !boilerplate.isEmpty else { return mask }
        var until = 0
        let k = self.k, boilerplate = self.boilerplate
        Winnowing.forEachKgramHash(texts[d].scalars, k: k) { pos, h in
            guard boilerplate.contains(h) else { return }
            for x in max(pos, until)..<(pos + k) { mask[x] = true }
            until = pos + k
        }
        return mask
    }

    /// Insertion sort for the few matches most sources have (the library sort's set-up costs more there).
    @inline(__always)
    static func sortKeys(_ keys: inout UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 24 else {
            for i in 1..<max(1, keys.count) {
                let v = keys[i]
                var j = i
                while j > 0 && keys[j - 1] > v {
                    keys[j] = keys[j - 1]
                    j -= 1
                }
                keys[j] = v
            }
            return
        }
        keys.sort()
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
        return ReuseDetector.Match(src: source, sPos: Int32(Int64(t) - diagonal), tPos: t)
    }

    /// Diagonal chaining, lone-run pruning, exact extension and gap-tolerant joining for one source.
    /// `t`: the target's scalars; `keys`: the source's matches (see `key(_:)`), sorted here.
    private mutating func passages(source src: Int, target d: Int, t: [UInt32], keys: UnsafeMutableBufferPointer<UInt64>,
                                   mask: [Bool], into out: inout [PassageMatch]) {
        var keys = keys
        PassageChainer.sortKeys(&keys)
        // A passage is anchored by one identical stretch of minPassageLength characters. When that is more
        // than one fingerprint's run can grow to by exact extension (k + 2w - 2), the anchor is a run of
        // two or more fingerprints, so two matches on one diagonal close together: a source without such
        // a pair (most of them: chance phrases) is done before its text is read.
        let needsTwo = params.minPassageLength > k + 2 * w - 2
        if needsTwo {
            var pair = false
            for x in 1..<max(1, keys.count) where keys[x] >> 32 == keys[x - 1] >> 32
                && Int((keys[x] & 0xFFFF_FFFF) - (keys[x - 1] & 0xFFFF_FFFF)) <= k + w {
                pair = true
                break
            }
            guard pair else { return }
        }
        let s = texts[src].scalars
        // Runs: consecutive fingerprints on one diagonal no further apart than a shared run allows.
        var runs = runScratch
        var open = openScratch
        runs.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        defer {
            runScratch = runs
            openScratch = open
        }
        var i = 0
        while i < keys.count {
            let first = PassageChainer.match(keys[i], source: Int32(src))
            var last = first
            var count = 1
            var j = i + 1
            while j < keys.count, keys[j] >> 32 == keys[i] >> 32 {
                let next = PassageChainer.match(keys[j], source: Int32(src))
                guard Int(next.tPos - last.tPos) <= k + w, PassageChainer.sameBetween(s, t, last, next, k: k) else { break }
                last = next
                count += 1
                j += 1
            }
            runs.append(Run(s: Int(first.sPos), t: Int(first.tPos), sEnd: Int(last.sPos) + k, tEnd: Int(last.tPos) + k, fps: count))
            i = j
        }
        if needsTwo && !runs.contains(where: { $0.fps >= 2 }) { return }
        runs.sort { x, y in x.t != y.t ? x.t < y.t : x.s < y.s }
        dropLoneRuns(&runs)

        // Exact extension in both directions (recovers the edges winnowing skipped).
        for r in runs.indices {
            var a = runs[r].s, b = runs[r].t
            while a > 0 && b > 0 && s[a - 1] == t[b - 1] { a -= 1; b -= 1 }
            var c = runs[r].sEnd, e = runs[r].tEnd
            while c < s.count && e < t.count && s[c] == t[e] { c += 1; e += 1 }
            runs[r].s = a; runs[r].t = b; runs[r].sEnd = c; runs[r].tEnd = e
            var stretch = 0, longest = 0
            for x in b..<e {
                if mask[x] { stretch = 0 } else { stretch += 1; longest = max(longest, stretch) }
            }
            runs[r].longest = longest
        }
        // Extension moves starts: back in order for the join.
        runs.sort { x, y in x.t != y.t ? x.t < y.t : x.s < y.s }

        // Join runs along the text, across edits up to the gap tolerance on either side.
        let gap = params.gapTolerance
        func flush(_ run: Run) {
            // Formulae are not reuse: trim boilerplate off the edges, and require enough other text.
            var p = run
            while p.t < p.tEnd && mask[p.t] { p.t += 1; p.s += 1 }
            while p.tEnd > p.t && mask[p.tEnd - 1] { p.tEnd -= 1; p.sEnd -= 1 }
            // A passage needs one identical, non-boilerplate run of the minimum length as its anchor:
            // bridging an edit between two short chance runs never makes a passage.
            guard p.s < p.sEnd, p.fps >= params.minFingerprints, p.longest >= params.minPassageLength else { return }
            let edited = p.sEnd - p.s != p.tEnd - p.t || !s[p.s..<p.sEnd].elementsEqual(t[p.t..<p.tEnd])
            out.append(PassageMatch(source: src, target: d, sourceRange: p.s..<p.sEnd, targetRange: p.t..<p.tEnd,
                                    fingerprints: p.fps, edited: edited))
        }
        for r in runs {
            var kept = 0
            for idx in open.indices {
                if open[idx].tEnd < r.t - gap { flush(open[idx]) } else { open[kept] = open[idx]; kept += 1 }
            }
            open.removeLast(open.count - kept)
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
                open[best].tEnd = max(open[best].tEnd, r.tEnd)
                open[best].sEnd = max(open[best].sEnd, r.sEnd)
                open[best].fps += r.fps
                open[best].longest = max(open[best].longest, r.longest)
            } else {
                open.append(r)
            }
        }
        for p in open { flush(p) }
    }

    /// A run with too few fingerprints for a passage of its own matters only if it can join another run.
    /// Exact extension adds at most k + 2w - 2 characters to a run without adding a fingerprint (a longer
    /// identical stretch holds a second one), so runs farther apart than twice that plus the gap tolerance
    /// cannot join: such lone runs (most chance matches) are dropped before extension reads the source.
    /// `runs` is in target order.
    private func dropLoneRuns(_ runs: inout [Run]) {
        let reach = 2 * (k + 2 * w) + params.gapTolerance
        var kept = 0
        var reachedUntil = Int.min / 2  // largest tEnd of the earlier runs
        for i in runs.indices {
            let r = runs[i]
            let near = reachedUntil + reach >= r.t || (i + 1 < runs.count && runs[i + 1].t <= r.tEnd + reach)
            if r.fps >= params.minFingerprints || near {
                runs[kept] = r
                kept += 1
            }
            reachedUntil = max(reachedUntil, r.tEnd)
        }
        runs.removeLast(runs.count - kept)
    }

    /// Whether the characters between two fingerprints on one diagonal are identical (a same-length
    /// substitution between them must split the run, not hide inside it).
    static func sameBetween(_ s: [UInt32], _ t: [UInt32], _ a: ReuseDetector.Match, _ b: ReuseDetector.Match, k: Int) -> Bool {
        var x = Int(a.tPos) + k, y = Int(a.sPos) + k
        let end = Int(b.tPos)
        while x < end {
            if s[y] != t[x] { return false }
            x += 1; y += 1
        }
        return true
    }
}
