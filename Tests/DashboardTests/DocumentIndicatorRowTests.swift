import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Below 120 columns a document's own indicators stand as rows above its metadata ('措施 86，空泛 74…'), rows the
/// cursor stops on, but Enter opened nothing from them: the passages behind the value were only reachable through
/// tab 6, the indicator, then this document in its list. Each row of a single indicator opens its evidence for this
/// document, as the Indicators tab's document rows do (governance, five topics in one line, opens nothing).
final class DocumentIndicatorRowTests: XCTestCase {
    private let open: [Key] = [.char(":")] + [Key].type("demo-00019") + [.enter]

    func testAnIndicatorRowOfADocumentOpensItsEvidence() throws {
        for (language, size, prefix, open) in [(Language.chinese, (80, 24), "措施 ", "⏎ 打开"), (.english, (100, 30), "Measures ", "⏎ open")] {
            let demo = try DemoFixture.shared()
            let (_, start) = try DemoFixture.run(demo, width: size.0, height: size.1, language: language, keys: self.open)
            XCTAssertEqual(start.route, .document("demo-00019"))
            let rows = Layout.content(start).rows
            let measures = try XCTUnwrap(rows.firstIndex { $0.cells.first?.hasPrefix(prefix) == true }, "the measures row")
            let moves = rows.indices.filter { $0 > start.view.selected && $0 <= measures && rows[$0].isSelectable }.count
            let (on, _) = try DemoFixture.resume(start, keys: Array(repeating: .char("j"), count: moves))
            XCTAssertTrue(DemoFixture.status(on).contains(open), DemoFixture.screen(on))
            let (_, opened) = try DemoFixture.resume(start, keys: Array(repeating: .char("j"), count: moves) + [.enter])
            XCTAssertEqual(opened.route, .evidence(indicator: .vagueMeasures, subject: .document("demo-00019")))
        }
    }

    /// Each line and what it opens, at 80 columns.
    func testEachLineOpensItsOwnIndicator() throws {
        let (_, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .chinese, keys: open)
        let targets = Layout.content(state).rows.prefix(10).map { row -> String in
            guard case .evidence(let indicator, _)? = row.target else { return "-" }
            return indicator.rawValue
        }
        XCTAssertEqual(targets, ["-", "copied-from-centre", "nearest-province", "distinctiveness", "vague-measures", "evaluation-clauses",
                                 "-", "tool-shares", "goal-orientation", "-"])
    }
}
