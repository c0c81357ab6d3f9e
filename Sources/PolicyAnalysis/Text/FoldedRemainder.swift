/// The scalars of a folded text that its content text leaves out (punctuation, spaces), each with its place
/// in the folded text and its stored-text offset: with the content text, the folded text again
/// (`NormalizedText.init(joining:_:)`). About a tenth of a text, held instead of the folded text or the
/// document's indicators while the reuse search runs.
struct FoldedRemainder: Sendable {
    private let indices: [Int32]
    private let values: [UInt32]
    private let offsets: [Int32]

    var count: Int { indices.count }

    @inline(__always) func index(_ r: Int) -> Int { Int(indices[r]) }
    @inline(__always) func value(_ r: Int) -> UInt32 { values[r] }
    @inline(__always) func offset(_ r: Int) -> Int32 { offsets[r] }

    struct Builder {
        private var indices: [Int32] = []
        private var values: [UInt32] = []
        private var offsets: [Int32] = []

        /// `capacity`: the exact number of scalars left out, so that nothing grows by copying.
        init(capacity: Int) {
            indices.reserveCapacity(capacity)
            values.reserveCapacity(capacity)
            offsets.reserveCapacity(capacity)
        }

        mutating func append(index: Int, value: UInt32, offset: Int32) {
            indices.append(Int32(truncatingIfNeeded: index))
            values.append(value)
            offsets.append(offset)
        }

        func finished() -> FoldedRemainder { FoldedRemainder(indices: indices, values: values, offsets: offsets) }
    }
}
