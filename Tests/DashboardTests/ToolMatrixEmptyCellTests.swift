import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Enter on a '·' of the policy-tools matrix (no clause coded that tool in that column) said 'empty cell'
/// ('此格为空'); it now says which tool and which column have no clause, and the Total of a tool no clause has, that
/// tool alone. In the demo, 人才培养 (Talent development) has no clause in 协同制造, one column right of the first.
final class ToolMatrixEmptyCellTests: XCTestCase {
    func testEnterOnADotNamesTheToolAndTheColumn() throws {
        for (language, said) in [(Language.chinese, "协同制造没有编码为“人才培养”的条款"),
                                 (.english, "no clause coded Talent development in Collaborative manufacturing")] {
            let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: language,
                                                 keys: [.char("8"), .char("l"), .enter])
            XCTAssertEqual(state.route, .tools)
            XCTAssertEqual(state.message, said, DemoFixture.screen(b))
            XCTAssertTrue(DemoFixture.status(b).contains(said), DemoFixture.status(b))
        }
    }

    /// 金融支持 (Financial support, the eighth row) has no clause at all: its Total says so, without a column.
    func testEnterOnAZeroTotalNamesTheToolAlone() throws {
        let keys: [Key] = [.char("8")] + Array(repeating: .down, count: 7) + Array(repeating: .right, count: 11) + [.enter]
        let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 200, height: 60, language: .chinese, keys: keys)
        XCTAssertEqual(state.message, "没有编码为“金融支持”的条款", DemoFixture.screen(b))
    }
}
