import XCTest
@testable import PolicyAnalysis

final class NormalizationTests: XCTestCase {
    func testFoldingAndOffsetMap() {
        let text = "ＡＢＣ　“互联网＋”\n【２０２０】—①"
        let fold = NormalizedText(text, mode: .fold)
        XCTAssertEqual(String(String.UnicodeScalarView(fold.scalars.compactMap(Unicode.Scalar.init))), "abc \"互联网+\"\n[2020]-1")
        let content = NormalizedText(text, mode: .content)
        XCTAssertEqual(String(String.UnicodeScalarView(content.scalars.compactMap(Unicode.Scalar.init))), "abc互联网20201")
        // Every content character maps back to the stored character it came from.
        let scalars = Array(text.unicodeScalars)
        for i in 0..<content.count {
            var folded: [UInt32] = []
            NormalizedText.fold(scalars[content.offset(at: i)].value) { folded.append($0) }
            XCTAssertTrue(folded.contains(content.scalars[i]))
        }
        XCTAssertEqual(content.originalSpan(3, 6).substring(of: text), "互联网")
        XCTAssertEqual(content.originalSpan(6, 10).substring(of: text), "２０２０")
    }

    func testReuseOffsetsPointIntoStoredTextAfterFullWidthAndWhitespace() {
        let shared = "加快推进智慧农业服务平台建设，支持龙头企业围绕数字物流交易中心开展技术攻关，培育一批绿色能源监测网络"
        let a = AnalysisDocument(id: "a", level: .national, issuerIds: ["sc"], date: "2015-07-01",
                                 text: "前言部分文字内容。" + shared + "。结尾部分另有文字。")
        // The copy is re-typed with full-width letters before it, spaces and a line break inside it.
        let spaced = shared.replacingOccurrences(of: "，", with: "， \n  ")
        let b = AnalysisDocument(id: "b", level: .provincial, regionCode: "330000", issuerIds: ["zj"], date: "2016-01-01",
                                 text: "ＡＢＣ　完全不同的开头。" + spaced + "。其他内容。")
        let pairs = ReuseDetector().detect([b, a])
        XCTAssertEqual(pairs.count, 1)
        guard let pair = pairs.first, let p = pair.passages.first else { return XCTFail("no passage") }
        XCTAssertEqual(pair.source, "a")
        XCTAssertEqual(pair.relation, .vertical)
        XCTAssertEqual(p.source.substring(of: a.text), shared)
        XCTAssertEqual(p.target.substring(of: b.text), spaced)
        XCTAssertFalse(p.edited, "whitespace and punctuation changes are not edits")
    }

    /// Folding written through pointers: a text whose folding is much longer than it (㌖ is six scalars) gives
    /// what folding scalar by scalar gives, in both modes, as does an ordinary text.
    func testFoldingLongerThanTheTextIsFoldingScalarByScalar() {
        for text in ["㌖㌖㌖㌖㌖ 互联网＋，⑩。" + String(repeating: "㍿", count: 20), "普通文字，ABC ２０２０。", ""] {
            for mode in [NormalizationMode.fold, .content] {
                var scalars: [UInt32] = [], offsets: [Int32] = []
                for (i, s) in text.unicodeScalars.enumerated() {
                    NormalizedText.fold(s.value) { v in
                        if mode == .content, NormalizedText.isSkippedInContent(v) { return }
                        scalars.append(v)
                        offsets.append(Int32(i))
                    }
                }
                let norm = NormalizedText(text, mode: mode)
                XCTAssertEqual(norm.scalars, scalars, "\(text) \(mode)")
                XCTAssertEqual((0..<norm.count).map { Int32(norm.offset(at: $0)) }, offsets, "\(text) \(mode)")
                XCTAssertEqual(norm.originalLength, text.unicodeScalars.count)
            }
        }
    }

    /// A range of normalised units widened to whole stored characters is the range of the span it
    /// covers, for every range of a text whose folding expands (㌖, ⑩, ⑽), drops (spaces in content mode) and
    /// keeps characters, in both modes.
    func testWholeCharactersIsTheRangeOfTheSpan() {
        let text = "第一条 ㌖与⑩，互联网＋。  二、目标：到2020年⑽\n（一）措施；完成！㍿"
        for mode in [NormalizationMode.fold, .content] {
            let norm = NormalizedText(text, mode: mode)
            var widened = 0
            for lower in 0..<norm.count {
                for upper in (lower + 1)...norm.count {
                    let expected = norm.normalizedRange(of: norm.originalSpan(lower, upper))
                    XCTAssertEqual(norm.wholeCharacters(lower..<upper), expected, "\(lower)..<\(upper) \(mode)")
                    if expected != lower..<upper { widened += 1 }
                }
            }
            XCTAssertGreaterThan(widened, 0, "the text has expanded characters to widen over")
        }
    }

    /// The parser's clause ranges are those of the clauses' spans, in texts with headings and expanded
    /// characters (㌖ is six units, ⑩ two, ㈠ three) next to clause ends. (No folding puts a clause end inside
    /// an expansion, so the widening itself is tested on every range above.)
    func testClauseRangesAreTheRangesOfTheClauseSpans() {
        for text in ["一、总体要求\n到2020年基本建成⑩ 再建成㌖网络。\n（一）措施；完成！", "完成㈠。⑩完成。", "㌖。"] {
            let norm = NormalizedText(text, mode: .fold)
            let (structure, ranges) = SectionParser.parseWithClauseRanges(norm)
            XCTAssertEqual(structure, SectionParser.parse(norm))
            XCTAssertFalse(ranges.isEmpty, text)
            XCTAssertEqual(ranges, structure.clauses.map { norm.normalizedRange(of: $0.span) }, text)
        }
    }
}
