import XCTest
@testable import TerminalUI

final class DisplayWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of(" "), 1)
    }

    func testCJKIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("互联网+"), 7)
        XCTAssertEqual(DisplayWidth.of("国务院关于积极推进"), 18)
        XCTAssertEqual(DisplayWidth.of(Character("网")), 2)
        XCTAssertEqual(DisplayWidth.of("𠀀"), 2)  // CJK Extension B, outside the BMP
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("かな"), 4)
    }

    func testFullwidthPunctuation() {
        XCTAssertEqual(DisplayWidth.of("，。；：（）"), 12)
        XCTAssertEqual(DisplayWidth.of("　"), 2)  // ideographic space
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        // Ambiguous-width punctuation is narrow, as glibc (and so ncurses and tmux) count it.
        XCTAssertEqual(DisplayWidth.of("“”…·"), 4)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2)  // modifier dropped, not counted twice
        XCTAssertEqual(DisplayWidth.of("❤️"), 1)  // VS16 dropped: text presentation, as wcwidth says
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2)  // a ZWJ sequence is drawn as its first emoji
    }

    func testCombiningMarksAreZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(UInt32(0x0301))!), 0)
        // A mark with no base is drawn on a dotted circle: one column, not zero.
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 1)
        XCTAssertEqual(Glyph.glyphs(of: "\u{301}"), [Glyph(text: "\u{25CC}\u{301}", width: 1)])
    }

    func testControlsMeasureAsTheirPlaceholders() {
        XCTAssertEqual(DisplayWidth.of("\u{1b}[2J"), 4)
        XCTAssertEqual(DisplayWidth.of("a\tb"), 3)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(UInt8(0x1b))), -1)
    }

    func testMeasuringAgreesWithGlyphs() {
        for sample in ["互联网+行动", "e\u{301}x", "😀👍🏽", "\u{1b}]0;x\u{07}", "a\r\nb", "\u{202E}abc", "ＡＢ，"] {
            XCTAssertEqual(DisplayWidth.of(sample), Glyph.glyphs(of: sample).reduce(0) { $0 + $1.width }, sample)
        }
    }

    func testTruncateAndPad() {
        XCTAssertEqual(DisplayWidth.truncate("互联网加行动", to: 7), "互联网…")
        XCTAssertEqual(DisplayWidth.truncate("互联网加行动", to: 8), "互联网…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 3), "abc")
        XCTAssertEqual(DisplayWidth.truncateHead("首页›省份›浙江", to: 7), "…›浙江")
        XCTAssertEqual(DisplayWidth.pad("中文", to: 6, alignment: .right), "  中文")
        XCTAssertEqual(DisplayWidth.pad("中文字", to: 5), "中文…")
        XCTAssertEqual(DisplayWidth.pad("中文字", to: 4), "中… ")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("中文字", to: 4)), 4)
    }

    // MARK: a cut inside brackets

    /// The pairs a cut must leave closed, written out here rather than taken from `DisplayWidth`, so that the
    /// checks below do not agree with the code by construction.
    private static let pairs: [Character: Character] = ["(": ")", "[": "]", "（": "）", "【": "】", "《": "》", "“": "”", "‘": "’", "〔": "〕"]

    /// Texts with every kind of bracket, alone, nested and in a row, in Chinese and English.
    private static let bracketed = [
        "服务外包（机器编码：应用示范、信息支持）", "政府采购（机器编码：无）", "made-up-tool（机器编码：标准规范）",
        "【重要】关于开展互联网加行动的通知", "印发《关于积极推进“互联网+”行动的指导意见》的通知",
        "国务院关于积极推进“互联网+”行动的指导意见", "标签（国发〔2015〕40号）", "评价 国发〔2015〕40号（一份很长的〔附件〕说明）",
        "Service outsourcing (machine: Application demonstration, Information support)",
        "Tax incentives (machine: none)", "see [clause 3] and (the [annex] here) again", "a (b [c (d) e] f) g",
        "（甲）（乙）（丙）（丁）", "(ab)(cd)(ef)", "no brackets at all in this one", "全无括号的一句中文",
        "关于深入推进‘互联网+政务服务’工作的通知", "关于推进“‘互联网+’流通”行动的实施意见", "the ‘one-stop’ service",
    ]

    /// Every bracket the result opens it closes, innermost first; a closer never stands alone.
    private func assertBalanced(_ text: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        var open: [Character] = []
        let closers = Set(Self.pairs.values)
        for c in text {
            if let closer = Self.pairs[c] { open.append(closer) } else if closers.contains(c) {
                guard open.last == c else { return XCTFail("\(message): \(c) closes nothing open", file: file, line: line) }
                open.removeLast()
            }
        }
        XCTAssertEqual(open, [], "\(message): left open", file: file, line: line)
    }

    /// Cuts every text of `bracketed` at every width from 1 to past its own, checks what holds for any cut (never
    /// wider than asked, a text that fits unchanged) and hands on the cuts that cut something.
    private func forEveryCut(by cutting: (String, Int) -> String, check: (_ text: String, _ cut: String, _ message: String) -> Void) {
        for text in Self.bracketed {
            let full = DisplayWidth.of(text)
            for width in 1...(full + 2) {
                let cut = cutting(text, width)
                let message = "\(text) at \(width): \(cut)"
                XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, message)
                if full <= width { XCTAssertEqual(cut, text, message) } else { check(text, cut, message) }
            }
        }
    }

    /// Property-style, at every width from 1 to past the text's own: the cut never exceeds its width, a text that
    /// fits is unchanged, what stands before the ellipsis is the text's start, every bracket opened is closed, and
    /// a bracket the cut closes keeps at least two characters of what was in it.
    func testACutNeverExceedsItsWidthAndLeavesNoBracketOpen() {
        forEveryCut(by: { DisplayWidth.truncate($0, to: $1) }) { text, cut, message in
        let ellipsis = try! XCTUnwrap(cut.lastIndex(of: "…"), message)
        XCTAssertTrue(text.hasPrefix(cut[..<ellipsis]), message)
        assertBalanced(cut, message)
        // What the cut closes after the ellipsis, each with what it kept of its bracketed part.
        var open: [String.Index] = []
        for i in cut[..<ellipsis].indices {
            if Self.pairs[cut[i]] != nil { open.append(i) } else if let o = open.last, Self.pairs[cut[o]] == cut[i] { open.removeLast() }
        }
        for o in open {
            let kept = cut[cut.index(after: o)..<ellipsis].filter { !$0.isWhitespace }
            XCTAssertGreaterThanOrEqual(kept.count, 2, "\(message): too little kept in \(cut[o])")
        }
        // Closed as many as were opened before the ellipsis, and nothing else after it.
        XCTAssertEqual(cut[cut.index(after: ellipsis)...].count, open.count, message)
        }
    }

    /// The Reviews tab's override at 80 columns (its column is 25 wide) read "服务外包（机器编码：应用…": cut inside,
    /// the bracket is closed; with too little of it left, the cut goes before it. For each kind of bracket.
    func testACutInsideBracketsClosesThemOrCutsBeforeThem() {
        let outsourcing = "服务外包（机器编码：应用示范、信息支持）", tax = "Tax incentives (machine: none)"
        let nested = "标签（国发〔2015〕40号）", quoted = "国务院关于积极推进“互联网+”行动的指导意见"
        let cases: [(text: String, width: Int, cut: String)] = [
            (outsourcing, 25, "服务外包（机器编码：应…）"), (outsourcing, 27, "服务外包（机器编码：应用…）"),
            ("服务外包（机器编码）", 17, "服务外包（机器…）"), ("服务外包（机器编码）", 16, "服务外包…"), ("服务外包（机器编码）", 9, "服务外包…"),
            ("Service outsourcing (machine: Application demonstration)", 32, "Service outsourcing (machine: …)"),
            (tax, 19, "Tax incentives …"), (tax, 20, "Tax incentives (ma…)"), ("see [clause 3] now", 10, "see [cla…]"),
            ("【重要通知】全文", 9, "【重要…】"), ("【重要通知】全文", 8, "…"),
            ("印发《关于积极推进互联网加行动的指导意见》的通知", 20, "印发《关于积极推…》"), (quoted, 25, "国务院关于积极推进“互联…”"), (quoted, 24, "国务院关于积极推进…"),
            // Brackets inside brackets close innermost first; an inner one with too little kept gives way, the outer stays.
            // (A cut inside 2015 goes before it, and so before its bracket: '〔20…〕' read as another year.)
            (nested, 19, "标签（国发…）"), (nested, 18, "标签（国发…）"),
            // Where the text closes its bracket before the cut, nothing is added.
            ("（甲乙）丙丁戊己", 11, "（甲乙）丙…"),
            ("关于深入推进‘互联网+政务服务’工作的通知", 22, "关于深入推进‘互联网+…’"), ("关于推进“‘互联网+’流通”行动", 17, "关于推进“‘互联…’”"),
            ("the ‘one-stop’ service", 11, "the ‘one-…’"),
        ]
        for c in cases { XCTAssertEqual(DisplayWidth.truncate(c.text, to: c.width), c.cut, "\(c.text) at \(c.width)") }
        for width in 9...16 { XCTAssertEqual(DisplayWidth.truncate("服务外包（机器编码）", to: width), "服务外包…", "\(width)") }
        XCTAssertEqual(DisplayWidth.pad(outsourcing, to: 26), "服务外包（机器编码：应…） ")
    }

    // MARK: a cut from the front inside brackets

    /// `truncateHead`'s mirror of the property above, at every width: the cut never exceeds its width, a text that
    /// fits is unchanged, what stands after the last ellipsis is the text's end, every closer has its opener (put
    /// back after a leading ellipsis, with a second ellipsis after it), and a bracket whose opener was put back
    /// keeps at least two characters of what was in it.
    func testACutFromTheFrontNeverExceedsItsWidthAndLeavesNoCloserAlone() {
        forEveryCut(by: { DisplayWidth.truncateHead($0, to: $1) }) { text, cut, message in
        XCTAssertEqual(cut.first, "…", message)
        let ellipsis = try! XCTUnwrap(cut.lastIndex(of: "…"), message)
        let kept = cut[cut.index(after: ellipsis)...]
        XCTAssertTrue(text.hasSuffix(kept), message)
        assertBalanced(cut, message)
        // The closers the kept end has no opener for, each with what it kept of its bracketed part.
        var unopened: [String.Index] = [], open: [Character] = []
        let openers = Dictionary(uniqueKeysWithValues: Self.pairs.map { ($1, $0) })
        for i in kept.indices {
            if let closer = Self.pairs[kept[i]] { open.append(closer) } else if open.last == kept[i] { open.removeLast() }
            else if openers[kept[i]] != nil { unopened.append(i) }
        }
        for c in unopened {
            XCTAssertGreaterThanOrEqual(kept[..<c].filter { !$0.isWhitespace }.count, 2, "\(message): too little kept in \(kept[c])")
        }
        // Put back as many openers as closers were left without, between the two ellipses, and nothing else.
        let reopened = ellipsis == cut.startIndex ? "" : cut[cut.index(after: cut.startIndex)..<ellipsis]
        XCTAssertEqual(reopened.count, unopened.count, message)
        XCTAssertTrue(reopened.allSatisfy { Self.pairs[$0] != nil }, message)
        }
    }

    /// The status line's breadcrumb, cut from the front, read "…务”协同就业…的指导意见” › demo-00000": the opener is put
    /// back, or with too little of its part left the cut goes after the closer. For each kind of bracket.
    func testACutFromTheFrontInsideBracketsReopensThemOrCutsAfterThem() {
        let outsourcing = "服务外包（机器编码：应用示范）", tax = "Tax incentives (machine: none)", nested = "标签（国发〔2015〕40号）"
        let words = "标签（国发〔甲乙丙丁〕四十号）"
        let crumb = " 文件 › 全文：“关于“互联网+政务”协同就业管理场景创新发展的指导意见” › demo-00000"
        let cases: [(text: String, width: Int, cut: String)] = [
            (outsourcing, 14, "…（…应用示范）"), (outsourcing, 13, "…（…用示范）"), (outsourcing, 10, "…（…示范）"), (outsourcing, 9, "…"),
            ("（机器编码）后文", 14, "…（…编码）后文"), ("（机器编码）后文", 13, "…后文"),
            (tax, 10, "…(…: none)"), (tax, 6, "…(…ne)"), (tax, 5, "…"), ("see [clause 3] now", 12, "…[…se 3] now"), ("see [clause 3] now", 8, "… now"),
            ("全文【重要通知】", 10, "…【…通知】"), ("全文【重要通知】", 9, "…"), ("印发《关于积极推进互联网加行动》的通知", 16, "…《…行动》的通知"),
            // Brackets inside brackets are put back outermost first; an inner one with too little kept gives way, the outer stays.
            (words, 20, "…（〔…丙丁〕四十号）"), (words, 18, "…（…四十号）"),
            // A cut inside 2015 goes after it, and so after its bracket ('〔…15〕' read as another year); then 40 starts
            // the cut, which may have been 140: it goes too, and the rest is too little to keep.
            (nested, 16, "…"), (nested, 14, "…"),
            (crumb, 53, "…“…协同就业管理场景创新发展的指导意见” › demo-00000"),
            // Where the text opens its bracket after the cut, nothing is added.
            ("己戊丁丙（乙甲）", 11, "…丙（乙甲）"), ("首页›省份›浙江", 7, "…›浙江"),
            ("‘互联网+政务服务’工作方案", 20, "…‘…政务服务’工作方案"), ("the ‘one-stop’ service", 16, "…‘…stop’ service"),
        ]
        for c in cases { XCTAssertEqual(DisplayWidth.truncateHead(c.text, to: c.width), c.cut, "\(c.text) at \(c.width)") }
    }

    /// ’ is also an apostrophe ("analyst’s") and ‘ may open no quote ("‘90s"): a closer whose opener is not in what
    /// was cut off, or an opener whose closer is not, is no bracket of the cut, and nothing is put back or closed.
    func testAQuoteMarkWithoutItsOtherHalfIsNoBracket() {
        let apostrophes = "the analyst’s report on the ministries’ plans"
        for width in 1..<DisplayWidth.of(apostrophes) {
            let head = DisplayWidth.truncateHead(apostrophes, to: width), tail = DisplayWidth.truncate(apostrophes, to: width)
            XCTAssertFalse(head.contains("‘"), "\(width): \(head)")
            XCTAssertTrue(apostrophes.hasSuffix(head.dropFirst()), "\(width): \(head)")
            XCTAssertTrue(apostrophes.hasPrefix(tail.dropLast()), "\(width): \(tail)")
        }
        XCTAssertEqual(DisplayWidth.truncateHead(apostrophes, to: 32), "…report on the ministries’ plans")
        XCTAssertEqual(DisplayWidth.truncate("music of the ‘90s and after", to: 18), "music of the ‘90s…")
    }

    /// Prompts go back, inside brackets, to the last separator, so that no half item is left.
    func testACutCanGoBackToASeparatorInsideBrackets() {
        let cases: [(text: String, width: Int, cut: String)] = [
            ("导出（markdown|csv|json 文件名；view 文件）：", 35, "导出（markdown|csv|json 文件名；…）"),
            ("export (markdown|csv|json FILE; view FILE): ", 35, "export (markdown|csv|json FILE; …)"),
            // The separator is one of the innermost open bracket's own, not one inside a bracket it holds.
            ("说明（甲〔乙〕丙；丁戊己庚辛）", 24, "说明（甲〔乙〕丙；…）"), ("说明（甲乙〔丙丁；戊己〕庚辛壬癸子丑）", 30, "说明（甲乙〔丙丁；戊己〕庚…）"),
            // Nothing of the bracketed part left before the separator: the cut goes before the bracket.
            ("标签（；写工具名或领域）", 12, "标签…"),
        ]
        for c in cases { XCTAssertEqual(DisplayWidth.truncate(c.text, to: c.width, backTo: ["；", ";"]), c.cut, "\(c.text) at \(c.width)") }
    }

    // MARK: a cut and a number

    /// The documents of an area at 80 columns listed '人社部发〔2016〕1…' and '粤府办〔2016〕133…': a number cut inside
    /// its digits reads as another number (1, 133), and one cut just after reads as perhaps cut. A cut goes before
    /// the number, from either end, decimal points and thousands commas included; a bracket then left with too little
    /// in it gives way as ever, and a number before that bracket too.
    func testACutNeverEndsInANumber() {
        let cases: [(text: String, width: Int, cut: String)] = [
            ("人社部发〔2016〕116号", 18, "人社部发〔2016〕…"), ("粤府办〔2016〕1337号", 18, "粤府办〔2016〕…"),
            ("国发〔2015〕40号", 15, "国发〔2015〕…"), ("粤府办〔2016〕1337号", 11, "粤府办…"), ("粤府2016〔12〕", 11, "粤府…"),
            ("文件 12345 份", 8, "文件…"), ("12345", 4, "…"), ("占比 12.5%", 9, "占比…"), ("计 1,200 份", 7, "计…"),
            ("共12. 下文", 6, "共12.…"), ("第一万个", 5, "第一…"), ("ab1２３cd", 7, "ab…"),
        ]
        for c in cases { XCTAssertEqual(DisplayWidth.truncate(c.text, to: c.width), c.cut, "\(c.text) at \(c.width)") }
        XCTAssertEqual(DisplayWidth.truncateHead("粤府办〔2016〕1337号", to: 7), "…号")
        XCTAssertEqual(DisplayWidth.truncateHead("demo-00019", to: 7), "…-00019")
        XCTAssertEqual(DisplayWidth.truncateHead("demo-00019", to: 5), "…")
        XCTAssertEqual(DisplayWidth.pad("人社部发〔2016〕116号", to: 18), "人社部发〔2016〕… ")
    }
}
