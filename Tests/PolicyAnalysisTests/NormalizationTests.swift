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
        for (i, off) in content.offsets.enumerated() {
            var folded: [UInt32] = []
            NormalizedText.fold(scalars[Int(off)].value) { folded.append($0) }
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
}
