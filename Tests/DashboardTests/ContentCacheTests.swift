import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The content cache builds a screen once: a second asker waits for the build under way (the tab shown and
/// the prefetch of every tab ask for the same screen when the analysis arrives), and the first screen is laid
/// out at the terminal's size only.
final class ContentCacheTests: XCTestCase {
    /// What the two askers saw, written on their threads and read after both have finished.
    private final class Outcomes: @unchecked Sendable {
        var first: [String]?, second: [String]?
        var secondBuilt = false
    }

    func testASecondAskerWaitsForTheBuildUnderWayInsteadOfBuildingAgain() throws {
        let state = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 80, height: 24))
        let key = ScreenInputs(state)
        let cache = ContentCache()
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let seen = Outcomes()
        DispatchQueue.global().async(group: done) {
            seen.first = cache.value(for: key) {
                started.signal()
                release.wait()
                var first = ScreenContent()
                first.rows = [ScreenContent.Row(cells: ["first"], kind: .text)]
                return first
            }.rows.first?.cells
        }
        started.wait()
        let secondReturned = DispatchSemaphore(value: 0)
        DispatchQueue.global().async(group: done) {
            seen.second = cache.value(for: key) {
                seen.secondBuilt = true
                return ScreenContent()
            }.rows.first?.cells
            secondReturned.signal()
        }
        // The real condition: the second asker waits on the first's build (or, wrongly, has returned).
        while cache.waiting == 0, secondReturned.wait(timeout: .now() + 0.001) == .timedOut {}
        release.signal()
        done.wait()
        XCTAssertFalse(seen.secondBuilt, "the second asker built the screen again")
        XCTAssertEqual(cache.builds, 1)
        XCTAssertEqual(seen.first, ["first"])
        XCTAssertEqual(seen.second, ["first"])
    }

    func testTheFirstScreenIsLaidOutOnceAtTheTerminalsSize() throws {
        var backend = TestBackend(width: 120, height: 30)
        backend.feed([.char("q")])
        // The state's own size is the default a caller passes before the terminal has started.
        let initial = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 80, height: 24))
        let final = try Dashboard.run(backend: &backend, initial: initial)
        XCTAssertEqual(final.cache.builds, 1, "the overview was built for a size never shown")
        XCTAssertTrue(backend.rows.joined().contains("总览"))
    }
}
