import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map (7) and the tools matrix (8) show "/ search" in their hints, but `/` searched list rows,
/// which a grid has none of: every search there ended "not found".
final class GridSearchTests: XCTestCase {
    private func search(tab: Character, for query: String, language: Language) throws -> TestBackend {
        let keys: [Key] = [.char(tab), .char("/")] + [Key].type(query) + [.enter]
        return try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys).0
    }

    /// Demo, 80x24, 7, "/Hunan": " Similarity  not found: Hunan … 1/23×9/23". Now the cursor is on Hunan's
    /// row (13 of 23), the column kept; "湖南" in Chinese alike.
    func testTheHeatMapFindsAProvincesRow() throws {
        for (language, query) in [(Language.english, "Hunan"), (.chinese, "湖南")] {
            let b = try search(tab: "7", for: query, language: language)
            let status = DemoFixture.status(b)
            XCTAssertTrue(status.contains("13/23×9/23"), DemoFixture.screen(b))
            XCTAssertFalse(status.contains(language == .english ? "not found" : "未找到"), status)
        }
    }

    /// Demo, 80x24, 8, "/Funding": " Tools  not found: Funding". Now row 2 of 24, S Funding.
    func testTheToolsMatrixFindsAToolsRow() throws {
        let b = try search(tab: "8", for: "funding", language: .english)
        XCTAssertTrue(DemoFixture.status(b).contains("2/24×1/12"), DemoFixture.screen(b))
    }
}
