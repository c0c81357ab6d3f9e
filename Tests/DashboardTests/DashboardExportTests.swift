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
                                language: .english)
        // Both as read back from their JSON (a whole number reads back as an integer).
        let commandLine = try JSONDecoder().decode(ExportReport.self, from: try made.jsonData())
        XCTAssertEqual(exported.about.analysis, "stored")
        XCTAssertEqual(exported.tables.map(\.id), commandLine.tables.map(\.id))
        for (a, b) in zip(exported.tables, commandLine.tables) {
            XCTAssertEqual(a, b, a.id)
        }
        let quotes = exported.tables.flatMap(\.rows).compactMap { $0.evidence?.quote }
        XCTAssertGreaterThan(quotes.count, 100, "evidence quoted from the texts")
    }
}
