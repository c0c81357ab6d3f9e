import Foundation
import PolicyModel
import SafeText
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.md` wrote each screen line of a wrapped paragraph as a paragraph of its own: a cited
/// finding on Beijing's page at 80 columns became four paragraphs ('• By June 2020 the authors had gathered, from
/// government websites and the', '  Bailu policy database, …'), a document's paragraph one per line of the screen.
/// A paragraph wrapped over several lines is one paragraph again (one CSV row), joined where the wrap broke it:
/// at the space it dropped, or with nothing between Chinese characters.
final class ViewExportParagraphTests: XCTestCase {
    private func exported(_ state: AppState, _ format: ViewExport.Format) -> [String] {
        ViewExport.text(Layout.content(state), title: ScreenContext(state: state).label(for: state.route), format: format)
            .components(separatedBy: "\n")
    }

    func testAWrappedFindingIsOneParagraph() throws {
        let catalog = try DashboardFixture.catalogue()
        for language in [Language.english, .chinese] {
            var state = AppState(corpus: catalog, language: language, size: Size(width: 80, height: 24))
            state.stack = [.provinces, .province("110000")]
            let findings = catalog.findings(about: .province, "110000")
            XCTAssertEqual(findings.count, 3)
            let rows = Layout.content(state).rows
            XCTAssertGreaterThan(rows.count(where: { $0.kind == .text && $0.cells.first?.hasPrefix("  ") == true }), 3, "the findings are wrapped on screen")
            let markdown = exported(state, .markdown)
            let csv = exported(state, .csv)
            for f in findings {
                let text = language == .english ? f.en : f.zh
                let paragraph = try XCTUnwrap(markdown.first { $0.hasPrefix("• " + MarkdownText.inline(String(text.prefix(20)))) }, markdown.joined(separator: "\n"))
                XCTAssertTrue(paragraph.contains(MarkdownText.inline(text) + "  〔"), paragraph)
                XCTAssertTrue(paragraph.hasSuffix("〕"), paragraph)
                XCTAssertEqual(csv.filter { $0.contains(String(text.prefix(20))) }.count, 1, csv.joined(separator: "\n"))
            }
            // No line of the file is a finding's wrapped rest.
            XCTAssertFalse(markdown.contains { $0.hasPrefix("  ") }, markdown.joined(separator: "\n"))
        }
    }

    func testADocumentsWrappedParagraphIsOneParagraph() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24)
        state.stack = [.documents, .document("demo-00019")]
        let text = try XCTUnwrap(state.corpus.text(of: try XCTUnwrap(state.corpus.document("demo-00019"))))
        // Paragraphs longer than a line of the screen.
        let long = text.components(separatedBy: "\n").filter { DisplayWidth.of($0) > 100 }
        XCTAssertGreaterThan(long.count, 3)
        let markdown = exported(state, .markdown)
        for paragraph in long {
            XCTAssertTrue(markdown.contains(MarkdownText.line(paragraph)), paragraph + "\n\n" + markdown.joined(separator: "\n"))
        }
    }

    /// The key help wraps a long help under itself: one row of the table again, key and help.
    func testAWrappedHelpIsOneTableRow() throws {
        var state = AppState(corpus: try DashboardFixture.catalogue(), language: .english, size: Size(width: 80, height: 24))
        state.stack = [.help]
        let help = try XCTUnwrap(KeyMap.bindings.first { $0.label == "f" }).help.en
        XCTAssertGreaterThan(DisplayWidth.of(help), 80 - HelpScreen.keyWidth - 2)
        let markdown = exported(state, .markdown)
        XCTAssertTrue(markdown.contains("| f | " + MarkdownText.cell(help) + " |"), markdown.joined(separator: "\n"))
        XCTAssertFalse(markdown.contains { $0.hasPrefix("|  | ") }, markdown.joined(separator: "\n"))
    }
}
