import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A view's export wrote the similarity heat map's '·' (its scale: none shared) as an empty cell ('天津,14%,,,,,,4%'),
/// which reads as unknown, where the tools matrix writes its '·' as 0; the tools matrix showed '·' in its area cells
/// but '0' in its Total; and the Issuers tab's documents-per-year sparkline went into the file as its glyphs.
final class ViewExportCellMeaningTests: XCTestCase {
    private func export(_ keys: [Key], _ name: String, language: Language = .chinese, corpus: Corpus? = nil) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-view-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        let typed = keys + [.char("e")] + [Key].type("view " + path) + [.enter]
        if let corpus {
            _ = try DashboardFixture.run(corpus, width: 200, height: 60, language: language, keys: typed)
        } else {
            _ = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: language, keys: typed)
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testTheHeatMapsNoneSharedIsExportedAsZero() throws {
        let (_, state) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: .chinese, keys: [.char("7")])
        let grid = try XCTUnwrap(Layout.content(state).grid)
        let empty = grid.rowLabels.indices.flatMap { r in grid.columnLabels.indices.map { (r, $0) } }.filter { grid.shown(row: $0.0, column: $0.1) == nil }
        XCTAssertFalse(empty.isEmpty, "the demo's map has a '·' cell")
        let file = try export([.char("7")], "similarity.csv")
        let rows = file.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
        let labels = Set(grid.rowLabels)
        let gridRows = rows.filter { labels.contains($0.first ?? "") }
        XCTAssertEqual(gridRows.count, grid.rowLabels.count, file)
        for row in gridRows {
            XCTAssertFalse(row.dropFirst().contains(""), "an empty cell reads as unknown: \(row)")
        }
        for (r, c) in empty {
            let row = try XCTUnwrap(gridRows.first { $0.first == grid.rowLabels[r] })
            XCTAssertEqual(row[c + 1], "0%", "\(grid.rowLabels[r]) × \(grid.columnLabels[c])")
        }
    }

    func testTheToolsTotalShowsNoneAsItsCellsDo() throws {
        let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 40, language: .chinese, keys: [.char("8")])
        let grid = try XCTUnwrap(Layout.content(state).grid)
        XCTAssertTrue(grid.texts.contains { $0.last == ToolsScreen.zeroMark }, "a tool no clause is coded with (金融支持)")
        XCTAssertFalse(grid.texts.joined().contains("0"), "'·' for none, in every column")
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix("环 金融支持") }, DemoFixture.screen(b))
        XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix("·        ·"), "'\(row)'")
        XCTAssertFalse(row.contains("0"), row)
        // The file still has the number.
        let file = try export([.char("8")], "tools.csv")
        let exported = try XCTUnwrap(file.components(separatedBy: "\n").first { $0.hasPrefix("环 金融支持,") }, file)
        XCTAssertTrue(exported.hasSuffix(",0,0,合成 SYNTHETIC"), exported)
    }

    func testTheIssuersPerYearColumnIsExportedAsItsCounts() throws {
        for language in Language.allCases {
            // The catalogue: its central documents span years (the demo's are all of 2015).
            let file = try export([.char("3")], "issuers.csv", language: language, corpus: try DashboardFixture.catalogue())
            XCTAssertNil(file.rangeOfCharacter(from: CharacterSet(charactersIn: "▁▂▃▄▅▆▇█")), file)
            let lines = file.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
            let perYear = language == .chinese ? "逐年：" : "Per year: "
            let titles = try XCTUnwrap(lines.first { $0.contains { $0.hasPrefix(perYear) } }, file)
            let years = titles.indices.filter { titles[$0].hasPrefix(perYear) }
            XCTAssertGreaterThan(years.count, 1, "\(titles)")
            XCTAssertEqual(years, Array(years[0]...years[years.count - 1]), "one column a year, side by side")
            let documents = try XCTUnwrap(titles.firstIndex(of: language == .chinese ? "文件" : "Docs"), "\(titles)")
            let rows = lines.drop { $0 != titles }.dropFirst().prefix { !$0.allSatisfy(\.isEmpty) }.filter { $0.count == titles.count }
            XCTAssertFalse(rows.isEmpty, file)
            for row in rows {
                let counts = years.map { Int(row[$0]) }
                XCTAssertFalse(counts.contains(nil), "\(row)")
                // The years count its documents with a year: at most its documents.
                XCTAssertLessThanOrEqual(counts.compactMap { $0 }.reduce(0, +), Int(row[documents]) ?? -1, "\(row)")
            }
        }
    }
}
