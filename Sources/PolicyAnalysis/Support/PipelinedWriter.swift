import Dispatch
import Foundation

/// Hands pieces to a sink on a thread of its own, in order, at most `depth` pieces behind the caller: making
/// the next piece (on every core) and writing this one (the kernel copying it into a file) overlap instead of
/// taking turns. The first error of the sink is rethrown by the next `write` or by `finish`; the pieces after
/// it are dropped.
final class PipelinedWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ipap.pipelined-writer")
    private let room: DispatchSemaphore
    private let lock = NSLock()
    private var failure: Error?
    private let sink: @Sendable ([UInt8]) throws -> Void

    init(depth: Int = 2, _ sink: @escaping @Sendable ([UInt8]) throws -> Void) {
        room = DispatchSemaphore(value: max(1, depth))
        self.sink = sink
    }

    private var firstFailure: Error? { lock.withLock { failure } }

    func write(_ piece: [UInt8]) throws {
        if let failure = firstFailure { throw failure }
        room.wait()
        queue.async {
            defer { self.room.signal() }
            guard self.firstFailure == nil else { return }
            do {
                try self.sink(piece)
            } catch {
                self.lock.withLock { if self.failure == nil { self.failure = error } }
            }
        }
    }

    /// Returns when every piece is written; rethrows the sink's first error.
    func finish() throws {
        queue.sync {}
        if let failure = firstFailure { throw failure }
    }
}
