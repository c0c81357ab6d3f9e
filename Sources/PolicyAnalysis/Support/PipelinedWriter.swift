import Dispatch
import Foundation

/// Hands pieces to a sink on a thread of its own, in order, at most `depth` pieces behind the caller: making
/// the next piece (on every core) and writing this one (the kernel copying it into a file) overlap instead of
/// taking turns. The buffers written are handed back, emptied, for the next pieces. The first error of the
/// sink is rethrown by the next `write` or by `finish`; the pieces after it are dropped.
final class PipelinedWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ipap.pipelined-writer")
    private let room: DispatchSemaphore
    private let lock = NSLock()
    private var failure: Error?
    /// Written buffers, empty, their capacity kept (at most `depth`).
    private var spare: [[UInt8]] = []
    private let depth: Int
    private let sink: @Sendable ([UInt8]) throws -> Void

    init(depth: Int = 2, _ sink: @escaping @Sendable ([UInt8]) throws -> Void) {
        self.depth = max(1, depth)
        room = DispatchSemaphore(value: self.depth)
        self.sink = sink
    }

    private var firstFailure: Error? { lock.withLock { failure } }

    /// Takes `piece` to be written and leaves in its place an empty buffer (one written before, when there
    /// is one).
    func write(_ piece: inout [UInt8]) throws {
        if let failure = firstFailure { throw failure }
        room.wait()
        let taken = Piece(bytes: lock.withLock { spare.popLast() } ?? [])
        swap(&taken.bytes, &piece)
        queue.async {
            defer { self.room.signal() }
            // Moved out of the box, so that this is its only reference and emptying keeps the buffer.
            var bytes: [UInt8] = []
            swap(&bytes, &taken.bytes)
            if self.firstFailure == nil {
                do {
                    try self.sink(bytes)
                } catch {
                    self.lock.withLock { if self.failure == nil { self.failure = error } }
                }
            }
            bytes.removeAll(keepingCapacity: true)
            self.lock.withLock { if self.spare.count < self.depth { self.spare.append(bytes) } }
        }
    }

    /// Returns when every piece is written; rethrows the sink's first error.
    func finish() throws {
        queue.sync {}
        if let failure = firstFailure { throw failure }
    }

    /// A piece on its way to the writer's thread.
    private final class Piece: @unchecked Sendable {
        var bytes: [UInt8]
        init(bytes: [UInt8]) { self.bytes = bytes }
    }
}
