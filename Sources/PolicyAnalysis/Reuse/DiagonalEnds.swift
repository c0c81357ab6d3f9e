/// Where the last run found on each diagonal ends, for one (source, target) group at a time
/// (`PassageChainer`): an open-addressing table, so that each seed asks in constant time however many
/// diagonals the group has (two texts that share a long repeated stretch have hundreds, each with a run as long
/// as the stretch). Slots are marked with the group's stamp instead of being cleared between groups.
struct DiagonalEnds {
    /// A slot: its diagonal, the end recorded there, and the group that wrote it. One list of 16-byte slots,
    /// not three lists: a seed's question reads one cache line, and a record writes one list (three lists
    /// were three uniqueness checks per record).
    private struct Slot { var diagonal: UInt64; var end: Int32; var stamp: UInt32 }
    private var slots: [Slot] = []
    private var stamp: UInt32 = 0
    private var mask = 0

    /// Empties the table for a group of at most `seeds` seeds (and so at most that many diagonals).
    mutating func start(seeds: Int) {
        var size = 16
        while size < 2 * seeds { size *= 2 }
        if size > slots.count {
            slots = [Slot](repeating: Slot(diagonal: 0, end: 0, stamp: 0), count: size)
            stamp = 0
        }
        // The group's own size, not the table's: a small group's slots stay in a few cache lines.
        mask = size - 1
        stamp &+= 1
        if stamp == 0 {
            // Wrapped: a slot's old stamp could be taken for this group's.
            slots = [Slot](repeating: Slot(diagonal: 0, end: 0, stamp: 0), count: slots.count)
            stamp = 1
        }
    }

    /// The end of the last run recorded on `diagonal` in this group, or nil.
    func end(on diagonal: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = slotStart(diagonal)
            while slots[slot].stamp == stamp {
                if slots[slot].diagonal == diagonal { return Int(slots[slot].end) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Records a run on `diagonal` ending at `end` (the last one found on it, so the one that counts). Ends are
    /// places in a text (below 2^31, as the seeds' places are).
    mutating func record(_ end: Int, on diagonal: UInt64) {
        let stamp = stamp, mask = mask
        var slot = slotStart(diagonal)
        slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot].stamp == stamp && slots[slot].diagonal != diagonal { slot = (slot + 1) & mask }
            slots[slot] = Slot(diagonal: diagonal, end: Int32(truncatingIfNeeded: end), stamp: stamp)
        }
    }

    @inline(__always)
    private func slotStart(_ diagonal: UInt64) -> Int {
        Int(truncatingIfNeeded: (diagonal &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
