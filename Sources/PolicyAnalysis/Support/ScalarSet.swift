/// A set of Unicode scalar values with a bitmap for the Basic Multilingual Plane: `contains` is a shift and a
/// mask, where `Set<UInt32>` hashes (the parsers ask once per character of every document).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral: Set<UInt32> = []

    init<S: Sequence>(_ values: S) where S.Element == UInt32 {
        for v in values { insert(v) }
    }

    init(arrayLiteral values: UInt32...) {
        self.init(values)
    }

    private mutating func insert(_ v: UInt32) {
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astral.contains(v)
    }

    /// The first index in `range` of `s` whose scalar is in the set, or `range.upperBound`: for scans that have
    /// nothing to do at most characters, read through pointers (no bounds check per character).
    func firstMember(in s: [UInt32], _ range: Range<Int>) -> Int {
        s.withUnsafeBufferPointer { s in
            bits.withUnsafeBufferPointer { bits in
                var i = range.lowerBound
                while i < range.upperBound {
                    let v = s[i]
                    if v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astral.contains(v) { return i }
                    i += 1
                }
                return i
            }
        }
    }
}
