import PolicyAnalysis
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

    /// The quote starts where measuring each candidate start anew puts it (the width is now kept as characters are
    /// dropped, not measured again for each), on texts mixing wide, narrow and combining characters.
    func testTheStartIsTheOneMeasuringAnewGives() {
        func reference(_ words: [String], of text: String, room: Int) -> String {
            guard DisplayWidth.of(text) > room,
                  let found = words.compactMap({ $0.isEmpty ? nil : text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                  DisplayWidth.of(String(text[..<found.upperBound])) > room - 1 else { return text }
            let spare = min(4, max(0, room - 1 - DisplayWidth.of(String(text[found]))))
            var start = text.startIndex
            while start < found.lowerBound && 1 + DisplayWidth.of(String(text[start..<found.upperBound])) > room - spare {
                start = text.index(after: start)
            }
            return "…" + text[start...]
        }
        var rng = SplitMix64(seed: 50)  // seeded: a failure comes back the same
        let pieces = ["人才", "培训", "ab", "x", "e\u{301}", "，", "１", "Ｗ", "互联网+", "\u{1F600}"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            let words = [pieces.randomElement(using: &rng) ?? "", "培训"]
            let room = Int.random(in: 1...60, using: &rng)
            XCTAssertEqual(ScreenContext.keepingInView(words, of: text, room: room), reference(words, of: text, room: room), "\(text) \(room)")
        }
    }
}
