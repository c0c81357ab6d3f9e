import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Text that does not fit where it is drawn, as an analyst saw it on the demo corpus: a document's metadata
/// wrapped to the whole screen and then hidden under the indicator panel (words lost, no mark), and one-line
/// rows (the shared-text list) cut at the edge in mid-word with nothing to say so.
final class CutTextScreenTests: XCTestCase {
    /// The main pane of each row: left of the indicator panel's rule when there is one.
    private func mainPane(_ b: TestBackend, panelAt column: Int?) -> [String] {
        b.rows.map { row in
            guard let column else { return row }
            var out = "", used = 0
            for ch in row {
                let w = DisplayWidth.of(String(ch))
                if used + w > column { break }
                out.append(ch)
                used += w
            }
            return out
        }
    }

    func testADocumentsMetadataWrapsBesideTheIndicatorPanel() throws {
        let demo = try DemoFixture.shared()
        let d = try XCTUnwrap(demo.corpus.documents.first { (demo.analysis.textAreas[$0.id]?.count ?? 0) >= 8 }, "a document coded to many areas")
        for (w, h) in [(120, 40), (200, 60)] {
            let (b, _) = try DemoFixture.run(demo, width: w, height: h, language: .english, keys: [.char(":")] + [Key].type(d.id) + [.enter])
            let panel = w - Layout.panelWidth
            XCTAssertTrue(b.rows.contains { DisplayWidth.of(String($0.prefix { $0 != "│" })) == panel }, "the panel's rule" + DemoFixture.screen(b))
            let pane = mainPane(b, panelAt: panel).joined(separator: " ")
                .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            let coded = demo.corpus.taxonomy.areas.filter { demo.analysis.textAreas[d.id]?.contains($0.id) ?? false }
            for area in coded {
                XCTAssertTrue(pane.contains(area.en), "\(area.en) read whole left of the panel at \(w)x\(h)" + DemoFixture.screen(b))
            }
        }
    }

    func testAOneLineRowCutAtTheEdgeEndsInAnEllipsis() throws {
        let demo = try DemoFixture.shared()
        // A document with shared text: its list rows carry the other document's title and run past 80 columns.
        let d = try XCTUnwrap(demo.analysis.result.reuse.first?.target)
        let (b, _) = try DemoFixture.run(demo, width: 80, height: 24, language: .english, keys: [.char(":")] + [Key].type(d) + [.enter, .char("]")])
        let listed = b.rows.filter { $0.hasPrefix(" ← from ") || $0.hasPrefix(" → used by ") }
        XCTAssertFalse(listed.isEmpty, DemoFixture.screen(b))
        var cut = 0
        for row in listed where DisplayWidth.of(row.trimmingCharacters(in: .whitespaces)) >= 78 {
            XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "a row cut at the edge says so: \(row)")
            cut += 1
        }
        XCTAssertGreaterThan(cut, 0, "a row that reaches the edge" + DemoFixture.screen(b))
    }
}
