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

    /// The ranges of many spans at once are each span's own range, in text order or not.
    func testRangesOfSpansAreEachSpansRange() {
        let text = "第一条 ㌖与⑩，互联网＋。  二、目标：到2020年。\n（一）措施；完成！"
        let norm = NormalizedText(text, mode: .content)
        let length = text.unicodeScalars.count
        var spans: [TextSpan] = []
        for start in 0...length { for end in start...length where (start * 7 + end) % 3 == 0 { spans.append(TextSpan(start, end)) } }
        let sorted = spans.sorted()
        XCTAssertEqual(norm.normalizedRanges(of: sorted), sorted.map { norm.normalizedRange(of: $0) })
        let shuffled = spans.enumerated().sorted { ($0.offset * 37) % 101 < ($1.offset * 37) % 101 }.map(\.element)
        XCTAssertEqual(norm.normalizedRanges(of: shuffled), shuffled.map { norm.normalizedRange(of: $0) })
    }
}
