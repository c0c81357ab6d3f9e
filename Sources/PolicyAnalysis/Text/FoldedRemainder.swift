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

    struct Builder {
        private var bytes: [UInt8] = []
        private var count = 0
        private var lastIndex = -1
        private var lastOffset: Int32 = -1

        /// `capacity`: the number of scalars left out, so that the bytes rarely grow by copying.
        init(capacity: Int) {
            bytes.reserveCapacity(capacity * 4)
        }

        /// Appended in increasing `index` order.
        mutating func append(index: Int, value: UInt32, offset: Int32) {
            write(UInt64(index - lastIndex - 1))
            write(UInt64(value))
            let shift = Int64(offset) - Int64(lastOffset) - Int64(index - lastIndex)
            write(UInt64(bitPattern: (shift << 1) ^ (shift >> 63)))
            lastIndex = index
            lastOffset = offset
            count += 1
        }

        private mutating func write(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        /// Copied to its exact size: the four bytes a scalar reserved are more than most need.
        func finished() -> FoldedRemainder {
            FoldedRemainder(bytes: bytes.withUnsafeBufferPointer { Array($0) }, count: count)
        }
    }
}
