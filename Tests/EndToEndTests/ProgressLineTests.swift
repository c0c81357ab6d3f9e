import Foundation
import XCTest
@testable import ipap

/// A long run whose stderr is a log (nohup over SSH) shows it is alive: a plain line every 30 seconds, no
/// terminal codes; a short run writes nothing there. On a terminal the line is redrawn in place.
final class ProgressLineTests: XCTestCase {
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        var now = Date(timeIntervalSince1970: 0)
        func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
        var written: [String] { lock.lock(); defer { lock.unlock() }; return items }
    }

    func testALogGetsAPlainLineEveryThirtySecondsAndAShortRunNothing() {
        let r = Recorder()
        let line = ProgressLine(total: 100, label: "fetching", unit: "documents", mode: .log,
                                clock: { r.now }, write: { r.add($0) })
        for done in 1...10 {
            r.now += 2
            line.update(done)
        }
        XCTAssertEqual(r.written, [], "20 seconds in: nothing yet")
        r.now += 11
        line.update(11, failed: 1)
        XCTAssertEqual(r.written.count, 1)
        XCTAssertTrue(r.written[0].hasPrefix("fetching 11/100 documents  1 failed"), r.written[0])
        XCTAssertTrue(r.written[0].hasSuffix("\n"))
        XCTAssertFalse(r.written[0].contains("\u{1b}"), "no terminal codes in a log")
        r.now += 5
        line.update(12)
        XCTAssertEqual(r.written.count, 1, "the next line only 30 seconds later")
        r.now += 30
        line.update(40)
        XCTAssertEqual(r.written.count, 2)
        line.finish()
        XCTAssertEqual(r.written.count, 2, "nothing to clear in a log")
    }

    func testATerminalRedrawsInPlace() {
        let r = Recorder()
        let line = ProgressLine(total: 3, label: "importing", unit: "files", mode: .terminal, clock: { r.now }, write: { r.add($0) })
        r.now += 1
        line.update(1)
        r.now += 1
        line.update(3)
        line.finish()
        XCTAssertEqual(r.written.count, 3)
        XCTAssertTrue(r.written[0].hasPrefix("\r\u{1b}[K"))
        XCTAssertEqual(r.written[2], "\r\u{1b}[K")
    }
}
