import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document's row in every list says when it is synthetic, once: the suffix is added only to a synthetic
/// document whose title does not say so already.
final class DocumentRowTests: XCTestCase {
    func testTheSyntheticSuffixIsAddedOnlyWhereTheTitleDoesNotSayIt() throws {
        let state = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 120, height: 30))
        let context = ScreenContext(state: state)
        func title(_ text: String, synthetic: Bool) -> String? {
            context.documentRow(PolicyDocument(id: "x", title: text, level: .provincial, synthetic: synthetic)).cells.last
        }
        XCTAssertEqual(title("河北省“互联网+”行动实施方案", synthetic: true), "河北省“互联网+”行动实施方案（合成）")
        XCTAssertEqual(title("河北省“互联网+”行动实施方案（合成示例）", synthetic: true), "河北省“互联网+”行动实施方案（合成示例）")
        XCTAssertEqual(title("合成材料产业“互联网+”方案", synthetic: true), "合成材料产业“互联网+”方案")
        XCTAssertEqual(title("河北省“互联网+”行动实施方案", synthetic: false), "河北省“互联网+”行动实施方案")
        // Bytes of 合 and 成 apart, or one of them alone, are not the word.
        XCTAssertEqual(title("合作成效", synthetic: true), "合作成效（合成）")
        XCTAssertEqual(title("合", synthetic: true), "合（合成）")
        XCTAssertEqual(title("", synthetic: true), "（合成）")
    }
}
