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

/// The export's per-area text indicators were the aggregate of every document with a clause coded to the area
/// (`indicators.byArea`): on keyword coding nearly the whole corpus for every area, so every area read the same
/// (`analysed` 48 of 48) while the dashboard's Areas tab averaged the area page's documents. Both now read the
/// area page's two lists: documents whose titles name the area and those coded to it from their text.
final class AreaExportTests: XCTestCase {
    func testAnAreasTextIndicatorsAreOverItsListedDocuments() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []))
        let table = try XCTUnwrap(report.tables.first { $0.id == "indicators-area" })
        var shares = Set<String>()
        for row in table.rows {
            let listed = (row.values["documents"]?.text).flatMap { Int($0) } ?? -1
            let byText = (row.values["documentsByText"]?.text).flatMap { Int($0) } ?? -1
            let analysed = (row.values["analysed"]?.text).flatMap { Int($0) } ?? -1
            XCTAssertEqual(analysed, listed + byText, "every demo document is analysed: \(row.values)")
            XCTAssertLessThan(analysed, corpus.documents.count, "an area is not the whole corpus: \(row.values)")
            if let share = row.values["meanCopiedFromCentre"]?.text { shares.insert(share) }
        }
        XCTAssertGreaterThan(shares.count, 1, "areas differ")
    }

    /// The level and year table named its rows by id only ("level | national") in a Chinese report; a name
    /// column gives them in the report's language, beside the ids.
    func testLevelAndYearRowsAreNamedInTheReportsLanguage() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        for (language, national, year) in [(Language.chinese, "国家", "2016年"), (.english, "National", "2016")] {
            let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []), language: language)
            let table = try XCTUnwrap(report.tables.first { $0.id == "indicators-level-year" })
            XCTAssertEqual(table.columns.prefix(3).map(\.id), ["dimension", "key", "name"])
            let names = table.rows.map { [$0.values["key"]?.text, $0.values["name"]?.text] }
            XCTAssertTrue(names.contains(["national", national]), "\(names)")
            XCTAssertTrue(names.contains(["2016", year]), "\(names)")
        }
    }

    /// The review and disagreement tables were headed by their column ids ("time | author | kind") in a Chinese
    /// Markdown report, whose other tables are headed in Chinese; the ids stay the CSV headers.
    func testReviewTablesAreHeadedInTheReportsLanguage() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []), language: .chinese)
        for id in ["reviews", "disagreements"] {
            let table = try XCTUnwrap(report.tables.first { $0.id == id }, id)
            let untranslated = table.columns.filter { $0.title == $0.id }.map(\.id)
            XCTAssertEqual(untranslated, [], "\(id): columns headed by their ids")
        }
        let reviews = try XCTUnwrap(report.tables.first { $0.id == "reviews" })
        XCTAssertEqual(reviews.columns.prefix(3).map(\.id), ["time", "author", "kind"])
        XCTAssertEqual(reviews.columns.prefix(3).map(\.title), ["时间", "分析员", "类型"])
    }
}
