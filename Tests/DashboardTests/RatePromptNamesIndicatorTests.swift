import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 80 columns `r` on a document's indicator line prompted "评价 文件 demo-00004（a 同意 / d 不同意 / u 不确定 + 备注）：",
/// naming no indicator, though the journal recorded one (QA pass 48): the choices are said short before the indicator
/// gives way.
final class RatePromptNamesIndicatorTests: XCTestCase {
    func testADocumentsRatingNamesItsIndicatorAt80Columns() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 80, height: 24)
        state.stack = [.documents, .document("demo-00004")]
        let (b, after) = try DemoFixture.resume(state, keys: [.char("g"), .char("j"), .char("r")])
        guard case .rate(_, let indicator)? = after.prompt?.kind else { return XCTFail("no rating prompt\n" + DemoFixture.screen(b)) }
        let name = ScreenContext(state: after).label(for: .indicator(indicator))
        XCTAssertTrue(DemoFixture.status(b).contains("demo-00004 · " + name), DemoFixture.screen(b))
    }
}
