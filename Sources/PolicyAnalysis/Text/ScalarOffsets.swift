/// For every normalised scalar, the offset of the stored-text scalar it came from, held compactly: from
/// one scalar to the next the offset grows by one, except where normalisation dropped stored characters
/// (punctuation and whitespace in content mode, zero-width characters) or expanded one (㌖ is six). Only
/// those places, the breaks, are kept: one bit per scalar marks them, and each break keeps its offset
/// minus its index (`shifts`), so the offset of scalar i is i plus the shift of the last break at or
/// before it, found by counting bits (`ranks`: the breaks before each word of bits). About 0.6 bytes per
/// content character, against 4 for an offset each: the content texts of the whole corpus are held
/// through the reuse search.
struct ScalarOffsets: Sendable {
    /// Bit i: scalar i starts a run of consecutive offsets (scalar 0 always does).
    private let bits: [UInt64]
    /// ranks[w]: the number of bits set in bits[0..<w].
    private let ranks: [UInt32]
    /// Per break, in order: its offset minus its index.
    private let shifts: [Int32]
    let count: Int

    /// Whether scalar i (0 <= i < count) starts a run: i is 0, or scalar i - 1's offset is not one less.
    @inline(__always)
    func isBreak(_ i: Int) -> Bool {
        bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// The first break in `range` (within 0..<count), read a word of bits at a time, or nil.
    func firstBreak(in range: ClosedRange<Int>) -> Int? {
        var i = range.lowerBound
        while i <= range.upperBound {
            let word = bits[i >> 6] >> UInt64(i & 63)
            if word != 0 {
                let at = i + word.trailingZeroBitCount
                return at <= range.upperBound ? at : nil
            }
            i = (i | 63) + 1
        }
        return nil
    }

    /// The stored-text offset of scalar i, 0 <= i < count.
    @inline(__always)
    func offset(at i: Int) -> Int {
        let word = i >> 6
        let upToI = bits[word] & (UInt64.max >> UInt64(63 - (i & 63)))
        return i + Int(shifts[Int(ranks[word]) + upToI.nonzeroBitCount - 1])
    }

    /// Whether the offset of every scalar is its index (a text folded one for one, most texts): the only break
    /// is scalar 0's, with no shift.
    var isIdentity: Bool { shifts.count <= 1 && (shifts.first ?? 0) == 0 }

    /// The offsets of scalars 0, 1, 2, … in order, each from the one before (a bit test per scalar instead
    /// of counting bits): what copying a whole text needs.
    struct Walker {
        private let offsets: ScalarOffsets
        private var index = 0
        private var nextBreak = 0
        private var shift = 0

        init(_ offsets: ScalarOffsets) { self.offsets = offsets }

        /// The offset of the next scalar (`offset(at:)` of 0, then 1, …; at most `count` calls).
        @inline(__always)
        mutating func next() -> Int {
            if offsets.isBreak(index) {
                shift = Int(offsets.shifts[nextBreak])
                nextBreak += 1
            }
            index += 1
            return index - 1 + shift
        }

        /// The offsets of the next `length` scalars (`next()` as many times), appended to `map` a run between
        /// breaks at a time: the breaks found a word of bits at a time, for the runs of ideographs that are
        /// most of a text.
        mutating func take(_ length: Int, into map: inout Builder) {
            let end = index + length
            while index < end {
                let offset = next()
                let stop = index < end ? offsets.firstBreak(in: index...(end - 1)) ?? end : end
                map.append(run: Int32(truncatingIfNeeded: offset), length: stop - index + 1)
                index = stop
            }
        }
    }

    /// Takes the offsets one scalar after another. Only the breaks are kept as they come, the bits set from
    /// them at the end: an append is a comparison (a bit set and a list grown per scalar were most of the cost
    /// of folding and of filtering the content text).
    struct Builder {
        /// Per break: its index, and its offset minus its index.
        private var breaks: [Int] = []
        private var shifts: [Int32] = []
        private var count = 0
        /// The last offset taken; -2 at first, so that the first offset (never negative) starts a run.
        private var last: Int32 = -2

        init() {}

        @inline(__always)
        mutating func append(_ offset: Int32) {
            if offset != last &+ 1 { addBreak(offset) }
            last = offset
            count += 1
        }

        /// `length` consecutive offsets from `offset`: one comparison for a run of scalars.
        @inline(__always)
        mutating func append(run offset: Int32, length: Int) {
            guard length > 0 else { return }
            if offset != last &+ 1 { addBreak(offset) }
            last = offset &+ Int32(truncatingIfNeeded: length - 1)
            count += length
        }

        private mutating func addBreak(_ offset: Int32) {
            breaks.append(count)
            shifts.append(offset &- Int32(truncatingIfNeeded: count))
        }

        func finished() -> ScalarOffsets {
            var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
            for i in breaks { bits[i >> 6] |= 1 << UInt64(i & 63) }
            var ranks: [UInt32] = []
            ranks.reserveCapacity(bits.count)
            var running: UInt32 = 0
            for word in bits {
                ranks.append(running)
                running += UInt32(word.nonzeroBitCount)
            }
            // Copied to their exact size: the list grew by doubling.
            return ScalarOffsets(bits: bits, ranks: ranks, shifts: shifts.withUnsafeBufferPointer { Array($0) }, count: count)
        }
    }
}

extension ScalarOffsets {
    /// Offsets 0, 1, 2, …, `count` of them (`isIdentity`): what the builder makes of them, without an append each.
    init(identity count: Int) {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        var ranks = [UInt32](repeating: 1, count: bits.count)
        if count > 0 {
            bits[0] = 1
            ranks[0] = 0
        }
        self.init(bits: bits, ranks: ranks, shifts: count > 0 ? [0] : [], count: count)
    }
}
