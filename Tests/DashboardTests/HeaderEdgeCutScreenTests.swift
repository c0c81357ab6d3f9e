import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Provinces tab at 40x10 showed the header '最相似省' for 最相似省份, cut at the screen's edge without the
/// ellipsis a cut cell has, so that it read as a whole title. A title cut at the edge ends in "…".
final class HeaderEdgeCutScreenTests: XCTestCase {
    func testAHeaderCutAtTheScreensEdgeEndsInAnEllipsis() throws {
        let demo = try DemoFixture.shared()
        let (b, _) = try DemoFixture.run(demo, width: 40, height: 10, keys: [.char("2")])
        let header = try XCTUnwrap(b.rows.first { $0.hasPrefix("省份") }, DemoFixture.screen(b))
        XCTAssertTrue(header.trimmingCharacters(in: .whitespaces).hasSuffix(" 最相似省…"), header)
        // Every title of the line is whole or ends in its ellipsis.
        let titles = ["省份", "文件", "滞后天", "照搬中央", "最相似省份"]
        for word in header.split(separator: " ").map(String.init) {
            XCTAssertTrue(titles.contains(word) || (word.hasSuffix("…") && titles.contains { $0.hasPrefix(word.dropLast()) }), header)
        }
    }
}
