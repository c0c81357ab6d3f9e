import Foundation
import XCTest

/// The Markdown report is read by people: its shares are percentages (issue 15, item 19: it printed 0.2112).
/// The CSV and JSON files are read by programs: their shares stay fractions from 0 to 1.
final class ExportShareTests: XCTestCase {
    func testMarkdownSharesArePercentagesAndCSVKeepsFractions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-shares-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let demo = dir.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        try? FileManager.default.removeItem(at: demo.appendingPathComponent("analysis"))
        let md = dir.appendingPathComponent("r.md"), csv = dir.appendingPathComponent("r.csv")
        for (format, file) in [("markdown", md), ("csv", csv)] {
            let out = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo.path, "--format", format, "--out", file.path])
            XCTAssertEqual(out.status, 0, out.stderr)
        }
        // The reuse table: columns 6 and 7 (1-based, after the leading "|") are the shares of target and source.
        let markdown = try String(contentsOf: md, encoding: .utf8)
        let reuse = try XCTUnwrap(markdown.components(separatedBy: "## ").first { $0.hasPrefix("Reuse") }, markdown)
        let rows = reuse.split(separator: "\n").filter { $0.hasPrefix("| demo-") }
        XCTAssertFalse(rows.isEmpty, reuse)
        for row in rows.prefix(20) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertTrue(cells[6].hasSuffix("%") && cells[7].hasSuffix("%"), String(row))
        }
        let reuseCSV = try String(contentsOf: dir.appendingPathComponent("r-reuse.csv"), encoding: .utf8)
        let first = try XCTUnwrap(reuseCSV.split(separator: "\n").dropFirst().first)
        let share = String(first.split(separator: ",", omittingEmptySubsequences: false)[5])
        XCTAssertNotNil(Double(share), "a fraction in the CSV: \(first)")
        XCTAssertFalse(share.contains("%"))
    }
}
