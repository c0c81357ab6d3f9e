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

    /// Calls `body(position, hash)` for every k-gram of `s` in order, without storing the hashes.
    @inline(__always)
    public static func forEachKgramHash<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, _ body: (Int, UInt64) -> Void) {
        guard k > 0, s.count >= k else { return }
        var power: UInt64 = 1
        for _ in 0..<(k - 1) { power = power &* base }
        var h: UInt64 = 0
        for i in 0..<k { h = h &* base &+ UInt64(s[i]) &+ 1 }
        body(0, mix(h))
        var i = k
        while i < s.count {
            h = (h &- (UInt64(s[i - k]) &+ 1) &* power) &* base &+ UInt64(s[i]) &+ 1
            body(i - k + 1, mix(h))
            i += 1
        }
    }

    /// Selected (hash, position) pairs; positions are k-gram start indices into `s`.
    public static func fingerprints<Unit: FixedWidthInteger & UnsignedInteger>(_ s: [Unit], k: Int, window w: Int) -> [(hash: UInt64, position: Int32)] {
        let hashes = kgramHashes(s, k: k)
        guard !hashes.isEmpty else { return [] }
        let w = max(1, w)
        var result: [(hash: UInt64, position: Int32)] = []
        result.reserveCapacity(hashes.count * 2 / (w + 1) + 2)
        if hashes.count <= w {
            var best = 0
            for i in 1..<hashes.count where hashes[i] <= hashes[best] { best = i }
            result.append((hashes[best], Int32(best)))
            return result
        }
        var last = -1
        forEachWindowMinimum(hashes, window: w) { best in
            if best != last {
                result.append((hashes[best], Int32(best)))
                last = best
            }
            return true
        }
        return result
    }

    /// Calls `body` with the index of each window's selected k-gram (the rightmost least hash of the `w` hashes
    /// ending there), window after window, while it returns true. Needs at least `w` hashes.
    @inline(__always)
    static func forEachWindowMinimum(_ hashes: [UInt64], window w: Int, _ body: (Int) -> Bool) {
        var best = -1
        for end in (w - 1)..<hashes.count {
            let start = end - w + 1
            if best < start {
                best = start
                for i in (start + 1)...end where hashes[i] <= hashes[best] { best = i }
            } else if hashes[end] <= hashes[best] {
                best = end
            }
            guard body(best) else { return }
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
