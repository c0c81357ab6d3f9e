import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.csv|.md` on the synthetic demo wrote files that said nowhere that the corpus is synthetic,
/// where every screen says SYNTHETIC; and an indicator's ranking as CSV did not say which documents its values were
/// computed on. Markdown says SYNTHETIC under the title. CSV said it as a first row, which spreadsheets and pandas
/// took for the header (QA 47 #13): its first row is the column titles now, a last column says SYNTHETIC on every
/// row, and the notice follows the rows as a note (every row as wide as the widest). A ranking names its indicator
/// and scope.
final class ViewExportSyntheticMarkTests: XCTestCase {
    private func export(_ stack: [Route], _ name: String, scope: CorpusScope = .all) throws -> [String] {
        let loaded = try DemoFixture.shared()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-view-synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = DemoFixture.initialState(loaded, width: 100, height: 30, language: .english)
        state.scope = scope
        state.stack = stack
        let path = dir.appendingPathComponent(name).path
        let (b, _) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("view " + path) + [.enter])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(DemoFixture.status(b).contains(path) || FileManager.default.fileExists(atPath: path), DemoFixture.status(b))
        return text.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    /// The fields of a CSV line (RFC 4180 quoting).
    private func fields(_ line: String) -> [String] {
        var out: [String] = [], cell = "", quoted = false, previous: Character?
        for c in line {
            if c == "\"" {
                if quoted { quoted = false } else { quoted = true; if previous == "\"" { cell.append("\"") } }
            } else if c == ",", !quoted {
                out.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
            previous = c
        }
        return out + [cell]
    }

    func testEveryViewExportOfTheDemoSaysSynthetic() throws {
        let mark = "SYNTHETIC corpus: generated example texts, not real policy documents"
        for stack in [[Route.documents], [.provinces], [.indicators]] {
            let csv = try export(stack, "view.csv")
            // The column titles first, the mark's column last; every row of the table marked.
            let titles = fields(csv[0])
            XCTAssertEqual(titles.last, "synthetic corpus", csv.joined(separator: "\n"))
            XCTAssertNotEqual(titles.first, mark)
            let end = try XCTUnwrap(csv.firstIndex { fields($0).allSatisfy(\.isEmpty) }, csv.joined(separator: "\n"))
            XCTAssertGreaterThan(end, 1)
            XCTAssertTrue(csv[1..<end].allSatisfy { fields($0).last == "SYNTHETIC" }, csv.joined(separator: "\n"))
            XCTAssertEqual(fields(csv[end + 1]).first, mark, csv.joined(separator: "\n"))
            // Still one table: every row as wide as the widest.
            XCTAssertEqual(Set(csv.map { fields($0).count }).count, 1, csv.joined(separator: "\n"))
            let markdown = try export(stack, "view.md")
            XCTAssertTrue(markdown[0].hasPrefix("# "), markdown.joined(separator: "\n"))
            XCTAssertEqual(markdown[1], mark, markdown.joined(separator: "\n"))
        }
    }

    func testAnIndicatorsRankingNamesTheIndicatorAndItsScope() throws {
        let ranking: [Route] = [.indicators, .indicator(.metadata(.responseLag))]
        for (scope, said) in [(CorpusScope.all, "scope: every document"),
                              (CorpusScope.review, CorpusScope.review.label.en)] {
            for name in ["ranking.csv", "ranking.md"] {
                let lines = try export(ranking, name, scope: scope)
                let titles = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("#,") || $0.hasPrefix("| # |") }, lines.joined(separator: "\n"))
                // Markdown: above the titles; CSV: after the rows, under an empty row.
                let csv = name.hasSuffix(".csv")
                let end = csv ? try XCTUnwrap(lines.firstIndex { fields($0).allSatisfy(\.isEmpty) }, lines.joined(separator: "\n")) : 0
                let above = csv ? lines[end...].map { fields($0)[0] } : Array(lines[..<titles])
                XCTAssertTrue(above.contains("SYNTHETIC corpus: generated example texts, not real policy documents"), "\(above)")
                XCTAssertTrue(above.contains(said), "\(above)")
                XCTAssertTrue(above.contains { $0.hasPrefix("Response lag") }, "\(above)")
            }
        }
    }
}
