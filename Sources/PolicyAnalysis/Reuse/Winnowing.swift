/// Rolling k-gram hashes and winnowing (Schleimer, Wilkerson, Aiken 2003): keep the minimum hash of every
/// window of w consecutive k-gram hashes (rightmost on ties), so any shared run of k + w - 1 characters
/// shares at least one selected fingerprint.
public enum Winnowing {
    static let base: UInt64 = 0x100000001B3

    /// Hashes of all k-grams of `s` (count - k + 1 of them), mixed so that the minimum is uniform.
    public static func kgramHashes<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int) -> [UInt64] {
        guard k > 0, s.count >= k else { return [] }
        var hashes = [UInt64](repeating: 0, count: s.count - k + 1)
        forEachKgramHash(s, k: k) { position, hash in hashes[position] = hash }
        return hashes
    }

    /// The hash of the one k-gram of `s` at `position` (as `kgramHashes` gives it).
    static func kgramHash(_ s: [UInt16], at position: Int, k: Int) -> UInt64 {
        var h: UInt64 = 0
        for i in position..<(position + k) { h = h &* base &+ UInt64(s[i]) &+ 1 }
        return mix(h)
    }

    /// Calls `body(position, hash)` for every k-gram of `s` in order, without storing the hashes.
    @inline(__always)
    public static func forEachKgramHash<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, _ body: (Int, UInt64) -> Void) {
        guard k > 0, s.count >= k else { return }
        forEachKgramHash(s, k: k, starts: 0..<(s.count - k + 1), body)
    }

    /// The same for the k-grams starting in `starts` (within the text's): the first made alone, the others rolled
    /// from it, the same values as rolled from the text's start (the arithmetic is modulo 2^64 either way).
    @inline(__always)
    static func forEachKgramHash<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, starts: Range<Int>,
                                                                             _ body: (Int, UInt64) -> Void) {
        guard !starts.isEmpty else { return }
        // base^k: the weight the unit leaving the k-gram has once the hash is multiplied by the base.
        var outgoing: UInt64 = 1
        for _ in 0..<k { outgoing = outgoing &* base }
        s.withUnsafeBufferPointer { units in
            var h: UInt64 = 0
            for i in starts.lowerBound..<(starts.lowerBound + k) { h = h &* base &+ UInt64(units[i]) &+ 1 }
            body(starts.lowerBound, mix(h))
            var i = starts.lowerBound + k
            let end = starts.upperBound - 1 + k
            while i < end {
                // (h - (out + 1) * base^(k-1)) * base + in + 1, the same value modulo 2^64, with one
                // multiplication instead of a subtraction and a multiplication between one hash and the next.
                h = h &* base &- (UInt64(units[i - k]) &+ 1) &* outgoing &+ UInt64(units[i]) &+ 1
                body(i - k + 1, mix(h))
                i += 1
            }
        }
    }

    /// Selected (hash, position) pairs; positions are k-gram start indices into `s`.
    ///
    /// Each window of `w` k-grams selects its rightmost least hash, once per position selected (`WinnowingTests`
    /// checks it against the list of every k-gram's hash).
    public static func fingerprints<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, window w: Int) -> [(hash: UInt64, position: Int32)] {
        guard k > 0, s.count >= k else { return [] }
        let w = max(1, w), grams = s.count - k + 1
        var result: [(hash: UInt64, position: Int32)] = []
        result.reserveCapacity(grams * 2 / (w + 1) + 2)
        if grams <= w {
            // No more k-grams than a window holds: one selection, the rightmost least hash.
            var best = 0, bestHash = UInt64.max
            forEachKgramHash(s, k: k) { position, hash in
                if position == 0 || hash <= bestHash { best = position; bestHash = hash }
            }
            result.append((bestHash, Int32(best)))
            return result
        }
        winnow(s, k: k, window: w, starts: 0..<grams) { hash, position in result.append((hash, Int32(position))) }
        return result
    }

    /// Calls `body(hash, position)` for each selection `fingerprints(s, k:, window:)` makes at a position in
    /// `positions`, in order, made from the windows that hold such a position only: a passage's few dozen
    /// characters rolled, not the whole text (`PassageChainer.anchorByChance`). Each window's selection depends
    /// on its own k-grams alone, and a position is selected by some window holding it, so these windows find
    /// every selection there (`WinnowingTests` checks it against `fingerprints`).
    static func forEachFingerprint(_ s: [UInt16], k: Int, window w: Int, in positions: ClosedRange<Int>,
                                   _ body: (UInt64, Int) -> Void) {
        guard k > 0, s.count >= k else { return }
        let w = max(1, w), grams = s.count - k + 1
        let lo = max(0, positions.lowerBound), hi = min(grams - 1, positions.upperBound)
        guard lo <= hi else { return }
        guard grams > w else {
            // One selection over the whole text (as `fingerprints`): a text this short costs nothing to roll.
            if let only = fingerprints(s, k: k, window: w).first, lo <= Int(only.position), Int(only.position) <= hi {
                body(only.hash, Int(only.position))
            }
            return
        }
        // The windows starting in first...last (each w k-grams): the k-grams first..<(last + w).
        let first = max(0, lo - w + 1), last = min(grams - w, hi)
        winnow(s, k: k, window: w, starts: first..<(last + w)) { hash, position in
            if position >= lo && position <= hi { body(hash, position) }
        }
    }

    /// The selections of the windows of `w` k-grams within `starts` (at least `w` of them), in order: each time the
    /// rightmost least hash of the window moves, `body(hash, position)`. Only the last `w` hashes are kept (a ring of
    /// a power of two), so no list of every k-gram's hash is written and read back.
    @inline(__always)
    private static func winnow<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, window w: Int, starts: Range<Int>,
                                                                          _ body: (UInt64, Int) -> Void) {
        var size = 1
        while size < w { size <<= 1 }
        let mask = size - 1
        let firstEnd = starts.lowerBound + w - 1
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { ring in
            guard let recent = ring.baseAddress else { return }
            var best = -1, bestHash: UInt64 = 0
            forEachKgramHash(s, k: k, starts: starts) { end, hash in
                recent[end & mask] = hash
                guard end >= firstEnd else { return }
                let start = end - w + 1
                if best < start {
                    // The minimum left the window: the rightmost least of the w hashes in it.
                    best = start
                    bestHash = recent[start & mask]
                    for i in stride(from: start + 1, through: end, by: 1) where recent[i & mask] <= bestHash {
                        best = i
                        bestHash = recent[i & mask]
                    }
                } else if hash <= bestHash {
                    best = end
                    bestHash = hash
                } else {
                    return
                }
                // A new selection each time `best` moves (it never returns to an earlier position).
                body(bestHash, best)
            }
        }
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
