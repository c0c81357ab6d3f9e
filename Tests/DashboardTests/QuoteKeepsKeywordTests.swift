import TerminalUI
import XCTest
@testable import Dashboard

/// At 80 columns the Tools tab's drill-down quoted a clause coded 人才培养 and cut it before 人才培训, the words that
/// coded it (QA pass 48): the quote starts later, "…" first, so that they stay in view.
final class QuoteKeepsKeywordTests: XCTestCase {
    let clause = "依托集约家居交易机制，推动交通创新主体在现代教育交易联盟开展人才培训。"

    func testTheKeywordPastTheRoomIsKeptInView() {
        let kept = ScreenContext.keepingInView(["人才培训"], of: clause, room: 40)
        XCTAssertTrue(kept.hasPrefix("…"), kept)
        XCTAssertTrue(DisplayWidth.truncate(kept, to: 40).contains("人才培训"), kept)
        XCTAssertTrue(clause.hasSuffix(String(kept.dropFirst())), kept)
    }

    func testAQuoteThatFitsOrShowsItsKeywordIsLeftAsItIs() {
        XCTAssertEqual(ScreenContext.keepingInView(["人才培训"], of: clause, room: 80), clause)
        XCTAssertEqual(ScreenContext.keepingInView(["依托"], of: clause, room: 20), clause)
        XCTAssertEqual(ScreenContext.keepingInView([], of: clause, room: 20), clause)
        XCTAssertEqual(ScreenContext.keepingInView(["没有的词"], of: clause, room: 20), clause)
    }

    /// The earliest of several keywords decides: the quote starts no later than it needs to.
    func testTheEarliestKeywordIsKept() {
        let kept = ScreenContext.keepingInView(["人才培训", "交易联盟"], of: clause, room: 40)
        XCTAssertTrue(DisplayWidth.truncate(kept, to: 40).contains("交易联盟"), kept)
        XCTAssertTrue(kept.count >= ScreenContext.keepingInView(["人才培训"], of: clause, room: 40).count, kept)
    }
}
