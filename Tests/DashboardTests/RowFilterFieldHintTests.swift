import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `f province:川` on the Provinces tab filtered its rows by the word "province:川", 0 rows, and said nothing of why
/// (QA pass 48): field filters are the Documents tab's; other lists say so and filter by words.
final class RowFilterFieldHintTests: XCTestCase {
    func testAFieldOnAnotherListIsSaidToBeTheDocumentsTabs() throws {
        let demo = try DemoFixture.shared()
        let (b, after) = try DemoFixture.run(demo, width: 120, height: 30, keys: [.char("2"), .char("f")] + [Key].type("province:川") + [.enter])
        XCTAssertEqual(after.view.rowFilter, "province:川")
        XCTAssertTrue((after.message ?? "").contains("province: 等字段只在文件页（5）筛选，此处按词"), DemoFixture.status(b))
        // A word alone: no hint.
        let (_, words) = try DemoFixture.run(demo, width: 120, height: 30, keys: [.char("2"), .char("f")] + [Key].type("川") + [.enter])
        XCTAssertFalse((words.message ?? "").contains("字段"), words.message ?? "")
        XCTAssertTrue(FilterSyntax.holdsFieldKey("省份：川 x"))
        XCTAssertFalse(FilterSyntax.holdsFieldKey("10:30"))
    }
}
