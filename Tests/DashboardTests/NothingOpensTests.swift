import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Enter on a row the cursor rests on and that opens nothing said nothing: on 照搬中央比例's evidence for the demo's
/// demo-00047 (0%), the row '（无：该文件没有此项的依据段落）' was selected, Enter left the status line as it was.
/// It now says why nothing opens, as Enter on an empty cell of a grid does.
final class NothingOpensTests: XCTestCase {
    private func enter(on route: Route, downs: Int, language: Language = .chinese) throws -> TestBackend {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24, language: language)
        state.stack = [.indicators, route]
        return try DemoFixture.resume(state, keys: [Key](repeating: .char("j"), count: downs) + [.enter]).0
    }

    func testEnterOnAnEvidenceRowWithNoPassageSaysWhy() throws {
        let route = Route.evidence(indicator: .copiedFromCentre, subject: .document("demo-00047"))
        let b = try enter(on: route, downs: 1)
        XCTAssertTrue(b.rows.contains { $0.contains("（无：该文件没有此项的依据段落）") }, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("该文件无此项的依据段落可打开"), DemoFixture.screen(b))
        let en = try enter(on: route, downs: 1, language: .english)
        XCTAssertTrue(DemoFixture.status(en).contains("no passage of this document to open"), DemoFixture.screen(en))
    }

    func testEnterOnAToolsEmptyClauseListSaysWhy() throws {
        let b = try enter(on: .toolClauses(tool: "supply-talent", scope: .year(1990)), downs: 0)
        XCTAssertTrue(b.rows.contains { $0.contains("（无条款）") }, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("此处无按该工具编码的条款可打开"), DemoFixture.screen(b))
    }
}
