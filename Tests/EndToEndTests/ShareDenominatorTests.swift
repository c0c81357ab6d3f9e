import Foundation
import XCTest

/// `ipap analyze` gave each document's length beside its copied share, which is counted in content characters: the
/// quoted spans of a document of 3,686 characters added up to 31% where the share read 32% (of 3,342 content
/// characters). The table gives the content characters, the CSV both, and a note says what the shares count.
final class ShareDenominatorTests: XCTestCase {
    private var corpus: URL?

    override func tearDown() {
        if let corpus { try? FileManager.default.removeItem(at: corpus) }
    }

    func testAnalyzeGivesTheSharesDenominator() throws {
        let dir = try EvidencePathEndToEndTests.demoCopy()
        corpus = dir
        let csv = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", dir.path, "--format", "csv"], environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.first)
        let id = try XCTUnwrap(header.firstIndex(of: "id")), length = try XCTUnwrap(header.firstIndex(of: "length"))
        let content = try XCTUnwrap(header.firstIndex(of: "content_length"))
        var contentOf: [String: String] = [:]
        for row in lines.dropFirst() where row.count == header.count {
            XCTAssertLessThan(try XCTUnwrap(Int(row[content])), try XCTUnwrap(Int(row[length])), "punctuation is not counted: \(row)")
            contentOf[row[id]] = row[content]
        }
        XCTAssertFalse(contentOf.isEmpty)
        let table = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", dir.path], environment: ["IPAP_LANG": "en", "COLUMNS": "200"])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("Content: letters, digits and ideographs"), table.stdout)
        var checked = 0
        // The documents' table, before the strongest pairs' (whose rows start with ids too).
        for line in table.stdout.components(separatedBy: "Strongest reuse")[0].split(separator: "\n") {
            let cells = line.split(separator: " ").map(String.init)
            guard let first = cells.first, let expected = contentOf[first] else { continue }
            XCTAssertTrue(cells.contains(expected), "\(line) should give \(expected) content characters")
            checked += 1
        }
        XCTAssertEqual(checked, contentOf.count)
    }
}
