import Foundation
import XCTest
@testable import PolicyAnalysis

final class PipelinedWriterTests: XCTestCase {
    /// Collects what the writer's thread hands to the sink.
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var pieces: [[UInt8]] = []
        func add(_ piece: [UInt8]) { lock.withLock { pieces.append(piece) } }
        var all: [[UInt8]] { lock.withLock { pieces } }
    }

    struct Broken: Error {}

    /// Every piece reaches the sink whole and in order; the caller gets back empty buffers, after the first
    /// few with the capacity of one written before.
    func testPiecesArriveInOrderAndBuffersComeBackEmpty() throws {
        let sink = Sink()
        let writer = PipelinedWriter(depth: 2) { sink.add($0) }
        var expected: [[UInt8]] = []
        var buffer: [UInt8] = []
        var reused = 0
        for i in 0..<200 {
            XCTAssertTrue(buffer.isEmpty, "piece \(i)")
            if buffer.capacity >= 1_000 { reused += 1 }
            buffer.append(contentsOf: (0..<(1_000 + i)).map { UInt8(truncatingIfNeeded: $0 &+ i) })
            expected.append(buffer)
            try writer.write(&buffer)
        }
        try writer.finish()
        XCTAssertEqual(sink.all, expected)
        XCTAssertGreaterThan(reused, 100, "written buffers handed back for the next pieces")
    }

    /// The sink's first error comes back from `finish` and from the next `write`; later pieces are dropped.
    func testTheSinksFirstErrorIsRethrownAndLaterPiecesDropped() throws {
        let sink = Sink()
        let writer = PipelinedWriter(depth: 2) { piece in
            if piece.first == 3 { throw Broken() }
            sink.add(piece)
        }
        // A write after the failure may see it first (it depends on timing); `finish` always does.
        for i in 0..<8 {
            var piece: [UInt8] = [UInt8(i)]
            do { try writer.write(&piece) } catch is Broken { break }
        }
        XCTAssertThrowsError(try writer.finish()) { XCTAssertTrue($0 is Broken) }
        XCTAssertEqual(sink.all.map { $0[0] }, [0, 1, 2], "nothing after the failed piece")
    }
}
