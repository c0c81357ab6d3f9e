import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The State Council's guiding opinion showed "Copied from the centre 0% (goals 0%, actions 0%)": the share is defined
/// for local documents only, and a central document's is not applicable ("-", as an unknown), never 0%.
final class CentralCentreShareTests: XCTestCase {
    private let open: [Key] = [.char(":")] + [Key].type("demo-00000") + [.enter]

    func testACentralDocumentsShareCopiedFromTheCentreIsNotApplicable() throws {
        let demo = try DemoFixture.shared()
        XCTAssertEqual(demo.corpus.document("demo-00000")?.level, .national)
        for (language, line) in [(Language.english, "Copied from the centre - (a central document: not applicable)"),
                                 (.chinese, "照搬中央 -（中央文件：不适用）")] {
            let (b, state) = try DemoFixture.run(demo, width: 100, height: 30, language: language, keys: open)
            XCTAssertEqual(state.route, .document("demo-00000"))
            let cells = Layout.content(state).rows.compactMap(\.cells.first)
            XCTAssertTrue(cells.contains(line), DemoFixture.screen(b))
            XCTAssertFalse(cells.contains { $0.contains("0%") && ($0.hasPrefix("Copied from the centre") || $0.hasPrefix("照搬中央")) }, DemoFixture.screen(b))
        }
        // A local document keeps its share.
        let (_, local) = try DemoFixture.run(demo, width: 100, height: 30, language: .english, keys: [.char(":")] + [Key].type("demo-00019") + [.enter])
        XCTAssertTrue(Layout.content(local).rows.contains { $0.cells.first?.hasPrefix("Copied from the centre ") == true && $0.cells.first?.contains("%") == true })
    }
}
