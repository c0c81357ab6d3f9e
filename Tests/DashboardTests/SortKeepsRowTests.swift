import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `s` or `S` on a list put the cursor on its first row: the document the analyst was on was lost in the new order.
final class SortKeepsRowTests: XCTestCase {
    func testSortingKeepsTheSelectedDocument() throws {
        let demo = try DemoFixture.shared()
        let keys: [Key] = [.char("5")] + Array(repeating: .char("j"), count: 9)
        let (_, before) = try DemoFixture.run(demo, width: 100, height: 30, keys: keys)
        let chosen = try XCTUnwrap(Layout.shown(before).content.rows[before.view.selected].target)
        for sortKeys in [[Key.char("s")], [.char("s"), .char("s")], [.char("S")]] {
            let (b, after) = try DemoFixture.resume(before, keys: sortKeys)
            let rows = Layout.shown(after).content.rows
            XCTAssertEqual(rows[after.view.selected].target, chosen, "after \(sortKeys)")
            XCTAssertNotEqual(after.view.selected, 0, "the chosen document is not the first row in every order")
            XCTAssertTrue(DemoFixture.selectedRows(b).count == 1, DemoFixture.screen(b))
        }
    }
}
