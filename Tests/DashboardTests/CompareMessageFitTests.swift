import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `c` on the Provinces tab said, at 80 columns, 'nothing to compare: press c …t, or mark one with m first': the
/// status line cut the advice in its middle. The message says it in fewer words, whole at 80 columns.
final class CompareMessageFitTests: XCTestCase {
    func testTheCompareAdviceFitsAt80Columns() throws {
        for language in [Language.english, .chinese] {
            let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: [.char("2"), .char("c")])
            let message = Label.nothingToCompare.text(in: language)
            XCTAssertTrue(DemoFixture.status(b).contains(message), message + DemoFixture.screen(b))
        }
    }
}
