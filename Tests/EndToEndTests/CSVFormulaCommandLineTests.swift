import Foundation
import PolicyModel
import XCTest

/// `ipap list --format csv`, `ipap review list --format csv` and `ipap export --format csv` wrote a title or a
/// review note `=HYPERLINK(…)` as it is: a live formula in Excel or WPS. Each writes it after an apostrophe.
final class CSVFormulaCommandLineTests: XCTestCase {
    static let title = "=HYPERLINK(\"http://evil\",\"点击\")"
    static let note = "=HYPERLINK(\"http://evil\")"

    func testListReviewListAndExportNeutraliseAFormula() throws {
        let dir = try CSVQuotingCommandLineTests.corpus(title: Self.title, note: Self.note, for: self)

        var outputs: [(String, String)] = []
        for arguments in [["list"], ["review", "list"]] {
            let run = ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", dir.path, "--format", "csv"])
            XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
            outputs.append((arguments.joined(separator: " "), run.stdout))
        }
        let out = dir.appendingPathComponent("report.csv").path
        let export = ProcessRunner.run([ProcessRunner.ipap, "export", "--corpus", dir.path, "--format", "csv", "--out", out])
        XCTAssertEqual(export.status, 0, export.stderr)
        outputs.append(("export", try String(contentsOfFile: dir.appendingPathComponent("report-reviews.csv").path, encoding: .utf8)))

        for (command, csv) in outputs {
            let cells = try CSVReader().parse(csv).get().flatMap { $0.fields.map(\.value) }
            XCTAssertFalse(cells.contains { $0.hasPrefix("=") }, "\(command): \(cells)")
            let expected = command == "list" ? [Self.title] : [Self.note]
            for text in expected { XCTAssertTrue(cells.contains("'" + text), "\(command): \(cells)") }
        }
    }
}
