/// The scalars of a folded text that its content text leaves out (punctuation, spaces), each with its place
/// in the folded text and its stored-text offset: with the content text, the folded text again
/// (`NormalizedText.init(joining:_:)`). About a tenth of a text, held instead of the folded text or the
/// document's indicators while the reuse search runs.
///
/// Held as variable-length numbers, read in order: per scalar, the distance from the place after the one
/// before, its value, and how far its offset is from the offset that distance predicts (zigzag). Most take
/// three or four bytes (a comma right after the run before it, at the next stored offset), not twelve.
struct FoldedRemainder: Sendable {
    private let bytes: [UInt8]
    let count: Int

    /// Reads the scalars in folded-text order.
    struct Reader {
        private let bytes: [UInt8]
        private var at = 0
        private var lastIndex = -1
        private var lastOffset: Int32 = -1
        private(set) var remaining: Int

        init(_ remainder: FoldedRemainder) {
            bytes = remainder.bytes
            remaining = remainder.count
        }

        /// The next scalar left out: its index in the folded text, value and stored offset.
        mutating func next() -> (index: Int, value: UInt32, offset: Int32)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let index = lastIndex + 1 + Int(read())
            let value = UInt32(truncatingIfNeeded: read())
            let z = read()
            let shift = Int64(z >> 1) ^ -Int64(z & 1)
            let offset = Int32(truncatingIfNeeded: Int64(lastOffset) + Int64(index - lastIndex) + shift)
            lastIndex = index
            lastOffset = offset
            return (index, value, offset)
        }

        private mutating func read() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = bytes[at]
                at += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }
    }

    /// Writes the bytes through a pointer into a buffer of its own (noncopyable, so that it is freed once): an
    /// array appended to byte by byte asked whether it was uniquely held for every byte, a runtime call (the
    /// writes and those calls were 75 of the normalise phase's 1,018 profile samples, standard 10,000).
    struct Builder: ~Copyable {
        /// The most bytes one scalar takes: three numbers of up to ten bytes each.
        private static let maxEntry = 30
        private var bytes: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private var used = 0
        private var count = 0
        private var lastIndex = -1
        private var lastOffset: Int32 = -1

        /// `capacity`: the number of scalars left out, so that the bytes rarely grow by copying (most take
        /// three or four).
        init(capacity: Int) {
            self.capacity = capacity * 4 + Self.maxEntry
            bytes = .allocate(capacity: self.capacity)
        }

        deinit { bytes.deallocate() }

        /// Appended in increasing `index` order.
        mutating func append(index: Int, value: UInt32, offset: Int32) {
            if used + Self.maxEntry > capacity { grow() }
            write(UInt64(index - lastIndex - 1))
            write(UInt64(value))
            let shift = Int64(offset) - Int64(lastOffset) - Int64(index - lastIndex)
            write(UInt64(bitPattern: (shift << 1) ^ (shift >> 63)))
            lastIndex = index
            lastOffset = offset
            count += 1
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: bytes, count: used)
            bytes.deallocate()
            bytes = larger
            capacity *= 2
        }

        @inline(__always)
        private mutating func write(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes[used] = UInt8(truncatingIfNeeded: v) | 0x80
                used += 1
                v >>= 7
            }
            bytes[used] = UInt8(v)
            used += 1
        }

        /// Copied to its exact size.
        consuming func finished() -> FoldedRemainder {
            FoldedRemainder(bytes: Array(UnsafeBufferPointer(start: bytes, count: used)), count: count)
        }
    }
}
