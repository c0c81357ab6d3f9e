import XCTest
@testable import TerminalUI

/// A title holding an escape sequence, shown harmless ('␛[31m'), cut on screen read '…evil␛[31m红␛[0m…]]': the `[`
/// of each sequence was taken for an opening bracket and closed after the ellipsis. Brackets of a shown escape
/// sequence open nothing; a real bracket cut open is still closed ('…深化“互联网+先…”').
final class ControlSequenceBracketTests: XCTestCase {
    func testBracketsOfAShownEscapeSequenceAreNotClosed() {
        let title = Sanitizer.sanitize("四川省关于测试evil\u{1b}[31m红\u{1b}[0m色的很长很长的标题")
        XCTAssertEqual(title, "四川省关于测试evil␛[31m红␛[0m色的很长很长的标题")
        let cut = DisplayWidth.truncate(title, to: 40)
        XCTAssertEqual(cut, "四川省关于测试evil␛[31m红␛[0m色的很长很…")
        XCTAssertFalse(cut.hasSuffix("]"), cut)
        // An operating-system command's `]` closes nothing either, and the raw escape reads the same.
        XCTAssertEqual(DisplayWidth.truncate("标题（␛]0;owned␇清屏很长很长很长", to: 22), "标题（␛]0;owned␇清…）")
        XCTAssertEqual(DisplayWidth.truncate("标题\u{1b}[2J很长很长很长很长", to: 14), "标题\u{1b}[2J很长…")
        // From the front: no opener put back for the sequence's bracket.
        XCTAssertEqual(DisplayWidth.truncateHead("很长很长很长很长的标题␛[31m红", to: 16), "…长的标题␛[31m红")
    }

    func testARealBracketCutOpenIsStillClosed() {
        XCTAssertEqual(DisplayWidth.truncate("工业和信息化部关于深化“互联网+先进制造业”发展工业互联网的指导意见", to: 36),
                       "工业和信息化部关于深化“互联网+先进…”")
    }
}
