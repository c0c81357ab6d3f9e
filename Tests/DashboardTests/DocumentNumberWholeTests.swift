import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: at 80 columns the document list cut numbers (`工信部信软…`, `苏政办发〔2016〕…`), what analysts search
/// by. The number column is as wide as the longest number listed, up to the longest known (24 columns).
final class DocumentNumberWholeTests: XCTestCase {
    func testEveryNumberOnTheDocumentListIsWholeAt80Columns() throws {
        let catalog = try DashboardFixture.catalogue()
        let numbers = catalog.documents.compactMap(\.number).filter { DisplayWidth.of($0) <= 24 }
        XCTAssertTrue(numbers.contains { DisplayWidth.of($0) > 18 }, "numbers wider than the column was")
        // Tall enough for every document's row at once.
        let height = min(1000, catalog.documents.count + 10)
        for language in [Language.chinese, .english] {
            let (b, _) = try DashboardFixture.run(catalog, width: 80, height: height, language: language, keys: [.char("5")])
            let onScreen = b.rows.joined(separator: "\n")
            let cut = numbers.filter { !onScreen.contains($0) }
            XCTAssertEqual(cut, [], "numbers cut at 80 columns in \(language)")
        }
    }
}
