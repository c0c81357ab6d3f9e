import Dispatch

/// Fixed-size storage that concurrent iterations of `DispatchQueue.concurrentPerform` fill, each writing
/// only its own slot. Unchecked Sendable: safe because slots are disjoint and read only after the join.
public final class ParallelSlots<T>: @unchecked Sendable {
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

    /// Runs `body` for 0..<count in parallel and returns the results in order, each written straight into
    /// its place in the result: no list of slots beside it to copy from (on a large corpus the reuse pairs
    /// alone were held twice over for a moment).
    public static func map(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress {
                let out = SendablePointer(base: base)
                DispatchQueue.concurrentPerform(iterations: count) { i in (out.base + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }
}
