import Foundation
import XCTest

/// English `ipap stats` at 80 columns (QA pass 48): AQSIQ's English name (122 columns) padded the "By issuer" table
/// so that every count wrapped. On a terminal the names are cut to its width, each count on its row, and stderr says
/// which tables' names were cut and where they are whole, as `ipap list` says what it leaves out. A pipe keeps them.
final class StatsNameCutTests: XCTestCase {
    func testLongNamesAreCutToTheTerminalAndThatIsSaid() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-stats-cut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = ProcessRunner.repository.appendingPathComponent("data/catalog").path
        let err = root.appendingPathComponent("err").path
        let session = try TmuxSession(width: 80, height: 200, executable: "/bin/sh",
                                      arguments: ["-c", "'\(ProcessRunner.ipap)' stats --corpus '\(catalog)' 2>'\(err)'"],
                                      environment: ["IPAP_LANG": "en"])
        defer { session.close() }
        XCTAssertEqual(session.waitForExit(timeout: 30), 0)
        let rows = session.rows()
        let aqsiq = try XCTUnwrap(rows.first { $0.hasPrefix("aqsiq ") }, rows.joined(separator: "\n"))
        XCTAssertTrue(aqsiq.contains("General Administration of Quality Supervision") && aqsiq.contains("…") && aqsiq.hasSuffix(" 1"), aqsiq)
        XCTAssertEqual(try String(contentsOfFile: err, encoding: .utf8),
                       "(names cut to fit 80 columns: By issuer; --format csv gives them whole)\n")

        let piped = ProcessRunner.run([ProcessRunner.ipap, "stats", "--corpus", catalog], environment: ["IPAP_LANG": "en"])
        XCTAssertTrue(piped.stdout.contains("(until 2018; functions moved to SAMR and Customs)"), "whole in a pipe")
        XCTAssertFalse(piped.stderr.contains("names cut"), piped.stderr)
    }
}
