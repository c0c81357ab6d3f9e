import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` in the dashboard writes the command line's report: the dashboard holds the corpus without its texts,
/// and the report was metadata-only for it (no text indicators, no quoted evidence) whatever the analysis.
final class DashboardExportTests: XCTestCase {
    func testTheDashboardsExportIsTheCommandLinesReport() throws {
        let dir = try DemoFixture.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The corpus as the dashboard holds it: loaded without texts, its analysis stored.
        let full = try DemoFixture.load(dir)
        let analysis = CorpusAnalysis(corpus: full)
        try analysis.write(analysis.result().0)
        let deferred = try XCTUnwrap(CorpusLoader(taxonomyDirectory: DemoFixture.taxonomy).load(dir, deferTexts: true).corpus)
        XCTAssertTrue(deferred.documents.allSatisfy { $0.text == nil })
        let stored = try XCTUnwrap(CorpusAnalysis(corpus: deferred).storedForCurrentFiles())
        let state = AppState(corpus: deferred, language: .english, size: Size(width: 80, height: 24),
                             analysis: AnalysisView(stored: stored), analysisStatus: .ready)
        let path = dir.appendingPathComponent("export.json").path
        _ = Dashboard.export(state, format: .json, path: path)
        let exported = try JSONDecoder().decode(ExportReport.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        // What `ipap export` makes of the same corpus, texts loaded, and the same stored analysis.
        let made = ExportReport(corpus: full, analysis: (try stored.fullResult(), .stored), reviews: state.reviews,
                                language: .english, findings: try ReviewFindingSource.findings(for: full))
        // Both as read back from their JSON (a whole number reads back as an integer).
        let commandLine = try JSONDecoder().decode(ExportReport.self, from: try made.jsonData())
        XCTAssertEqual(exported.about.analysis, "stored")
        XCTAssertEqual(exported.tables.map(\.id), commandLine.tables.map(\.id))
        for (a, b) in zip(exported.tables, commandLine.tables) {
            XCTAssertEqual(a, b, a.id)
        }
        let quotes = exported.tables.flatMap(\.rows).compactMap { $0.evidence?.quote }
        XCTAssertGreaterThan(quotes.count, 100, "evidence quoted from the texts")
        // The demo cites no findings: both check the bundled catalogue's, as `ipap findings` does.
        XCTAssertFalse(try XCTUnwrap(exported.tables.first { $0.id == "findings" }).rows.isEmpty)
    }

    /// `e` then `json FILE` writes the report in the background (it reads every text: seconds at 10,000
    /// documents, during which no key was answered): the status line says so while it runs, keys are
    /// answered, a second report waits for the first, and what came of it is said when it is done.
    func testAReportIsWrittenInTheBackground() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("报告.json")
        // A report that is written only when the test lets it stands in for a long one.
        let gate = DispatchSemaphore(value: 0)
        var state = DemoFixture.initialState(loaded, width: 100, height: 30)
        let slow = ExportJob(path: "慢.json") {
            gate.wait()
            return Phrase.exported("慢.json", in: "/tmp").localized
        }
        state.exportJob = slow
        slow.start()
        var backend = TestBackend(width: 100, height: 30)
        backend.feed([.char("2"), .char("j"), .char("e")] + [Key].type("json " + out.path) + [.enter])
        state = try Dashboard.run(backend: &backend, initial: state)
        XCTAssertEqual(state.route, .provinces, "keys answered while the report is written")
        XCTAssertTrue(DemoFixture.status(backend).contains("正在导出 慢.json…"), DemoFixture.status(backend))
        XCTAssertTrue(DemoFixture.status(backend).contains("仍在导出"), DemoFixture.status(backend))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "the second report waits for the first")
        XCTAssertNil(slow.currentOutcome)
        XCTAssertFalse(Dashboard.observe(state).contains { if case .exportFinished = $0 { true } else { false } })

        gate.signal()
        _ = slow.waitForOutcome()
        for message in Dashboard.observe(state) { state = Dashboard.step(state, message) }
        XCTAssertNil(state.exportJob)
        XCTAssertEqual(state.message, "已导出到 /tmp：慢.json")

        // Now the report itself, from the keys to the file.
        let (b, final) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("json " + out.path) + [.enter])
        XCTAssertNil(final.exportJob)
        // Where it went: the directory, then the file (the name alone was said).
        XCTAssertTrue(DemoFixture.status(b).contains("已导出到 " + dir.path) || DemoFixture.status(b).contains("已导出到 /"), DemoFixture.status(b))
        XCTAssertTrue(DemoFixture.status(b).contains("报告.json"), DemoFixture.status(b))
        let report = try JSONDecoder().decode(ExportReport.self, from: Data(contentsOf: out))
        XCTAssertNotEqual(report.about.analysis, "metadata-only")
        XCTAssertFalse(report.tables.flatMap(\.rows).compactMap { $0.evidence?.quote }.isEmpty)

        // The same file again is asked about at once (no report is made), and the file is left as it was.
        let before = try Data(contentsOf: out)
        let (again, asked) = try DemoFixture.resume(final, keys: [.char("e")] + [Key].type("json " + out.path) + [.enter])
        XCTAssertNil(asked.exportJob)
        XCTAssertTrue(DemoFixture.abovePrompt(again).contains("报告.json 已存在：再按 Enter 覆盖"), DemoFixture.abovePrompt(again))
        XCTAssertEqual(try Data(contentsOf: out), before)
    }
}
