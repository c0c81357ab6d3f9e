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
    /// Every province has its row, those without a document too (the Markdown report listed 20 of 31 for the
    /// catalogue, the others silently missing), their text indicators unknown rather than 0.
    func testEveryProvinceHasARowThoseWithoutADocumentSayingSo() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []))
        let table = try XCTUnwrap(report.tables.first { $0.id == "indicators-province" })
        XCTAssertEqual(table.rows.compactMap { $0.values["code"]?.text }, corpus.taxonomy.divisions.map(\.code))
        let empty = table.rows.filter { $0.values["documents"]?.text == "0" }
        XCTAssertFalse(empty.isEmpty, "a province of the demo without a document")
        for row in empty {
            XCTAssertEqual(row.values["analysed"]?.text, "0", "\(row.values)")
            XCTAssertNil(row.values["meanCopiedFromCentre"]?.text, "\(row.values)")
        }
    }

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

    /// A year's or an area's documents are central and local: the mean copied from the centre is the local ones'
    /// (a central document's 0 was averaged in: the year 2015 of the demo read lower than any of its provinces).
    func testAMixedGroupsCopiedShareIsTheMeanOfItsLocalDocuments() throws {
        let (corpus, _, result) = try DemoCorpusFixture.analysed()
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: ReviewStore(entries: []))
        let table = try XCTUnwrap(report.tables.first { $0.id == "indicators-level-year" })
        var mixed = 0
        for row in table.rows where row.values["dimension"]?.text == "year" {
            let year = try XCTUnwrap(row.values["key"]?.text)
            let docs = result.documents.filter { corpus.document($0.id)?.year.map(String.init) == year }
            let local = docs.filter { corpus.document($0.id)?.isCentral == false }
            guard !local.isEmpty, local.count < docs.count else { continue }
            mixed += 1
            let known = local.compactMap(\.copiedFromCentre)
            let expected = known.reduce(0, +) / Double(known.count)
            guard case .number(let value)? = row.values["meanCopiedFromCentre"] else { return XCTFail("\(row.values)") }
            XCTAssertEqual(value, expected, accuracy: 1e-9, year)
        }
        XCTAssertGreaterThan(mixed, 0, "a year with central and local documents")
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

    /// The clauses both analysts coded where a tool is not in the taxonomy were left out of the kappas and
    /// shown nowhere: the agreement table counts them (a column) and names them (its note).
    func testTheAgreementTableNamesTheClausesWithAnUnknownTool() throws {
        let loaded = CorpusLoader(taxonomyDirectory: DemoCorpusFixture.repository.appendingPathComponent("data/taxonomy"))
            .load(DemoCorpusFixture.repository.appendingPathComponent("data/demo"))
        let corpus = try XCTUnwrap(loaded.corpus, "\(loaded.problems)")
        let codes = [("wang", 1, "supply-funding"), ("li", 1, "supply-funding"), ("wang", 2, "made-up-tool"), ("li", 2, "environment-tax")]
        let reviews = ReviewStore(entries: codes.enumerated().map { n, code in
            let entry = ReviewEntry(author: code.0, kind: .override, target: .document("demo-00000", clause: code.1),
                                    override: ReviewOverride(field: .policyTool, value: code.2))
            return ReviewStore.Located(entry: entry, file: "reviews/\(code.0).jsonl", line: n + 1)
        })
        for (language, note) in [(Language.chinese, "li / wang：两人都编码、工具未知（分类中没有）的条款 1 条，未计入 Kappa：文件 demo-00000 条款 2。"),
                                 (.english, "li / wang: 1 clause coded by both with an unknown tool (not in the taxonomy), left out of the kappas: document demo-00000 clause 2.")] {
            let report = ExportReport(corpus: corpus, analysis: nil, reviews: reviews, language: language)
            let table = try XCTUnwrap(report.tables.first { $0.id == "agreement" })
            XCTAssertTrue(table.note?.hasSuffix(note) ?? false, table.note ?? "no note")
            XCTAssertEqual(table.rows.map { $0.values["unclassified"] }, Array(repeating: .integer(1), count: table.rows.count))
            XCTAssertEqual(table.rows.first?.values["units"], .integer(1), "the kappas are over the other clause")
            XCTAssertTrue(report.markdown().contains(note), "the Markdown report gives the note")
            XCTAssertTrue(report.csvFiles().first { $0.table == "agreement" }?.text.hasPrefix("coderA,coderB,toolClass,toolClassName,units,agreements,observed,expected,kappa,unclassified,") ?? false)
        }
    }
}
