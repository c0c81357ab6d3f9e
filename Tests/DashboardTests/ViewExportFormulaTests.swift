import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.csv` wrote a title `=HYPERLINK(…)` as it is, a live formula in Excel or WPS; the cell is
/// written after an apostrophe (`ExportReport.csvLine`). The Markdown view is no spreadsheet and keeps the title.
final class ViewExportFormulaTests: XCTestCase {
    func testAFormulaTitleIsWrittenAfterAnApostrophe() throws {
        let title = "=HYPERLINK(\"http://evil\",\"点击\")"
        let demo = try DemoFixture.shared()
        var documents = demo.corpus.documents
        documents[0].title = title
        let corpus = Corpus(directory: demo.corpus.directory, info: demo.corpus.info, taxonomy: demo.corpus.taxonomy,
                            documents: documents, findings: demo.corpus.findings)
        let loaded = DemoFixture.Loaded(corpus: corpus, analysis: demo.analysis)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-view-formula-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["view.csv", "view.md"] {
            let path = dir.appendingPathComponent(name).path
            let (b, _) = try DemoFixture.run(loaded, width: 100, height: 30, keys: [.char("5"), .char("e")] + [Key].type("view " + path) + [.enter])
            let text = try XCTUnwrap(try? String(contentsOfFile: path, encoding: .utf8), DemoFixture.screen(b))
            if name.hasSuffix(".csv") {
                // The demo is synthetic: the title as listed ends in its mark.
                XCTAssertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")"), text)
                XCTAssertFalse(text.contains(",\"=HYPERLINK"), text)
            } else {
                XCTAssertTrue(text.contains("| =HYPERLINK(\"http://evil\",\"点击\")"), text)
            }
        }
    }
}
