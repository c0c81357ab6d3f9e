import Foundation
import XCTest

/// `ipap analyze --format csv` writes an unknown value as an empty cell, never as 0.
final class AnalyzeTableUnknownTests: XCTestCase {
    /// A document with no clause coded to any policy-tool class has no tool shares: the three columns are empty.
    /// They read 0.000, 0.000, 0.000, as if it had tools and none of them were supply, environment or demand.
    func testToolSharesOfADocumentWithoutToolClausesAreUnknown() throws {
        let dir = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("documents/demo-00001.json")
        var document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        document["text"] = "一、总体要求\n本意见自印发之日起施行。\n"
        try JSONSerialization.data(withJSONObject: document).write(to: file)

        let out = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", dir.path, "--format", "csv"])
        XCTAssertEqual(out.status, 0, out.stderr)
        let lines = out.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.first)
        let columns = try ["supply", "environment", "demand"].map { try XCTUnwrap(header.firstIndex(of: $0)) }
        let bare = try XCTUnwrap(lines.first { $0.first == "demo-00001" })
        XCTAssertEqual(columns.map { bare[$0] }, ["", "", ""], "\(bare)")
        // A document with tool clauses still has its three shares, 0.000 where a class has none.
        let other = try XCTUnwrap(lines.first { $0.first == "demo-00002" })
        XCTAssertTrue(columns.allSatisfy { Double(other[$0]) != nil }, "\(other)")
    }
}
