import Foundation
import XCTest

/// The Markdown report is read by people: its shares are percentages (issue 15, item 19: it printed 0.2112).
/// The CSV and JSON files are read by programs: their shares stay fractions from 0 to 1.
final class ExportShareTests: XCTestCase {
    /// A scratch directory holding a copy of the demo corpus (`demo`).
    private func demoCopy() throws -> (directory: URL, demo: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let demo = dir.appendingPathComponent("demo")
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        return (dir, demo)
    }

    func testMarkdownSharesArePercentagesAndCSVKeepsFractions() throws {
        let (dir, demo) = try demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
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

    /// `IPAP_LANG=zh` writes the report in Chinese (issue 15, item 11: export ignored it); the CSV headers
    /// are the column ids in either language, so programs read both alike.
    func testTheReportIsWrittenInTheAnalystsLanguage() throws {
        let (dir, demo) = try demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        var headers: [String: String] = [:]
        for language in ["zh", "en"] {
            let md = dir.appendingPathComponent("r-\(language).md"), csv = dir.appendingPathComponent("r-\(language).csv")
            for (format, file) in [("markdown", md), ("csv", csv)] {
                let out = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", demo.path, "--format", format, "--out", file.path],
                                            environment: ["IPAP_LANG": language])
                XCTAssertEqual(out.status, 0, out.stderr)
            }
            let markdown = try String(contentsOf: md, encoding: .utf8)
            if language == "zh" {
                XCTAssertTrue(markdown.hasPrefix("# 互联网+政策评估："), String(markdown.prefix(200)))
                XCTAssertTrue(markdown.contains("## 按省份的指标"), markdown)
                XCTAssertTrue(markdown.contains("| 来源 | 来源文号 | 目标 |"), "the reuse table's column titles")
                XCTAssertFalse(markdown.contains("## Indicators per province"))
            } else {
                XCTAssertTrue(markdown.contains("## Indicators per province"), markdown)
            }
            headers[language] = try String(contentsOf: dir.appendingPathComponent("r-\(language)-reuse.csv"), encoding: .utf8)
                .split(separator: "\n").first.map(String.init)
        }
        XCTAssertEqual(headers["zh"], headers["en"])
    }
}
