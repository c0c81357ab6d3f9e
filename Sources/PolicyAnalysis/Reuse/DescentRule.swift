/// Formula or copy by the holders' descent (since analysis version 40): a short passage the chance rules
/// took for a formula is a copy when its longest identical stretch (`ReuseParameters.formulaPairOnlyLength`
/// or more, with a clause of the pair's own) is held, besides the pair, by at most
/// `ReuseParameters.formulaDescentHolders` documents that each descend from the source: it takes a copy
/// elsewhere from the source, from the target, or from another holder that descends, a copy passage of
/// `formulaShortPassage` identical characters or more (a shorter one was judged by the same rules as this
/// one). A stock phrase is held across unrelated documents; these holders descend from one earliest holder,
/// the source, through copies found on their own. Decided once every target's passages are known, before the
/// indirect-copy filter, in one pass (a passage it makes a copy is no evidence for another).
struct DescentRule {
    /// A passage the chainer found a formula whose stretch, starting at `anchor` in the target, only `others`
    /// hold besides the pair.
    struct Candidate: Sendable {
        var source: Int32
        var target: Int32
        var anchor: Int32
        var others: [Int32]
    }

    static func pairKey(_ source: Int32, _ target: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
    }

    static func pairKey(_ m: PassageMatch) -> UInt64 { pairKey(Int32(m.source), Int32(m.target)) }

    /// Makes copies of the candidates' passages whose other holders all descend from the source (through copy
    /// passages of `edge` identical characters or more), then drops the pairs in `provisional` (kept only for a
    /// candidate) that still hold formulae only. `all` is grouped by target in ascending order, and stays so.
    static func apply(to all: inout [PassageMatch], candidates: [Candidate], provisional: Set<UInt64>, edge: Int) {
        guard !candidates.isEmpty else { return }
        // The copy pairs the candidates ask about (from a holder to another), found in one pass.
        var asked = Set<UInt64>()
        for c in candidates {
            for h in c.others {
                asked.insert(pairKey(c.source, h))
                asked.insert(pairKey(c.target, h))
                for x in c.others where x != h { asked.insert(pairKey(x, h)) }
            }
        }
        var copies = Set<UInt64>()
        for m in all where !m.formula && m.identical >= edge {
            let key = pairKey(m)
            if asked.contains(key) { copies.insert(key) }
        }
        var flipped = Set<UInt64>()
        for c in candidates {
            // Descent from the source: the target through this passage, each other holder through a copy it
            // takes from a holder that descends (a copy's source is always the earlier document).
            var reached = [c.source, c.target], left = c.others
            var grew = true
            while grew && !left.isEmpty {
                grew = false
                left.removeAll { h in
                    let descends = reached.contains { copies.contains(pairKey($0, h)) }
                    if descends { reached.append(h); grew = true }
                    return descends
                }
            }
            guard left.isEmpty else { continue }
            let target = Int(c.target), source = Int(c.source), anchor = Int(c.anchor)
            var i = firstIndex(of: target, in: all)
            while i < all.count && all[i].target == target {
                if all[i].source == source && all[i].formula && all[i].targetRange.contains(anchor) {
                    all[i].formula = false
                    all[i].chanceFill = 0
                    flipped.insert(pairKey(c.source, c.target))
                }
                i += 1
            }
        }
        let dropped = provisional.subtracting(flipped)
        if !dropped.isEmpty { all.removeAll { $0.formula && dropped.contains(pairKey($0)) } }
    }

    /// Where target's passages start in `all` (grouped by target in ascending order).
    private static func firstIndex(of target: Int, in all: [PassageMatch]) -> Int {
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].target < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
