/// Whether any document besides the pair holds a stretch of a target's text (for
/// `ReuseParameters.formulaPairOnlyLength`), counted from the fingerprint index. Every window of `window` k-grams wholly inside
/// the stretch selects the same k-gram (the rightmost least hash) in every text that holds the stretch, so its
/// holders are among the documents selecting each such k-gram. One selected by two documents only settles it
/// (since analysis version 32). Since version 39, when every such k-gram has a third holder (a copied sentence
/// of template clauses: each of its k-grams is in some other document, never the whole), the least held of
/// them is read: each other document selecting it is looked at where the stretch would lie in its text. Only
/// a complete holder list is read (one cut to the earliest holders, `maxSourcesPerFingerprint`, or to the
/// central ones, is not). Since version 40 the same count lists the few other holders it finds
/// (`otherHolders`), for the descent rule (`DescentRule`).
struct StretchHolders {
    /// The corpus's fingerprint index: each target's entries (in hash order) and their holder lists.
    let groups: FingerprintGroups
    let texts: [ContentText]
    let k: Int
    let window: Int

    /// Whether only `source` and `target` hold `stretch` of the target's text.
    func heldByPairOnly(_ stretch: Range<Int>, source: Int, target: Int) -> Bool {
        otherHolders(of: stretch, source: source, target: target, atMost: 0)?.isEmpty ?? false
    }

    /// The documents besides `source` and `target` that hold `stretch` of the target's text (each once),
    /// when they can be counted exactly and are at most `limit`; nil otherwise.
    func otherHolders(of stretch: Range<Int>, source: Int, target: Int, atMost limit: Int) -> [Int32]? {
        StretchHolders.others(in: holders(of: stretch, target: target, atMost: limit + 1), besides: source, atMost: limit)
    }

    /// Of `holders` (as `holders(of:target:atMost:)` gives them, asked for at most `limit + 1`), those besides
    /// `source`, when at most `limit`; nil otherwise. With `limit + 2` holders, `limit + 1` at least are others.
    static func others(in holders: [Int32]?, besides source: Int, atMost limit: Int) -> [Int32]? {
        guard let holders else { return nil }
        let others = holders.filter { $0 != Int32(source) }
        return others.count <= limit ? others : nil
    }

    /// The documents besides `target` that hold `stretch` of the target's text (each once, in holder order),
    /// when they can be counted exactly; nil otherwise. Once more than `cap` are found the search stops (those
    /// found are returned). Asked once per stretch of a target for all its sources (`PassageChainer`): which
    /// source it is only leaves that one out.
    func holders(of stretch: Range<Int>, target: Int, atMost cap: Int) -> [Int32]? {
        // A stretch shorter than one window of k-grams has no window wholly inside it.
        guard stretch.count - k + 1 >= max(1, window) else { return nil }
        let t = texts[target].scalars
        let prints = Winnowing.fingerprints(Array(t[stretch]), k: k, window: window)
        // A selection held by one document only was thinned out of a short-period repeat and proves nothing.
        var rarest: (hash: UInt64, position: Int32, held: Int)?
        for print in prints {
            let held = groups.shared.documents(print.hash)
            if held == 2 { return [] }
            if held > 2 && held < (rarest?.held ?? Int.max) { rarest = (print.hash, print.position, held) }
        }
        guard let rarest, let entry = entry(of: rarest.hash, in: t, target: target) else { return nil }
        let list = groups.sources[Int(entry.from)..<Int(entry.to)]
        var listed = 0, last: Int32 = -1
        for holder in list where holder.doc != last {
            listed += 1  // a holder's positions are side by side
            last = holder.doc
        }
        guard listed == rarest.held else { return nil }
        let offset = Int(rarest.position)
        var found: [Int32] = []
        for holder in list where holder.doc != Int32(target) && holder.doc != found.last {
            let x = texts[Int(holder.doc)].scalars, start = Int(holder.pos) - offset
            if start >= 0 && start + stretch.count <= x.count && CommonRun.equal(x, start..<(start + stretch.count), t, stretch) {
                found.append(holder.doc)
                if found.count > cap { break }
            }
        }
        return found
    }

    /// The target's entry for its fingerprint `hash`: nil when it has none (a formula fingerprint, or one thinned).
    private func entry(of hash: UInt64, in t: [UInt16], target: Int) -> ReuseDetector.Entry? {
        let entries = groups.entries(of: target)
        // In hash order: the hash of each entry probed is that of the k-gram at its position in the target.
        var lo = entries.startIndex, hi = entries.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if Winnowing.kgramHash(t, at: Int(entries[mid].pos), k: k) < hash { lo = mid + 1 } else { hi = mid }
        }
        guard lo < entries.endIndex, Winnowing.kgramHash(t, at: Int(entries[lo].pos), k: k) == hash else { return nil }
        return entries[lo]
    }
}
