/// Selected fingerprints of a short-period repeat ("数据数据数据…", a unit of up to k characters over and over),
/// thinned to a few at each end before they seed anything.
///
/// In such a stretch one hash is selected every period: two documents sharing a stretch of L characters met
/// with (L / period)² seeds on L diagonals, each extended over the whole stretch (six documents with 12,000
/// repeated characters each took 17 s). A chain is a run of selections of one hash, each within k characters
/// of the one before: the unit repeats without a break. Of a chain, the first selection is kept with those
/// after it up to the first one at least `spread` characters from it, and the last one likewise; the others
/// are dropped. So two documents holding the same repeat still share two seeds `spread` to k + spread apart on
/// the diagonal that aligns the repeats' starts (and their ends): the pair is aligned and the stretch found by
/// extension, from a constant number of seeds. Runs inside a stretch, on other diagonals (the repeat shifted
/// by a period against itself), seed nothing (docs/indicators.md, *The guarantee*).
enum TandemRepeats {
    static func thinned(_ prints: [(hash: UInt64, position: Int32)], within distance: Int, spread: Int) -> [(hash: UInt64, position: Int32)] {
        // Most documents hold no repeat: found out without allocating anything.
        guard hasRepeat(prints, within: distance) else { return prints }
        // The selection before each one with the same hash within `distance` (-1: none).
        var previous = [Int32](repeating: -1, count: prints.count)
        _ = earlier(in: prints, within: distance) { i, j in
            previous[i] = Int32(j)
            return true
        }
        var next = [Int32](repeating: -1, count: prints.count)
        for i in prints.indices where previous[i] >= 0 { next[Int(previous[i])] = Int32(i) }
        var keep = [Bool](repeating: true, count: prints.count)
        var chain: [Int] = []
        for head in prints.indices where previous[head] < 0 && next[head] >= 0 {
            chain.removeAll(keepingCapacity: true)
            var i = head
            while i >= 0 {
                chain.append(i)
                i = Int(next[i])
            }
            let first = Int(prints[chain[0]].position), last = Int(prints[chain[chain.count - 1]].position)
            // Kept: the chain's start up to the first selection `spread` from it, and the same at its end.
            var fromStart = 0
            while fromStart < chain.count - 1 && Int(prints[chain[fromStart]].position) - first < spread { fromStart += 1 }
            var fromEnd = chain.count - 1
            while fromEnd > 0 && last - Int(prints[chain[fromEnd]].position) < spread { fromEnd -= 1 }
            if fromStart + 1 < fromEnd {
                for x in (fromStart + 1)..<fromEnd { keep[chain[x]] = false }
            }
        }
        var result: [(hash: UInt64, position: Int32)] = []
        result.reserveCapacity(prints.count)
        for i in prints.indices where keep[i] { result.append(prints[i]) }
        return result
    }

    /// Whether some selection has an earlier one of the same hash within `distance` (what `earlier` finds
    /// first), asked of every selection of every document. The few selections just before each are compared
    /// unconditionally, each comparison masked by whether that one is near enough, and only when the last of
    /// them is near enough are those before it looked at one by one: the two loops of `earlier`, whose
    /// lengths vary from selection to selection, mispredicted a branch or two per selection.
    private static func hasRepeat(_ prints: [(hash: UInt64, position: Int32)], within distance: Int) -> Bool {
        let unrolled = 4
        return prints.withUnsafeBufferPointer { p in
            guard p.count > unrolled else { return earlier(in: prints, within: distance, { _, _ in false }) }
            // The first ones have fewer than `unrolled` before them.
            for i in 1...unrolled {
                let near = Int(p[i].position) - distance
                var j = i - 1
                while j >= 0 && Int(p[j].position) >= near {
                    if p[j].hash == p[i].hash { return true }
                    j -= 1
                }
            }
            for i in (unrolled + 1)..<p.count {
                let near = Int32(truncatingIfNeeded: Int(p[i].position) - distance), hash = p[i].hash
                let a = p[i - 1], b = p[i - 2], c = p[i - 3], d = p[i - 4]
                let same = (a.hash == hash && a.position >= near ? 1 : 0) | (b.hash == hash && b.position >= near ? 1 : 0)
                    | (c.hash == hash && c.position >= near ? 1 : 0) | (d.hash == hash && d.position >= near ? 1 : 0)
                if same != 0 { return true }
                var j = i - unrolled - 1
                while j >= 0 && p[j].position >= near {
                    if p[j].hash == hash { return true }
                    j -= 1
                }
            }
            return false
        }
    }

    /// Calls `found(i, j)` for each selection i with an earlier one j of the same hash within `distance`
    /// (the nearest); stops when `found` says false. Whether any was found. Selections are in position order
    /// and a few per k characters, so the look-back is short.
    @inline(__always)
    private static func earlier(in prints: [(hash: UInt64, position: Int32)], within distance: Int,
                                _ found: (Int, Int) -> Bool) -> Bool {
        prints.withUnsafeBufferPointer { p in
            var any = false
            var windowStart = 0
            for i in p.indices {
                let position = Int(p[i].position), hash = p[i].hash
                while Int(p[windowStart].position) < position - distance { windowStart += 1 }
                var j = i - 1
                while j >= windowStart {
                    if p[j].hash == hash {
                        any = true
                        if !found(i, j) { return true }
                        break
                    }
                    j -= 1
                }
            }
            return any
        }
    }
}
