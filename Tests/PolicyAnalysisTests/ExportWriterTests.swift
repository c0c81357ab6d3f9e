import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// What an export refuses before its report is made, from the files' names alone.
final class ExportWriterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The list the early refusal reads is every table a full report (texts, analysis, reviews) writes, in order.
    func testTheCSVTableListIsEveryTableOfAFullReport() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []))
        XCTAssertEqual(report.csvFiles().map(\.table), ExportReport.csvTables)
    }

    func testFilesKnownToExistBeforeTheReport() throws {
        let json = directory.appendingPathComponent("r.json")
        XCTAssertEqual(try ExportWriter.existingBeforeReport(format: .json, out: json), [])
        try Data("{}".utf8).write(to: json)
        XCTAssertEqual(try ExportWriter.existingBeforeReport(format: .json, out: json), [json.path])

        let csv = directory.appendingPathComponent("r.csv")
        let reuse = directory.appendingPathComponent("r-reuse.csv"), about = directory.appendingPathComponent("r-about.csv")
        try Data("x".utf8).write(to: reuse)
        // Without the always written about table the report decides (a reuse table is written only with texts).
        XCTAssertEqual(try ExportWriter.existingBeforeReport(format: .csv, out: csv), [])
        try Data("x".utf8).write(to: about)
        XCTAssertEqual(try ExportWriter.existingBeforeReport(format: .csv, out: csv), [about.path, reuse.path])
    }
}
