import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A title with an emoji ZWJ sequence broke the screen over tmux: the Documents tab at 80x24 showed
/// '…😀👨 co‍…' (the joiner sent after 👨 joined the next letter) and the document's status line
/// '文件 ‍› demo-00004' with a stray U+200D. No cell of any screen holds a joiner; the sequence is drawn as its
/// first emoji, as wide as `DisplayWidth` measures it, and the columns after it stay where they were.
final class JoinerTitleScreenTests: XCTestCase {
    static let title = "ＡＢＣ全角标题＋（测试）e\u{301}\u{301} 😀👨‍👩‍👧 combining"

    /// The fixture with its first document retitled, that document's id and the status line's name for it.
    private func corpus() throws -> (Corpus, String, String) {
        let fixture = try DashboardFixture.corpus()
        var documents = fixture.documents
        documents[0].title = Self.title
        let corpus = Corpus(directory: fixture.directory, info: fixture.info, taxonomy: fixture.taxonomy, documents: documents,
                            findings: fixture.findings)
        return (corpus, documents[0].id, documents[0].number ?? documents[0].id)
    }

    private func assertNoJoiner(_ b: TestBackend, file: StaticString = #filePath, line: UInt = #line) {
        let joiners = b.rows.filter { $0.unicodeScalars.contains { $0.value == 0x200D || $0.value == 0x200C } }
        XCTAssertEqual(joiners, [], DemoFixture.screen(b), file: file, line: line)
    }

    func testTheDocumentsTabTheDocumentAndThePromptDrawNoJoiner() throws {
        let (corpus, id, name) = try corpus()
        for language in [Language.chinese, .english] {
            let (list, _) = try DashboardFixture.run(corpus, width: 80, height: 24, language: language, keys: [.char("5")])
            assertNoJoiner(list)
            let row = try XCTUnwrap(list.rows.first { $0.contains("ＡＢＣ全角标题") }, DemoFixture.screen(list))
            XCTAssertTrue(row.contains("😀👨 co"), row)
            XCTAssertEqual(DisplayWidth.of(row), 80, row)

            let (document, _) = try DashboardFixture.run(corpus, width: 100, height: 30, language: language,
                                                         keys: [.char(":")] + [Key].type(id) + [.enter])
            assertNoJoiner(document)
            XCTAssertTrue(document.rows.contains { $0.contains("😀👨 combining") }, DemoFixture.screen(document))
            XCTAssertTrue(DemoFixture.status(document).contains(" › " + name + " "), DemoFixture.status(document))

            // The prompt's line editor: the typed sequence is drawn as its first emoji, the cursor after it.
            let (prompt, _) = try DashboardFixture.run(corpus, width: 80, height: 24, language: language,
                                                       keys: [.char("/")] + [Key].type("😀👨‍👩‍👧 co"))
            assertNoJoiner(prompt)
            XCTAssertTrue(prompt.rows.contains { $0.contains("😀👨 co") }, DemoFixture.screen(prompt))
        }
    }
}
