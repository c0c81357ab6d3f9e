import Dispatch

/// `(0..<count).map(body)` on all cores, results in order. Each iteration writes only its own slot.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        var values = [T?](repeating: nil, count: count)
        values.withUnsafeMutableBufferPointer { buffer in
            // Disjoint slots, joined before the buffer is read: no two iterations touch the same element.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: count) { i in out[i] = body(i) }
        }
        return values.compactMap { $0 }
    }
}
