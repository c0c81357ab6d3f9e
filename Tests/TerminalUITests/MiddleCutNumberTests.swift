import XCTest
@testable import TerminalUI

/// A long status message is cut in its middle: neither side of the cut may end inside a number, which would read as
/// another number ('…2016〕1…', '…32.md'), as a cell's cut may not (`DisplayWidth.truncate`).
final class MiddleCutNumberTests: XCTestCase {
    func testNoSideOfAMiddleCutSplitsANumber() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["已导出到", "文件", "人社部发〔2016〕133号", "/tmp/reports/summary-98765432.md", "共 12345 条", "，", " "]
        for _ in 0..<500 {
            let text = (0..<(4 + Int.random(in: 0..<6, using: &rng))).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            for width in 25...40 where DisplayWidth.of(text) > width {
                let cut = StatusLine.cutInTheMiddle(text, to: width)
                XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, cut)
                let whole = Set(Self.numbers(in: text))
                for number in Self.numbers(in: cut) {
                    XCTAssertTrue(whole.contains(number), "'\(cut)' (\(width)) shows \(number), no number of '\(text)'")
                }
            }
        }
    }

    /// The runs of digits in `text`.
    static func numbers(in text: String) -> [String] {
        text.split(whereSeparator: { !DisplayWidth.isDigit($0) }).map(String.init)
    }
}
