import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import ipap

/// `ipap findings` on an 80-column terminal cut each finding's reason and evidence to some 30 columns ('the
/// corpus has no text analys…', '国发〔2015〕40号 has no text;…'): the verdict's why was lost. The last column
/// wraps under itself; in a pipe, one line per finding as before.
final class FindingsTableWidthTests: XCTestCase {
    func testReasonsWrapUnderThemselvesOnANarrowTerminal() throws {
        let corpus = try BundledCorpus.load("catalog")
        let checks = try ReviewFindings.check(corpus, findings: try ReviewFindings.findings(for: corpus), summary: nil)
        let piped = FindingsCommand.table(checks, corpus: corpus, width: nil)
        let squeezed = { (s: String) in s.filter { !$0.isWhitespace } }
        let out = FindingsCommand.table(checks, corpus: corpus, width: 80)
        let lines = out.components(separatedBy: "\n")
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line) }
        XCTAssertFalse(out.contains("…") && !piped.contains("…"), "nothing cut" + out)
        // Read without the breaks, the text is the table's.
        XCTAssertEqual(squeezed(out), squeezed(piped))
        // A continuation stands under the reason's column, not under the finding's id.
        let column = try XCTUnwrap(lines[0].range(of: "reason").map { DisplayWidth.of(String(lines[0][..<$0.lowerBound])) })
        let continued = lines.dropFirst().filter { $0.hasPrefix(" ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertFalse(continued.isEmpty, out)
        for line in continued { XCTAssertEqual(line.prefix { $0 == " " }.count, column, line) }
    }
}
