import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Below 120 columns a document's indicator panel stands as rows above its metadata, one row a line, cut where a
/// line was longer: at 60 columns 'Goal orientation diffusion-oriented (mission clauses 0,…)'. The lines wrap there
/// as they do in the panel.
final class NarrowPanelWrapTests: XCTestCase {
    func testThePanelsLinesWrapWhereTheyStandAsRows() throws {
        let demo = try DemoFixture.shared()
        for width in [60, 80] {
            var state = DemoFixture.initialState(demo, width: width, height: 40, language: .english)
            state = Dashboard.update(state, .journalsChanged(DemoFixture.oneTag)).0
            state.stack = [.documents, .document("demo-00019")]
            let (b, _) = try DemoFixture.resume(state, keys: [])
            let shown = b.rows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(shown.contains("Goal orientation diffusion-oriented (mission clauses 0, diffusion 13)"), DemoFixture.screen(b))
            XCTAssertFalse(b.rows.contains { $0.contains("…)") }, DemoFixture.screen(b))
        }
    }
}
