/// How far two texts of UTF-16 units agree from given places, compared four units at a time (one 64-bit
/// word): extending seeds is most of the chaining's work on formula-heavy text, and unit by unit it was
/// a loop of two bounds checks and a compare per character.
enum CommonRun {
    /// The number of units equal in `p` from `x` on and in `q` from `y` on, at most `limit` (which the
    /// caller keeps inside both buffers).
    @inline(__always)
    static func forward(_ p: UnsafePointer<UInt16>, _ x: Int, _ q: UnsafePointer<UInt16>, _ y: Int, limit: Int) -> Int {
        var n = 0
        while n + 4 <= limit {
            let d = word(at: p + x + n) ^ word(at: q + y + n)
            // The lowest unit is the first in memory on a little-endian machine (all Swift targets here).
            if d != 0 { return n + d.trailingZeroBitCount >> 4 }
            n += 4
        }
        while n < limit && p[x + n] == q[y + n] { n += 1 }
        return n
    }

    /// The number of units equal in `p` just before `x` and in `q` just before `y`, going back, at most
    /// `limit` (at most `x` and `y`).
    @inline(__always)
    static func backward(_ p: UnsafePointer<UInt16>, _ x: Int, _ q: UnsafePointer<UInt16>, _ y: Int, limit: Int) -> Int {
        var n = 0
        while n + 4 <= limit {
            let d = word(at: p + x - n - 4) ^ word(at: q + y - n - 4)
            // The unit nearest to x is the word's highest.
            if d != 0 { return n + d.leadingZeroBitCount >> 4 }
            n += 4
        }
        while n < limit && p[x - n - 1] == q[y - n - 1] { n += 1 }
        return n
    }

    /// Whether `s[sRange]` and `t[tRange]` are the same units (as `elementsEqual` of the two slices, which compared
    /// them one at a time through the slices' iterators: most of `PassageChainer.finish`'s own work, asked of every
    /// passage, hundreds of characters each). The ranges must lie inside the texts.
    static func equal(_ s: [UInt16], _ sRange: Range<Int>, _ t: [UInt16], _ tRange: Range<Int>) -> Bool {
        precondition(sRange.lowerBound >= 0 && sRange.upperBound <= s.count && tRange.lowerBound >= 0 && tRange.upperBound <= t.count)
        let n = sRange.count
        guard n == tRange.count else { return false }
        guard n > 0 else { return true }
        return s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return false }
                return forward(sBase, sRange.lowerBound, tBase, tRange.lowerBound, limit: n) == n
            }
        }
    }

    /// The four units from `at` on as one word, the first in the lowest bits.
    @inline(__always)
    static func word(at: UnsafePointer<UInt16>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(at).loadUnaligned(as: UInt64.self))
    }
}
