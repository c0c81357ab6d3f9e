import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.md` on a document wrote `# 国发〔2015〕5号`, then the columns of its "Implements" list as the
/// header of the whole file, every metadata line a one-cell row under them; the title was nowhere, and the text's
/// heading kept its key hint ("Text (] [ jump …)") and its lines their gutters (`需┊`). The file starts with the
/// title and the metadata; only the list of documents is a table under those columns; no key, no gutter.
final class DocumentViewExportTests: XCTestCase {
    private func exported(_ state: AppState, _ format: ViewExport.Format) -> String {
        ViewExport.text(Layout.content(state), title: ScreenContext(state: state).label(for: state.route), format: format)
    }

    func testADocumentExportsItsTitleAndMetadataAndItsListUnderItsOwnColumns() throws {
        var state = AppState(corpus: try DashboardFixture.corpus(), language: .english, size: Size(width: 80, height: 24))
        state.stack = [.documents, .document("51-fbf-2018-86")]
        let markdown = exported(state, .markdown).components(separatedBy: "\n")
        XCTAssertEqual(Array(markdown.prefix(7)), [
            "# 川办发〔2018〕86号", "",
            "四川省人民政府办公厅关于促进“互联网+医疗健康”发展的实施意见", "",
            "川办发〔2018〕86号  Provincial  Sichuan  General office of a provincial government", "",
            "## Metadata",
        ], markdown.joined(separator: "\n"))
        XCTAssertTrue(markdown.contains { $0.hasPrefix("Written 2018 (from number)   Published 2018-11-21") }, markdown.joined(separator: "\n"))
        // The one table: the implemented document, under its heading and the document columns.
        let tables = markdown.indices.filter { markdown[$0] == "| Date | Lvl | Where/who | Number | Title |" }
        XCTAssertEqual(tables.count, 1, markdown.joined(separator: "\n"))
        let heading = try XCTUnwrap(tables.first).advanced(by: -2)
        XCTAssertEqual(markdown[heading], "## Implements (1)")
        XCTAssertTrue(markdown[heading + 4].hasPrefix("| 2015-07-04 | Nat | SC | 国发〔2015〕40号 |"), markdown[heading + 4])
        XCTAssertFalse(markdown.contains { $0.hasPrefix("| Written") }, "no line of the page as a table row")

        let csv = exported(state, .csv).components(separatedBy: "\n")
        XCTAssertEqual(Array(csv.prefix(3)), ["川办发〔2018〕86号,,,,", "四川省人民政府办公厅关于促进“互联网+医疗健康”发展的实施意见,,,,",
                                              "川办发〔2018〕86号  Provincial  Sichuan  General office of a provincial government,,,,"])
        XCTAssertEqual(csv.filter { $0 == "Date,Lvl,Where/who,Number,Title" }.count, 1)
    }

    func testAnAnalysedDocumentExportsNeitherKeyHintsNorGutters() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24)
        state.stack = [.documents, .document("demo-00019")]
        let content = Layout.content(state)
        XCTAssertTrue(content.rows.contains { $0.cells.first?.contains("┊") == true }, "the screen has its gutter")
        XCTAssertTrue(content.rows.contains { $0.cells.first?.contains("跳到下一个") == true }, "and its key hint")
        for format in [ViewExport.Format.markdown, .csv] {
            let text = exported(state, format)
            XCTAssertFalse(text.contains("┊"), text)
            XCTAssertFalse(text.contains("跳到下一个"), text)
            XCTAssertTrue(text.contains(format == .markdown ? "\n## 全文\n" : "\n全文,"), text)
            XCTAssertTrue(text.contains("广东省关于“互联网"), "the title")
        }
    }
}
