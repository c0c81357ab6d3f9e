import PolicyModel
import XCTest
@testable import Dashboard

/// A province whose documents' titles name no action area (Tianjin: none in the catalogue) read '标题所涉领域 0 · · · ·'
/// on its page and '标题所涉领域  0 -' in `ipap show`: none, said two ways, neither plainly. Both say '0（无）'.
final class TitleAreasNoneTests: XCTestCase {
    func testAProvincePageSaysNoAreaPlainly() throws {
        let catalogue = try DashboardFixture.catalogue()
        for (language, line) in [(Language.chinese, "标题所涉领域 0（无）"), (.english, "Areas in titles 0 (none)")] {
            let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 30, language: language, keys: [.char(":")] + .type("天津") + [.enter])
            let row = try XCTUnwrap(b.rows.first { $0.contains(language == .chinese ? "标题所涉领域" : "Areas in titles") }, b.rows.joined(separator: "\n"))
            XCTAssertEqual(row.trimmingCharacters(in: .whitespaces), line)
        }
        // Some areas: the count, then the line of them.
        let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 30, language: .chinese, keys: [.char(":")] + .type("四川") + [.enter])
        XCTAssertTrue(b.rows.contains { $0.contains("标题所涉领域 2  ") && $0.contains(" · ") }, b.rows.joined(separator: "\n"))
    }
}
