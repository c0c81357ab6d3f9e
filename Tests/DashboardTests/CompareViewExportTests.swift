import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.md` on a comparison wrote the left pane alone, a row per screen line cut at half the
/// screen's width, and the header's key ("n / N next / previous passage"). The file now holds both sides: the
/// header without its key, then a passage a row, each side's text whole with its span in the stored text.
final class CompareViewExportTests: XCTestCase {
    private func exported(_ state: AppState, _ format: ViewExport.Format) -> String {
        ViewExport.text(Layout.content(state), title: ScreenContext(state: state).label(for: state.route), format: format)
    }

    func testAComparisonExportsBothSidesWholeWithTheirSpansAndNoKey() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 80, height: 24, language: .english)
        state.stack = [.documents, .compare("demo-00003", "demo-00008")]
        XCTAssertTrue(Layout.content(state).header.contains { $0.text.contains("n / N next") }, "the screen has its key")
        let pair = try XCTUnwrap(demo.analysis.pair("demo-00003", "demo-00008"))
        let left = Array(try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.source)))).unicodeScalars)
        let right = Array(try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.target)))).unicodeScalars)
        XCTAssertFalse(pair.passages.isEmpty)
        for format in [ViewExport.Format.markdown, .csv] {
            let text = exported(state, format)
            XCTAssertFalse(text.contains("n / N"), text)
            XCTAssertTrue(text.contains("Left: demo-00003 上海市"), text)
            XCTAssertTrue(text.contains("Right: demo-00008 安徽省"), text)
            XCTAssertTrue(text.contains("9% of the right text is from the left"), text)
            for passage in pair.passages {
                let a = String(String.UnicodeScalarView(left[passage.source.start..<passage.source.end]))
                let b = String(String.UnicodeScalarView(right[passage.target.start..<passage.target.end]))
                XCTAssertGreaterThan(DisplayWidth.of(a), 80, "a passage wider than the screen")
                let row = format == .markdown
                    ? " | \(passage.source.start)–\(passage.source.end) | \(a) | \(passage.target.start)–\(passage.target.end) | \(b) |"
                    : ",\(passage.source.start)–\(passage.source.end),\(a),\(passage.target.start)–\(passage.target.end),\(b)"
                XCTAssertTrue(text.contains(row), row + "\n" + text)
            }
        }
    }

    /// Two documents the analyst chose that share no passage: both texts, whole.
    func testTwoDocumentsSharingNoPassageExportBothTexts() throws {
        let demo = try DemoFixture.shared()
        let ids = demo.corpus.documents.map(\.id).filter { demo.corpus.document($0)?.hasText == true }
        let unshared = try XCTUnwrap(ids.lazy.flatMap { a in ids.lazy.map { (a, $0) } }.first { $0.0 < $0.1 && demo.analysis.pair($0.0, $0.1) == nil })
        var state = DemoFixture.initialState(demo, width: 80, height: 24, language: .english)
        state.stack = [.documents, .compare(unshared.0, unshared.1)]
        let csv = exported(state, .csv)
        for id in [unshared.0, unshared.1] {
            let text = try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(id))))
            XCTAssertTrue(csv.contains(ExportReport.csvLine([text])), id + "\n" + csv)
        }
    }
}
