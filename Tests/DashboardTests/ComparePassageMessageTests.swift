import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `n` past a comparison's last shared passage said 'no more findings': in a comparison n and N move between the
/// shared passages (docs/keys.md), and the message names them, and which end it is at.
final class ComparePassageMessageTests: XCTestCase {
    func testNPastTheLastPassageSaysNoMorePassages() throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.corpus.documents.lazy.flatMap { demo.analysis.pairs(involving: $0.id) }.first { $0.copies > 0 })
        let count = pair.copies
        for (language, last, first) in [(Language.chinese, "已是最后一段（\(count) / \(count)）", "已是第一段（1 / \(count)）"),
                                        (.english, "already at the last passage (\(count) of \(count))", "already at the first passage (1 of \(count))")] {
            var state = DemoFixture.initialState(demo, width: 100, height: 30, language: language)
            state.stack = [.documents, .compare(pair.source, pair.target)]
            let (_, after) = try DemoFixture.resume(state, keys: Array(repeating: .char("n"), count: count + 2))
            XCTAssertEqual(after.message, last)
            let (_, back) = try DemoFixture.resume(state, keys: Array(repeating: .char("N"), count: 2))
            XCTAssertEqual(back.message, first)
        }
    }
}
