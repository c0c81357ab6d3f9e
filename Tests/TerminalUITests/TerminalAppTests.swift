import XCTest
@testable import TerminalUI

final class TerminalAppTests: XCTestCase {
    private static func update(_ count: Int, _ key: Key) -> Int? {
        switch key {
        case .char("q"): return nil
        case .char("j"), .down: return count + 1
        default: return count
        }
    }

    private static func render(_ count: Int, _ canvas: inout Canvas) {
        canvas.put("计数 \(count)", x: 0, y: 0)
        StatusLine(breadcrumb: ["首页"]).render(into: &canvas, area: canvas.area.splitBottom(1).bottom)
    }

    func testFeedsKeysRendersAndStops() throws {
        var backend = TestBackend(width: 12, height: 3)
        backend.feed(.char("j"), .down, .char("x"), .char("q"), .char("j"))
        let final = try TerminalApp.run(backend: &backend, initial: 0, update: Self.update, render: Self.render)
        XCTAssertEqual(final, 2)
        XCTAssertEqual(backend.rows, ["计数 2      ", "            ", " 首页       "])
        XCTAssertEqual(backend.pending, [.key(.char("j"))])  // nothing read after quitting
        XCTAssertEqual(backend.stopCount, 1)
        XCTAssertFalse(backend.isStarted)
        XCTAssertEqual(backend.style(atX: 0, y: 2)?.reverse, true)
    }

    /// The poll interval follows the state: an app awaiting background work polls more often.
    func testThePollIntervalFollowsTheState() throws {
        var backend = TestBackend(width: 12, height: 3)
        backend.feed(.char("j"), .char("j"), .char("j"))
        _ = try TerminalApp.run(backend: &backend, initial: 0, pollMilliseconds: 50, poll: { $0 < 2 ? 10 : 50 },
                                update: { count, key, _ in Self.update(count, key) }, render: Self.render)
        XCTAssertEqual(backend.readTimeouts, [10, 10, 50])
    }

    func testResizeRedrawsAndTooSmallShowsMessage() throws {
        var backend = TestBackend(width: 30, height: 5)
        backend.feed(.char("j"))
        backend.queueResize(width: 20, height: 3)
        let final = try TerminalApp.run(
            backend: &backend, initial: 0, minimumSize: Size(width: 25, height: 4),
            update: Self.update, render: Self.render)
        XCTAssertEqual(final, 1)
        XCTAssertEqual(backend.size, Size(width: 20, height: 3))
        XCTAssertEqual(backend.rows, ["    终端窗口太小    ", " Terminal too small ", "    20x3 < 25x4     "])
    }

    func testTinyTerminalsNeverCrash() throws {
        for (w, h) in [(1, 1), (20, 5), (0, 0)] {
            var backend = TestBackend(width: w, height: h)
            backend.feed(.char("j"), .resize)
            _ = try TerminalApp.run(backend: &backend, initial: 0, minimumSize: Size(width: 40, height: 10),
                                    update: Self.update, render: Self.render)
            XCTAssertEqual(backend.rows.count, h)
        }
    }

    func testTerminationSignalEndsTheLoop() throws {
        var backend = TestBackend(width: 10, height: 2)
        backend.feed(.char("j"), .char("j"))
        backend.signalled = true
        let final = try TerminalApp.run(backend: &backend, initial: 5, update: Self.update, render: Self.render)
        XCTAssertEqual(final, 5)
        XCTAssertEqual(backend.drawCount, 1)
        XCTAssertEqual(backend.stopCount, 1)
    }

    func testStartErrorPropagates() throws {
        var backend = TestBackend(width: 10, height: 2)
        try backend.start()
        XCTAssertThrowsError(try TerminalApp.run(backend: &backend, initial: 0, update: Self.update, render: Self.render))
    }
}
