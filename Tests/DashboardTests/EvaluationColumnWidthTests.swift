import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The 有评估 (w/Eval; 评估 and Eval before session 45, beside the indicator list's 评估条款, a mean count) column of the provinces, issuers and areas read 'documents with an evaluation clause / documents
/// analysed' in 5 columns: at 10,000 documents (the formula-style benchmark corpus, 80x24) a province read '271/…'
/// and an area '2082…', the count and what it is out of both gone. It is now the share, as the vague-measures
/// column beside it ('100%' at most, 4 columns).
final class EvaluationColumnWidthTests: XCTestCase {
    func testEveryIndicatorCellFitsItsColumnForALargeGroup() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            let context = ScreenContext(state: DemoFixture.initialState(demo, width: 80, height: 24, language: language))
            let set = try XCTUnwrap(context.indicatorColumns(includeCentre: true))
            // A group of 144 analysed documents (the demo's 48, three times): as large as a province's at 10,000.
            let group = Array(repeating: demo.corpus.documents, count: 3).flatMap { $0 }
            let cells = set.cells(group).cells
            XCTAssertEqual(cells.count, set.columns.count)
            for (column, cell) in zip(set.columns, cells) {
                let width = try XCTUnwrap(column.width)
                XCTAssertLessThanOrEqual(DisplayWidth.of(cell), width, "\(column.title): '\(cell)'")
            }
        }
    }

    /// On the screen: 天津's two documents both have an evaluation clause (it read '2/2').
    func testTheProvincesTableShowsTheShare() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, keys: [.char("2")])
        let tianjin = try XCTUnwrap(b.rows.first { $0.hasPrefix("天津") }, DemoFixture.screen(b))
        XCTAssertTrue(tianjin.contains(" 87%   100% "), tianjin)
    }
}
