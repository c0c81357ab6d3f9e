import Foundation
import XCTest

/// `ipap findings` on the demo ended its summary with "not testable 13 (the corpus cites none: the bundled
/// catalogue's findings were checked)": a note about the whole run read as the reason of the last count. The
/// note stands on a line of its own, in both languages; the JSON, which has no summary, is as it was.
final class FindingsRunNoteTests: XCTestCase {
    private func findings(_ arguments: [String], language: String) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap, "findings"] + arguments, environment: ["IPAP_LANG": language])
    }

    func testTheCataloguesFindingsNoteStandsOnItsOwnLine() throws {
        let demo = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-findings-note-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: demo) }
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        let expected = [
            ("en", "29 findings: reproduced ", "The corpus cites none of the review's findings: the bundled catalogue's findings were checked"),
            ("zh", "29 条结论：可复现 ", "语料未引用综述结论：核验的是内置目录中的综述结论"),
        ]
        for (language, counts, note) in expected {
            let out = findings(["--corpus", demo.path], language: language)
            XCTAssertEqual(out.status, 0, out.stderr)
            let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            XCTAssertEqual(lines.suffix(2).first?.hasPrefix(counts), true, out.stdout)
            // The counts line ends with the last count, nothing beside it.
            XCTAssertEqual(lines.suffix(2).first?.last?.isNumber, true, out.stdout)
            XCTAssertEqual(lines.last, note)
        }
        // The catalogue cites its findings: the counts are the last line.
        let catalogue = findings([], language: "en")
        XCTAssertEqual(catalogue.status, 0, catalogue.stderr)
        XCTAssertEqual(catalogue.stdout.split(separator: "\n").last?.hasPrefix("29 findings: reproduced "), true, catalogue.stdout)
        // The JSON carries no summary: the same two members as before.
        let json = findings(["--corpus", demo.path, "--format", "json"], language: "en")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["synthetic", "findings"])
    }
}
