import XCTest
@testable import PolicyAnalysis

/// A measure's evidence names what was seen once and whole (since analysis version 58). A QA pass read the deadline
/// of "2017年6月底前完成…" as 月底前 and 前完成 (the date itself in neither), and listed a unit note twice
/// (（省经济和信息化委牵头） and the name inside it) and a sum twice (安排1亿元, 安排1亿元资金).
final class EvidenceSpanTests: XCTestCase {
    private func measure(_ sentence: String) -> (text: String, m: MeasureAssessment?) {
        let text = "三、保障措施\n" + sentence
        return (text, TextIndicatorExtractor().extract(id: "t", text: text).measures.first)
    }

    private func quoted(_ spans: [TextSpan], in text: String) -> [String] { spans.map { $0.substring(of: text) } }

    func testADeadlineNamesItsDate() throws {
        for (sentence, deadline) in [("2017年6月底前完成全省政务服务平台建设。", "2017年6月底前完成"),
                                     ("2018年6月30日前建成省级数据共享交换平台。", "2018年6月30日前"),
                                     ("到2018年底前，建成10个示范基地。", "到2018年底前"),
                                     ("2019年内实现全覆盖。", "2019年内")] {
            let (text, m) = measure(sentence)
            let found = try XCTUnwrap(m, sentence)
            XCTAssertEqual(quoted(found.deadline, in: text), [deadline], sentence)
        }
        // A month with no deadline word is no deadline, as a year alone is not.
        let (_, m) = measure("2017年6月，省政府印发了实施方案，推进政务服务建设。")
        XCTAssertEqual(m?.deadline ?? [], [], "a date that closes nothing")
    }

    func testOverlappingEvidenceIsOneSpan() throws {
        let (text, m) = measure("省财政安排1亿元资金，支持全省政务服务平台建设（省经济和信息化委牵头）。")
        let found = try XCTUnwrap(m)
        XCTAssertEqual(quoted(found.responsible, in: text), ["（省经济和信息化委牵头）"])
        XCTAssertEqual(quoted(found.money, in: text).count, 1, "\(quoted(found.money, in: text))")
        XCTAssertTrue(quoted(found.money, in: text).first?.contains("安排1亿元") == true)
    }
}
