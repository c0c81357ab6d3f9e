import TerminalUI
import XCTest
@testable import Dashboard

/// The fixtures' runs end when their keys are used up; a full-text search or a report started by the last key
/// runs on in the background. These wait for it, take its outcome as the edge does (`Dashboard.observe`) and
/// draw the frame that shows it, so that a test reads the results' screen or the report's message. Tests of
/// the work's own course (the frame while it runs, `x`, leaving) run the dashboard themselves.
enum BackgroundSettling {
    static func settled(_ run: (TestBackend, AppState), file: StaticString = #filePath, line: UInt = #line) throws -> (TestBackend, AppState) {
        var (backend, state) = run
        guard state.textSearchJob != nil || state.exportJob != nil else { return run }
        while let job = state.textSearchJob {
            XCTAssertTrue(job.waitUntilStopped(timeout: 120), "the search did not stop", file: file, line: line)
            for message in Dashboard.observe(state) { state = Dashboard.step(state, message) }
        }
        if let job = state.exportJob {
            _ = job.waitForOutcome()
            for message in Dashboard.observe(state) { state = Dashboard.step(state, message) }
        }
        backend = TestBackend(width: state.size.width, height: state.size.height)
        state = try Dashboard.run(backend: &backend, initial: state)
        return (backend, state)
    }
}
