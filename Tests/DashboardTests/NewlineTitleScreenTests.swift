import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A line break in a title reached the document page as a real one (QA pass 48): the title was drawn over two rows,
/// where the Documents tab and `ipap list` show it as ␊. The header and the cataloguer's notes pass the one
/// sanitiser before they are wrapped.
final class NewlineTitleScreenTests: XCTestCase {
    private func corpus() throws -> (Corpus, String) {
        let fixture = try DashboardFixture.corpus()
        var documents = fixture.documents
        documents[0].title = "第一行标题\n第二行标题"
        documents[0].number = "川府发〔2016〕|1号"
        documents[0].note = "说明上\n说明下"
        let corpus = Corpus(directory: fixture.directory, info: fixture.info, taxonomy: fixture.taxonomy, documents: documents,
                            findings: fixture.findings)
        return (corpus, documents[0].id)
    }

    func testTheDocumentPageShowsALineBreakAsAPicture() throws {
        let (corpus, id) = try corpus()
        for (width, height) in [(80, 24), (200, 60)] {
            let (page, _) = try DashboardFixture.run(corpus, width: width, height: height, keys: [.char(":")] + [Key].type(id) + [.enter])
            let screen = DemoFixture.screen(page)
            XCTAssertTrue(page.rows.contains { $0.contains("第一行标题␊第二行标题") }, screen)
            XCTAssertFalse(page.rows.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("第二行标题") }, screen)
            XCTAssertFalse(page.rows.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("说明下") }, screen)
            if height == 60 { XCTAssertTrue(page.rows.contains { $0.contains("说明上␊说明下") }, screen) }
        }
    }
}
