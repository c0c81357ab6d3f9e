import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Chinese findings screen read '用到的工具类：supply、environment、demand': the classes by their ids. They are
/// named as the taxonomy names them, in the interface's language.
final class FindingToolClassNamesTests: XCTestCase {
    func testToolClassesAreNamedInTheInterfacesLanguage() throws {
        let demo = try DemoFixture.shared()
        for (language, said, id) in [(Language.chinese, "用到的工具类：供给型", "supply"), (.english, "tool classes used: Supply-side", "supply")] {
            var state = DemoFixture.initialState(demo, width: 200, height: 60, language: language)
            state.stack = [.overview, .findings]
            let text = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }.joined(separator: "\n")
            XCTAssertTrue(text.contains(said), text)
            XCTAssertFalse(text.contains("：" + id) || text.contains(": " + id), text)
        }
    }
}
