import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A filter of the Documents tab that matches nothing widened its columns ('日期         级别 …': the date column at
/// the twelve columns it may need, the number column at its eighteen): the columns stand where they stood with rows.
final class EmptyDocumentListColumnsTests: XCTestCase {
    private func titles(_ filter: DocumentFilter, language: Language) throws -> (line: String, columns: [ScreenContent.Column]) {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 100, height: 30, language: language)
        state.stack = [.documents]
        state.filter = filter
        let (b, final) = try DemoFixture.resume(state, keys: [])
        let title = language == .chinese ? "日期" : "Date"
        let line = try XCTUnwrap(b.rows.first { $0.hasPrefix(title) }, DemoFixture.screen(b))
        return (line, Layout.content(final).columns)
    }

    func testAnEmptyListKeepsTheColumnsOfTheList() throws {
        for language in [Language.chinese, .english] {
            let all = try titles(DocumentFilter(), language: language)
            let none = try titles(DocumentFilter(year: 1999), language: language)
            XCTAssertEqual(none.columns.map(\.width), all.columns.map(\.width))
            XCTAssertEqual(none.line, all.line)
        }
    }
}
