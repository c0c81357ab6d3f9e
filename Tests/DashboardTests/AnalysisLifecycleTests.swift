import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The background analysis as the screens see it: while it runs, when it fails, when the analyst cancels it.
final class AnalysisLifecycleTests: XCTestCase {
    private func frame(_ state: AppState) -> [String] {
        var canvas = Canvas(size: state.size)
        Dashboard.render(state, into: &canvas)
        return canvas.rows
    }

    /// Waits for the real condition (the job has an outcome), not for a screen to change.
    private func waitForOutcome(_ job: AnalysisJob, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(30)
        while job.currentOutcome == nil, Date() < deadline { usleep(10_000) }
        XCTAssertNotNil(job.currentOutcome, "the job never finished", file: file, line: line)
    }

    /// Issue 15, item 4: the Indicators tab built while the analysis ran ("分析中…") was cached under a key that
    /// missed the analysis status, and outlived a failed analysis.
    func testAFailedAnalysisReplacesTheAnalysingScreen() throws {
        let corpus = try DashboardFixture.corpus()
        let gate = DispatchSemaphore(value: 0)
        let job = AnalysisJob(load: {
            gate.wait()
            return nil
        })
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 30), analysisJob: job)
        state = Dashboard.update(state, key: .char("6"))
        XCTAssertTrue(frame(state).contains { $0.contains("分析中…") }, frame(state).joined(separator: "\n"))

        job.start()
        gate.signal()
        waitForOutcome(job)
        _ = Dashboard.followingJob(&state, job)
        let after = frame(state)
        XCTAssertFalse(after.contains { $0.contains("分析中…") }, "a failed analysis is not shown as running:\n" + after.joined(separator: "\n"))
        XCTAssertTrue(after.contains { $0.contains("分析未完成") }, after.joined(separator: "\n"))
    }
}
