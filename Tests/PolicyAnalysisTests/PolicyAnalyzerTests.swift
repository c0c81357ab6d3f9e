import Foundation
import XCTest
@testable import PolicyAnalysis

final class PolicyAnalyzerTests: XCTestCase {
    func testIndicatorsFromReuseOnHandWrittenCorpus() {
        let goals = "到2020年，建成100个农业物联网示范基地，电子商务交易额达到5000亿元，培育一批智慧物流骨干企业。"
        let action = "支持龙头企业围绕数字物流交易中心开展技术攻关，培育一批绿色能源监测网络，推动普惠金融服务平台建设。"
        let centre = AnalysisDocument(id: "centre", level: .national, issuerIds: ["sc"], date: "2015-07-01", text: """
        一、总体要求
        （一）发展目标。\(goals)
        二、重点行动
        （一）智慧物流。\(action)
        """)
        let zj = AnalysisDocument(id: "zj", level: .provincial, regionCode: "330000", issuerIds: ["zj"], date: "2016-01-01", text: """
        一、总体要求
        （一）发展目标。\(goals)
        二、重点任务
        （一）本省行动。浙江自主编写的行动内容完全不同，涉及海洋经济港口航运和数字文旅的融合发展等方面。
        """)
        let js = AnalysisDocument(id: "js", level: .provincial, regionCode: "320000", issuerIds: ["js"], date: "2016-03-01", text: """
        一、总体要求
        （一）发展目标。江苏自己的目标是推动制造业与互联网融合，形成若干先进制造业集群并持续提升。
        二、重点任务
        （一）本省行动。浙江自主编写的行动内容完全不同，涉及海洋经济港口航运和数字文旅的融合发展等方面。
        """)
        let result = PolicyAnalyzer().analyze([js, zj, centre])
        XCTAssertEqual(result.documents.map(\.id), ["centre", "js", "zj"])
        XCTAssertEqual(result.reuse.map { "\($0.source)>\($0.target):\($0.relation.rawValue)" },
                       ["centre>zj:vertical", "zj>js:horizontal"])
        guard let z = result.document("zj"), let j = result.document("js") else { return XCTFail() }
        XCTAssertTrue(z.identicalGoals)
        XCTAssertEqual(z.identicalGoalsSource, "centre")
        XCTAssertFalse(z.identicalActions)
        XCTAssertEqual(z.copiedFromCentreGoals ?? 0, 1, accuracy: 0.01)
        // Only the identical words of the next heading (二、重点) spill over into the actions section.
        XCTAssertLessThan(z.copiedFromCentreActions ?? 1, 0.1)
        XCTAssertGreaterThan(z.copiedFromCentre ?? 0, 0.3)
        XCTAssertEqual(z.centreSpans.first?.substring(of: zj.text).contains(goals), true)
        XCTAssertEqual(z.nearestProvince?.document, "js")
        XCTAssertEqual(j.nearestProvince?.region, "330000")
        XCTAssertEqual(j.copiedFromCentre, 0)
        XCTAssertLessThan(z.distinctiveness, 0.2)
        XCTAssertGreaterThan(j.distinctiveness, 0.4)
    }

    func testDemoCorpusEndToEndAndDeterministicJSON() throws {
        let corpus = DemoCorpusGenerator(seed: 7, documents: 40, length: 2500).generate()
        XCTAssertTrue(corpus.titles.values.allSatisfy { $0.hasSuffix("（合成示例）") })
        XCTAssertTrue(corpus.documents.allSatisfy { $0.text.contains("（合成示例）") })
        let again = DemoCorpusGenerator(seed: 7, documents: 40, length: 2500).generate()
        XCTAssertEqual(corpus.documents, again.documents)
        XCTAssertEqual(corpus.planted, again.planted)
        XCTAssertNotEqual(DemoCorpusGenerator(seed: 8, documents: 40, length: 2500).generate().documents, corpus.documents)
        // Planted spans are real: the target copy matches the source up to edits.
        for p in corpus.planted.prefix(20) where !p.edited {
            let s = corpus.documents.first { $0.id == p.sourceId }.map { p.source.substring(of: $0.text) }
            let t = corpus.documents.first { $0.id == p.targetId }.map { p.target.substring(of: $0.text) }
            XCTAssertEqual(s, t)
        }

        let result = PolicyAnalyzer().analyze(corpus.documents)
        let shuffled = PolicyAnalyzer().analyze(corpus.documents.reversed())
        let a = try result.jsonData(), b = try shuffled.jsonData()
        XCTAssertEqual(a, b, "output must not depend on input order")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: a) as? [String: Any])
        XCTAssertEqual(json["schema"] as? Int, 1)
        XCTAssertNotNil(json["parameters"])
        let docs = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(docs.count, 40)
        // The earliest document (the centre's first) had nothing before it to copy from: no share, unknown.
        XCTAssertNil(docs[0]["copiedFromCentre"])
        XCTAssertTrue(docs.dropFirst().allSatisfy { $0["copiedFromCentre"] != nil })
        XCTAssertNotNil(docs[0]["length"])
        let reuse = try XCTUnwrap(json["reuse"] as? [[String: Any]])
        let first = try XCTUnwrap(reuse.first)
        XCTAssertNotNil(first["targetShare"])
        let passage = try XCTUnwrap((first["passages"] as? [[String: Any]])?.first)
        XCTAssertEqual((passage["source"] as? [Int])?.count, 2)
        XCTAssertNotNil(passage["edited"] as? Bool)
        XCTAssertTrue(result.reuse.contains { $0.relation == .vertical })
        XCTAssertTrue(result.reuse.contains { $0.relation == .horizontal })
        XCTAssertTrue(result.documents.contains { $0.identicalGoals })
        XCTAssertGreaterThan(result.indicators.relationCounts["vertical"] ?? 0, 0)
        // Verbatim and edited passages are both reported, separately.
        let flags = Set(result.reuse.flatMap { $0.passages.map(\.edited) })
        XCTAssertEqual(flags, [true, false])
    }
}

