import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `n` past a comparison's last shared passage said 'no more findings': in a comparison n and N move between the
/// shared passages (docs/keys.md), and the message names them.
final class ComparePassageMessageTests: XCTestCase {
    func testNPastTheLastPassageSaysNoMorePassages() throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.corpus.documents.lazy.flatMap { demo.analysis.pairs(involving: $0.id) }.first { $0.copies > 0 })
        for (language, said) in [(Language.chinese, "没有更多共有段落"), (.english, "no more shared passages")] {
            var state = DemoFixture.initialState(demo, width: 100, height: 30, language: language)
            state.stack = [.documents, .compare(pair.source, pair.target)]
            let (_, after) = try DemoFixture.resume(state, keys: Array(repeating: .char("n"), count: pair.copies + 2))
            XCTAssertEqual(after.message, said)
        }
    }
}
