import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `markdown FILE` (or `csv FILE`) over a report written before was refused ('未导出：… 已存在（不覆盖）'): an
/// analyst re-exporting after a change had to invent a new name every time. The prompt stays open as typed and asks;
/// Enter again overwrites (the CSV tables all together), an edit drops that, Esc writes nothing.
final class ExportOverwriteTests: XCTestCase {
    private func export(_ state: AppState, _ typed: String, then more: [Key] = []) throws -> (TestBackend, AppState) {
        try DemoFixture.resume(state, keys: [.char("e")] + [Key].type(typed) + [.enter] + more)
    }

    func testAReportOverAnExistingFileIsAskedAboutThenOverwritten() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.md")
        let typed = "markdown " + out.path
        let (_, written) = try export(DemoFixture.initialState(loaded, width: 80, height: 24), typed)
        let chinese = try String(contentsOf: out, encoding: .utf8)

        // In English now (L): the same file is asked about, in English, and not written.
        var (b, state) = try DemoFixture.resume(written, keys: [.char("L")])
        (b, state) = try export(state, typed)
        XCTAssertEqual(state.prompt?.text, typed)
        XCTAssertNil(state.exportJob, "no report is made before the answer")
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("report.md exists: Enter again overwrites it"), DemoFixture.abovePrompt(b))
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), chinese)

        // Esc: nothing written.
        (b, state) = try DemoFixture.resume(state, keys: [.escape])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), chinese)

        // A name edited to another that exists is checked again; Enter then overwrites it, in English.
        (b, state) = try export(state, "markdown " + dir.appendingPathComponent("report.mdx").path)
        XCTAssertNil(state.prompt, "a new name is written at once")
        (b, state) = try export(state, typed)
        XCTAssertEqual(state.prompt?.overwrites, true)
        (b, state) = try DemoFixture.resume(state, keys: [.char("x")])
        XCTAssertEqual(state.prompt?.overwrites, false, "an edit drops the confirmation")
        (b, state) = try DemoFixture.resume(state, keys: [.backspace, .enter])
        XCTAssertEqual(state.prompt?.text, typed, "checked again")
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), chinese)
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertNil(state.prompt)
        XCTAssertTrue(DemoFixture.status(b).contains("exported to"), DemoFixture.status(b))
        let english = try String(contentsOf: out, encoding: .utf8)
        XCTAssertNotEqual(english, chinese)
        // The report as written to the new name, but for the time it was made.
        func undated(_ text: String) -> [Substring] { text.split(separator: "\n").filter { !$0.hasPrefix("- Generated:") } }
        XCTAssertEqual(undated(english), undated(try String(contentsOf: dir.appendingPathComponent("report.mdx"), encoding: .utf8)))
        let beside = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertEqual(beside.filter { $0.hasPrefix(".report.md") }, [], "no temporary file left")
    }

    /// A CSV report's tables: the first that exists and how many, then all overwritten together.
    func testACSVReportOverExistingTablesIsAskedAboutThenOverwrittenWhole() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let typed = "csv " + dir.appendingPathComponent("t.csv").path
        let (_, written) = try export(DemoFixture.initialState(loaded, width: 80, height: 24), typed)
        let about = dir.appendingPathComponent("t-about.csv")
        let tables = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("t-") }.sorted()
        XCTAssertGreaterThan(tables.count, 1)
        // Marked, to see it replaced.
        try Data("old\n".utf8).write(to: about)

        var (b, state) = try export(written, typed)
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("t-about.csv 等 \(tables.count) 个文件已存在：再按 Enter 全部覆盖"), DemoFixture.abovePrompt(b))
        XCTAssertEqual(try String(contentsOf: about, encoding: .utf8), "old\n")
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertNil(state.prompt)
        // The list of tables is long: it takes the status line's rows (`Layout.messageRows`), its start on the first.
        XCTAssertTrue(b.rows.suffix(Layout.messageRows(state).count).joined().contains("已导出到"), DemoFixture.screen(b))
        XCTAssertNotEqual(try String(contentsOf: about, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("t-") }.sorted(), tables)
    }

    /// `csv DIR/` wrote the tables beside the folder, named after it (`out-about.csv`, …), the folder left empty. They
    /// go into it now, as `report-<table>.csv`, and the message names the folder; asked again, Enter overwrites them.
    /// `markdown DIR/` writes DIR/report.md.
    func testACSVReportToAFolderGoesIntoIt() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let typed = "csv " + out.path + "/"
        var (b, state) = try export(DemoFixture.initialState(loaded, width: 200, height: 24), typed)
        XCTAssertTrue(b.rows.suffix(Layout.messageRows(state).count).joined().contains("已导出到 \(out.path)：report-about.csv"), DemoFixture.screen(b))
        let tables = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(tables, ExportReport.csvTables.map { "report-\($0).csv" }.sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), before, "nothing beside the folder")

        (b, state) = try export(state, typed)
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("report-about.csv 等 \(tables.count) 个文件已存在"), DemoFixture.abovePrompt(b))
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), tables)

        // Markdown into the folder: its one file, report.md, as the CSV tables are named there (it was refused).
        (b, state) = try export(state, "markdown " + out.path + "/")
        XCTAssertTrue(b.rows.suffix(Layout.messageRows(state).count).joined().contains("已导出到 \(out.path)：report.md"), DemoFixture.screen(b))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), (tables + ["report.md"]).sorted())
    }

    /// A long name (a CSV report's tables are named after it) cut the refusal's end, what Enter does, at 80 columns;
    /// then the name was cut to one row ('…y-reviews-about.csv'). The refusal wraps over the status line's rows: the
    /// name whole, and what Enter does.
    func testALongNameIsWholeBesideWhatEnterDoes() throws {
        let state = AppState(corpus: try DashboardFixture.corpus(), language: .english, size: Size(width: 80, height: 24))
        let long = "/tmp/policy-review-second-round-provinces"
        let asked = ReviewActions.askingToOverwrite(state, existing: [long + "-about.csv", long + "-reuse.csv"],
                                                    target: ExportTarget(path: long + ".csv", typed: "csv " + long + ".csv"))
        let refusal = try XCTUnwrap(asked.prompt?.refusal)
        XCTAssertTrue(refusal.hasPrefix("policy-review-second-round-provinces-about.csv and 1 more exist"), refusal)
        let rows = Layout.messageRows(asked)
        XCTAssertEqual(rows.count, 2, "\(rows)")
        XCTAssertTrue(rows.allSatisfy { DisplayWidth.of($0) <= 79 }, "\(rows)")
        XCTAssertTrue(rows[0].hasPrefix("policy-review-second-round-provinces-about.csv"), "\(rows)")
        XCTAssertTrue(rows[1].hasSuffix("Esc cancels"), "\(rows)")
        XCTAssertEqual(asked.prompt?.text, "csv " + long + ".csv")
        XCTAssertEqual(asked.prompt?.overwrites, true)
    }
}
