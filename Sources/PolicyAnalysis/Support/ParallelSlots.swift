import Dispatch

/// Fixed-size storage that concurrent iterations of `DispatchQueue.concurrentPerform` fill, each writing
/// only its own slot. Unchecked Sendable: safe because slots are disjoint and read only after the join.
final class ParallelSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    let count: Int

    init(_ count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: max(1, count))
        base.initialize(repeating: nil, count: max(1, count))
    }

    deinit {
        base.deinitialize(count: max(1, count))
        base.deallocate()
    }

    subscript(i: Int) -> T? {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// Runs `body` for 0..<count in parallel and returns the filled slots in order.
    static func map(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = ParallelSlots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
        return (0..<count).compactMap { slots[$0] }
    }
}
