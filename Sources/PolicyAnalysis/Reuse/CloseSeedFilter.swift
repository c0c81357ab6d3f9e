/// Drops, per target, the seeds of every source without two of them on one diagonal `spread` to `reach` apart
/// in the target (`PassageChainer.hasCloseSeeds`), right after `ReuseDetector.seeds` wrote them: no identical
/// stretch of a passage's length can come out of such a source (see `PassageChainer.seedSpread`). On
/// copy-dense text most sources go here, and the chainer no longer counts, scatters and scans their seeds
/// when it groups a block's seeds by source. Only whole sources go: a kept source keeps every seed (each is
/// extended). Scratch space kept per worker.
struct CloseSeedFilter {
    typealias Match = ReuseDetector.Match
    let reach: Int, spread: Int
    /// Per document: the place of its last seed so far (`seen` plus its index among the target's seeds; less
    /// than `seen`: none in this target), or `keptMark` once it has two close seeds. 32 bits, so that the list
    /// takes half the first-level cache it took (read at a random place per seed).
    private var last: [Int32]
    /// Per seed of the target: the index of the source's seed before it (-1: none), so that each source's
    /// seeds are walked back in target order, and only the few within `reach`.
    private var previous: [Int32] = []
    /// How many seeds the targets before this one had (places below it are stale).
    private var seen = 0
    private var keptSources: [Int32] = []
    private static let keptMark = Int32.max

    init(documents n: Int, reach: Int, spread: Int) {
        self.reach = reach
        self.spread = spread
        last = [Int32](repeating: -1, count: n)
    }

    /// Keeps, of `matches[first...]` (one target's seeds, in target order), those of the sources with two
    /// close seeds, in order.
    mutating func keepSourcesWithCloseSeeds(_ matches: inout [Match], from first: Int) {
        let kept = matches.withUnsafeMutableBufferPointer { all in
            keepSourcesWithCloseSeeds(UnsafeMutableBufferPointer(rebasing: all[first...]))
        }
        matches.removeLast(matches.count - first - kept)
    }

    /// The same for one target's seeds in `seeds` (in target order): those kept are moved to its first places,
    /// in order, and their number returned.
    mutating func keepSourcesWithCloseSeeds(_ seeds: UnsafeMutableBufferPointer<Match>) -> Int {
        let count = seeds.count
        guard count > 0 else { return 0 }
        // Places are counted on across targets; before they would reach `keptMark`, every place is forgotten
        // (none is of this target yet: all are stale).
        if seen + count >= Int(CloseSeedFilter.keptMark) {
            for d in last.indices { last[d] = -1 }
            seen = 0
        }
        if previous.count < count { previous = [Int32](repeating: -1, count: count) }
        let reach = reach, spread = spread, seen = seen, kept = CloseSeedFilter.keptMark
        var keptSources = self.keptSources
        self.keptSources = []
        var to = 0
        last.withUnsafeMutableBufferPointer { last in
            previous.withUnsafeMutableBufferPointer { previous in
                for (i, m) in seeds.enumerated() {
                    let source = Int(m.src)
                    let before = last[source]
                    if before == kept { continue }
                    var j = Int(before) >= seen ? Int(before) - seen : -1
                    previous[i] = Int32(j)
                    last[source] = Int32(truncatingIfNeeded: seen + i)
                    let t = Int(m.tPos), diagonal = t - Int(m.sPos)
                    // The source's seeds back to `reach` before this one (those before them are further).
                    while j >= 0 {
                        let q = seeds[j]
                        let u = Int(q.tPos)
                        if u + reach < t { break }
                        if u - Int(q.sPos) == diagonal && u + spread <= t {
                            last[source] = kept
                            keptSources.append(m.src)
                            break
                        }
                        j = Int(previous[j])
                    }
                }
            }
            // Without a branch (kept and dropped sources alternate at random): each seed is written where the next
            // kept one goes, and the place moves on when it is kept.
            for i in 0..<count {
                let m = seeds[i]
                seeds[to] = m
                to += last[Int(m.src)] == kept ? 1 : 0
            }
        }
        for s in keptSources { last[Int(s)] = -1 }
        keptSources.removeAll(keepingCapacity: true)
        self.keptSources = keptSources
        self.seen += count
        return to
    }
}
