import Foundation
import PolicyAnalysis
import PolicyModel
import XCTest
@testable import ipap

/// The CSV of `list`, `stats`, `analyze` and `review list` was quoted by comparing characters: a comma that a
/// combining mark follows (",\u{301}") or CR LF is one character that is neither "," nor "\n", so the field went
/// out unquoted and a spreadsheet read one column more on that row. The export's CSV, quoted by bytes, was right.
final class CSVQuotingCommandLineTests: XCTestCase {
    static let title = "四川省关于推进“互联网+”行动,\u{301}的实施意见"
    static let note = "注,\u{301}记"

    func testFieldsWithACommaAMarkJoinsOrCRLFAreQuoted() {
        XCTAssertEqual(CSV.line(["a,\u{301}b", "x\r\ny", "plain"]), "\"a,\u{301}b\",\"x\r\ny\",plain")
        XCTAssertEqual(CSV.line(["a,\u{301}b"]), ExportReport.csvLine(["a,\u{301}b"]), "one quoting for every CSV")
    }

    /// The review tests' corpus in a new directory that `test` removes when done, its document 51-f-2015-1 titled
    /// `title` and reviewed with the note `note`.
    static func corpus(title: String, note: String, for test: XCTestCase) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-csv-\(UUID().uuidString)")
        test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        try ReviewCommandLineTests.makeCorpus(at: dir, withTexts: false)
        let file = dir.appendingPathComponent("documents/51-f-2015-1.json")
        var document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        document["title"] = title
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let add = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", dir.path, "--target", "51-f-2015-1", "--note", note])
        XCTAssertEqual(add.status, 0, add.stderr)
        return dir
    }

    func testListAndReviewListCSVKeepEveryRowToTheHeadersColumns() throws {
        let dir = try Self.corpus(title: Self.title, note: Self.note, for: self)

        for arguments in [["list"], ["review", "list"]] {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", dir.path, "--format", "csv"])
            XCTAssertEqual(out.status, 0, "\(arguments): \(out.stderr)")
            let records = try CSVReader().parse(out.stdout).get()
            XCTAssertGreaterThan(records.count, 1, out.stdout)
            let width = records[0].fields.count
            for record in records {
                XCTAssertEqual(record.fields.count, width, "\(arguments), line \(record.line): \(record.fields.map(\.value))")
            }
            let cells = records.flatMap { $0.fields.map(\.value) }
            XCTAssertTrue(cells.contains(arguments == ["list"] ? Self.title : Self.note), "\(arguments): \(cells)")
        }
    }
}
