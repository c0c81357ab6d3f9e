/// Hashes of formula fingerprints with a bitset in front: almost every lookup is a miss, answered by
/// one bit test, so the whole text can be checked k-gram by k-gram.
struct FormulaSet: Sendable {
    private let sorted: [UInt64]
    private let bits: [UInt64]
    private static let bitCount = 1 << 20

    init(_ hashes: [UInt64]) {
        sorted = hashes.sorted()
        var bits = [UInt64](repeating: 0, count: hashes.isEmpty ? 0 : FormulaSet.bitCount / 64)
        for h in hashes {
            let b = Int(h & UInt64(FormulaSet.bitCount - 1))
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.bits = bits
    }

    var isEmpty: Bool { sorted.isEmpty }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        guard !bits.isEmpty else { return false }
        let b = Int(h & UInt64(FormulaSet.bitCount - 1))
        guard bits[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return false }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == h
    }
}
