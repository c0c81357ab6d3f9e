import XCTest
@testable import PolicyAnalysis

/// A table of targets copied whole from one document into another, in a corpus where every document has
/// a table with the same row labels and numbers of its own (the shape of provincial implementation plans:
/// "固定宽带家庭普及率（%） | 70 | 90"). The labels are formulae there; the numbers, each a clause piece of
/// two to four characters, are what the two documents share and nobody else: the copy is a copy.
final class TableCopyTests: XCTestCase {
    static let labels = ["固定宽带家庭普及率（%）", "移动宽带用户普及率（%）", "智慧旅游景区（个）", "企业数字化研发设计工具普及率（%）",
                         "电子商务交易额（亿元）", "网上政务服务事项比例（%）"]

    static func table(_ numbers: [(Int, Int)], separator: String = " | ") -> String {
        var lines = ["主要指标" + separator + "2017年" + separator + "2020年"]
        for (label, pair) in zip(labels, numbers) {
            lines.append(label + separator + "\(pair.0)" + separator + "\(pair.1)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func numbers(_ seed: UInt64) -> [(Int, Int)] {
        var rng = SplitMix64(seed: seed)
        return labels.map { _ in (10 + rng.below(890), 900 + rng.below(4000)) }
    }

    /// Documents of different provinces, each with prose of its own and the table; `copied` takes the
    /// table of document 0 word for word.
    func corpus(documents: Int, copied: Int, separator: String = " | ") -> [AnalysisDocument] {
        let provinces = BoilerplateRuleTests.provinces
        return (0..<documents).map { i in
            let own = Self.table(Self.numbers(UInt64(1000 + i)), separator: separator)
            let table = i == copied ? Self.table(Self.numbers(1000), separator: separator) : own
            let text = "一、总体要求\n" + BoilerplateRuleTests.filler(UInt64(500 + i), 320) + "\n二、主要目标\n" + table
                + "三、重点任务\n" + BoilerplateRuleTests.filler(UInt64(700 + i), 320)
            return AnalysisDocument(id: "p\(i)", level: .provincial, regionCode: provinces[i % provinces.count],
                                    issuerIds: ["provincial-government"], date: "2016-\(String(format: "%02d", 1 + i % 12))-15", text: text)
        }
    }

    func testTableCopiedWholeIsFoundWhereEveryDocumentHasTheLabels() throws {
        for (documents, separator) in [(12, " | "), (24, "\t"), (40, "  ")] {
            let docs = corpus(documents: documents, copied: documents - 1, separator: separator)
            let result = PolicyAnalyzer().analyze(docs)
            let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p\(documents - 1)" },
                                     "\(documents) documents: the copied table is not reported")
            let text = docs[documents - 1].text
            let copied = pair.passages.filter { !$0.formula }.map { $0.target.substring(of: text) }.joined()
            for (label, value) in zip(Self.labels, Self.numbers(1000)) {
                XCTAssertTrue(copied.contains("\(label)\(separator)\(value.0)\(separator)\(value.1)"), "\(documents): \(copied)")
            }
            // Nobody else shares more than the labels: no other pair is reported.
            XCTAssertEqual(result.reuse.count, 1, "\(result.reuse.map { "\($0.source)>\($0.target)" })")
        }
    }

    func testTablesSharingOnlyTheirLabelsAreNotReuse() {
        let docs = corpus(documents: 24, copied: -1)
        let result = PolicyAnalyzer().analyze(docs)
        XCTAssertTrue(result.reuse.isEmpty, "\(result.reuse.map { "\($0.source)>\($0.target)" })")
    }
}
