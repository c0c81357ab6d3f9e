/// Where the last run found on each diagonal ends, for one (source, target) group at a time
/// (`PassageChainer`): an open-addressing table, so that each seed asks in constant time however many
/// diagonals the group has (two texts that share a long repeated stretch have hundreds, each with a run as long
/// as the stretch). Slots are marked with the group's stamp instead of being cleared between groups.
struct DiagonalEnds {
    private var diagonals: [UInt64] = []
    private var ends: [Int] = []
    private var stamps: [UInt32] = []
    private var stamp: UInt32 = 0
    private var mask = 0

    /// Empties the table for a group of at most `seeds` seeds (and so at most that many diagonals).
    mutating func start(seeds: Int) {
        var size = 16
        while size < 2 * seeds { size *= 2 }
        if size > stamps.count {
            diagonals = [UInt64](repeating: 0, count: size)
            ends = [Int](repeating: 0, count: size)
            stamps = [UInt32](repeating: 0, count: size)
            stamp = 0
        }
        // The group's own size, not the table's: a small group's slots stay in a few cache lines.
        mask = size - 1
        stamp &+= 1
        if stamp == 0 {
            // Wrapped: a slot's old stamp could be taken for this group's.
            stamps = [UInt32](repeating: 0, count: stamps.count)
            stamp = 1
        }
    }

    /// The end of the last run recorded on `diagonal` in this group, or nil.
    func end(on diagonal: UInt64) -> Int? {
        var slot = slotStart(diagonal)
        while stamps[slot] == stamp {
            if diagonals[slot] == diagonal { return ends[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records a run on `diagonal` ending at `end` (the last one found on it, so the one that counts).
    mutating func record(_ end: Int, on diagonal: UInt64) {
        var slot = slotStart(diagonal)
        while stamps[slot] == stamp && diagonals[slot] != diagonal { slot = (slot + 1) & mask }
        stamps[slot] = stamp
        diagonals[slot] = diagonal
        ends[slot] = end
    }

    @inline(__always)
    private func slotStart(_ diagonal: UInt64) -> Int {
        Int(truncatingIfNeeded: (diagonal &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
