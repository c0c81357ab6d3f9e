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

    /// Issue 15, item 4: the Indicators tab built while the analysis ran ("分析中…") was cached under a key that
    /// missed the analysis status, and outlived a failed analysis.
    func testAFailedAnalysisReplacesTheAnalysingScreen() throws {
        let corpus = try DashboardFixture.corpus()
        let gate = DispatchSemaphore(value: 0)
        let job = AnalysisJob(corpus: corpus, load: {
            gate.wait()
            return nil
        })
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 30), analysisJob: job)
        state = Dashboard.update(state, key: .char("6"))
        XCTAssertTrue(frame(state).contains { $0.contains("分析中…") }, frame(state).joined(separator: "\n"))

        job.start()
        gate.signal()
        XCTAssertTrue(job.waitUntilStopped(timeout: 30))
        state = Dashboard.step(state, .analysis(.failed(Label.theCorpusCouldNotBeReadAgain.localized)))
        let after = frame(state)
        XCTAssertFalse(after.contains { $0.contains("分析中…") }, "a failed analysis is not shown as running:\n" + after.joined(separator: "\n"))
        XCTAssertTrue(after.contains { $0.contains("分析未完成") }, after.joined(separator: "\n"))
        // Why, in the analyst's language (issue 15, item 11: the reason was English inside the Chinese sentence).
        let similarity = frame(Dashboard.update(state, key: .char("7"))).joined(separator: "\n")
        XCTAssertTrue(similarity.contains("文本分析未能完成：无法再次读取语料"), similarity)
        XCTAssertFalse(similarity.contains("could not be read"), similarity)
    }

    /// An analysis that cannot be stored is still shown, and the status says why: the write's own error for a
    /// corpus of the analysts', and that the corpus is read-only for the demo and the catalogue of an install,
    /// which no analyst can change (it said "未能保存：…请检查该文件夹的所有者和权限：ls -ld …").
    func testAnAnalysisThatCannotBeStoredSaysWhy() throws {
        for bundled in [false, true] {
            let dir = try DemoFixture.copy()
            defer { try? FileManager.default.removeItem(at: dir) }
            let corpus = try DemoFixture.load(dir)
            let folder = CorpusAnalysis(corpus: corpus).store.folder
            try? FileManager.default.removeItem(at: folder)
            // A file where the analysis's folder goes: no write succeeds there, whoever runs the test.
            try Data("x".utf8).write(to: folder)
            let job = AnalysisJob(corpus: corpus, bundled: bundled, load: { try? DemoFixture.load(dir) })
            job.start()
            XCTAssertTrue(job.waitUntilStopped(timeout: 60))
            guard case .finished(_, _, let notStored)? = job.currentOutcome, let reason = notStored else {
                return XCTFail("bundled \(bundled): \(String(describing: job.currentOutcome))")
            }
            XCTAssertEqual(reason == Label.aBundledCorpusIsReadOnly.localized, bundled, "\(reason)")
        }
    }

    /// `x` with no search and no analysis running did nothing and said nothing.
    func testXWithNothingRunningSaysSo() throws {
        let dir = try DemoFixture.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try DemoFixture.load(dir)
        for (language, expected) in [(Language.chinese, "没有可停止的后台工作"), (.english, "nothing running to stop")] {
            let state = AppState(corpus: corpus, language: language, size: Size(width: 80, height: 24), analysisJob: nil)
            let (after, effects) = Dashboard.update(state, .key(.char("x")))
            XCTAssertTrue(effects.isEmpty, "\(effects)")
            XCTAssertTrue(after.message?.contains(expected) ?? false, String(describing: after.message))
        }
    }

    /// Issue 15, item 3: `x` cancels the analysis itself (it stops at its next check) and nothing is stored;
    /// before, the whole analysis ran on and was then written with `try?`.
    func testCancelStopsTheAnalysisAndStoresNothing() throws {
        let dir = try DemoFixture.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try DemoFixture.load(dir)
        let stored = CorpusAnalysis(corpus: corpus).store.folder
        // A stored analysis may have come along with the copy (ipap browse --demo stores one): none here.
        try? FileManager.default.removeItem(at: stored)
        let gate = DispatchSemaphore(value: 0)
        let job = AnalysisJob(corpus: corpus, load: {
            gate.wait()
            return try? DemoFixture.load(dir)
        })
        let state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 30), analysisJob: job)
        job.start()

        // While the texts are being read, the analyst presses x.
        let (cancelled, effects) = Dashboard.update(state, .key(.char("x")))
        XCTAssertEqual(cancelled.analysisStatus, .cancelled)
        XCTAssertNil(cancelled.analysisJob)
        guard effects.count == 1, case .cancelAnalysis(let asked) = effects[0], asked === job else {
            return XCTFail("x asks the edge to cancel the job: \(effects)")
        }
        XCTAssertTrue(job.currentOutcome == nil, "update itself touched the job")
        _ = Dashboard.perform(effects[0], in: cancelled)
        gate.signal()
        XCTAssertTrue(job.waitUntilStopped(timeout: 60), "the analysis did not stop")
        guard case .cancelled? = job.currentOutcome else { return XCTFail("outcome: \(String(describing: job.currentOutcome))") }
        XCTAssertEqual(job.currentProgress.done, 0, "no document was analysed after the cancel")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stored.path), "a cancelled analysis stores nothing")

        // A report the job still sends is not taken; the screens say the analysis was cancelled.
        let late = Dashboard.step(cancelled, .analysis(.failed(Label.theCorpusCouldNotBeReadAgain.localized)))
        XCTAssertEqual(late.analysisStatus, .cancelled)
        let indicators = Dashboard.step(late, .key(.char("6")))
        XCTAssertTrue(frame(indicators).contains { $0.contains("分析已取消") }, frame(indicators).joined(separator: "\n"))
    }

    /// A computed analysis is stored, and update is fed the finished analysis as a message.
    func testAFinishedAnalysisIsStoredAndShown() throws {
        let dir = try DemoFixture.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try DemoFixture.load(dir)
        let job = AnalysisJob(corpus: corpus, load: { try? DemoFixture.load(dir) })
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 30), analysisJob: job)
        job.start()
        XCTAssertTrue(job.waitUntilStopped(timeout: 120))
        let messages = Dashboard.observe(state)
        guard case .analysis(.finished)? = messages.first else { return XCTFail("\(messages)") }
        for m in messages { state = Dashboard.step(state, m) }
        XCTAssertEqual(state.analysisStatus, .ready)
        XCTAssertNotNil(state.analysis)
        XCTAssertNotNil(CorpusAnalysis(corpus: corpus).storedForCurrentFiles(), "stored, and opened without reading a text")
    }
}