final class SortedJSONEncoderTests: XCTestCase {
    /// The fast encoder writes exactly what JSONEncoder writes with sorted keys (pretty and compact).
    func testSameBytesAsFoundationJSONEncoder() throws {
        let corpus = DemoCorpusGenerator(seed: 5, documents: 80, length: 2000).generate()
        let result = PolicyAnalyzer(keepsClauseCoding: true).analyze(corpus.documents)
        XCTAssertFalse(result.documents.allSatisfy(\.coding.isEmpty))
        for pretty in [true, false] {
            for coding in [false, true] {
                let foundation = JSONEncoder()
                foundation.userInfo[DocumentIndicators.includeCodingKey] = coding
                foundation.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                                     : [.sortedKeys, .withoutEscapingSlashes]
                let expected = try foundation.encode(result)
                let fast = try SortedJSONEncoder(pretty: pretty, userInfo: [DocumentIndicators.includeCodingKey: coding],
                                                 parallelThreshold: 8).encode(result)
                XCTAssertEqual(fast, expected, "pretty \(pretty), coding \(coding)")
            }
        }
        struct Odd: Codable { var s = "q\"\\/\n\t\u{1}\u{1f}\u{7f}\u{2028}中文\u{8}\u{c}\r"; var d = [1.0, 0.1, 1e-5, 1e22, -0.0, 1.0 / 3]
                              var e: [Int] = []; var o: [String: Int] = [:]; var k = ["b": 1, "B": 2, "a10": 3, "a9": 4, "_": 5] }
        for pretty in [true, false] {
            let foundation = JSONEncoder()
            foundation.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            XCTAssertEqual(String(decoding: try SortedJSONEncoder(pretty: pretty).encode([Odd()]), as: UTF8.self),
                           String(decoding: try foundation.encode([Odd()]), as: UTF8.self))
        }
    }

    /// Each character that needs escaping (and some that do not) at every offset of an eight-byte word,
    /// among ASCII and Chinese text, alone and inside longer strings, as values and as keys: written as
    /// `JSONEncoder` writes them (a faster scan of the strings, a word at a time, was tried against this).
    func testStringsAreEscapedAsJSONEncoderEscapesThemAtEveryOffset() throws {
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let specials = ["\"", "\\", "\n", "\t", "\u{0}", "\u{1f}", "\u{8}", "\u{c}", "\r", " ", "!", "#", "[", "]",
                        "\u{7f}", "\u{80}", "\u{2028}", "/", "中", "\"\"", "\\\n"]
        var strings: [String] = [""]
        for padding in ["a", "中", "ab"] {
            for special in specials {
                for offset in 0..<20 {
                    let before = String(repeating: padding, count: offset)
                    strings += [before + special, before + special + String(repeating: padding, count: 20 - offset)]
                }
            }
        }
        let expected = try foundation.encode(strings)
        XCTAssertEqual(try SortedJSONEncoder().encode(strings), expected)
        XCTAssertEqual(try SortedJSONEncoder(parallelThreshold: .max).encode(strings), expected)
        let keyed = Dictionary(strings.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(try SortedJSONEncoder().encode(keyed), try foundation.encode(keyed))
    }
}
