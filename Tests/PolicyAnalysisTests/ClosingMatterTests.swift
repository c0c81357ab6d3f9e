import XCTest
@testable import PolicyAnalysis

/// A document's end matter (attachment note, issuer, date, 此件 note, copy list, printing line) is no clause
/// (analysis version 51): read as clauses of the last chapter, they were vague measures of every document.
final class ClosingMatterTests: XCTestCase {
    private func clauses(_ text: String) -> [String] {
        SectionParser.parse(text).clauses.map { $0.span.substring(of: text) }
    }

    private let body = """
    三、保障措施
    （一）加大财政支持。省级财政设立发展引导基金，对重点项目给予贷款贴息。
    （二）强化考核评估。省政府每年组织开展一次实施情况评估。
    """

    func testIssuerAndDateAreNoClauses() {
        for tail in ["\n\n工业和信息化部\n2015-07-30\n", "\n河北省人民政府\n2015年12月20日", "\n国务院\n二〇一五年七月一日\n",
                     "\n工业和信息化部　国家发展改革委　财政部\n2016年5月1日\n"] {
            let text = body + tail
            XCTAssertEqual(clauses(text).last, "省政府每年组织开展一次实施情况评估。", tail)
            XCTAssertEqual(clauses(text).count, 2, tail)
            let measures = TextIndicatorExtractor().extract(id: "t", text: text).measures
            XCTAssertEqual(measures.count, 2, tail)
            // The last section ends where the end matter starts.
            let last = SectionParser.parse(text).sections.last
            XCTAssertEqual(last.map { $0.span.substring(of: text).trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("实施情况评估。") }, true, tail)
        }
    }

    func testTheWholeEndMatterOfAProvincialOpinion() {
        let text = body + """

        附件：1.重点任务分工表
              2.重点项目清单

        某省人民政府
        2016年1月1日
        （此件公开发布）
        抄送：省委各部门，省人大常委会办公厅，省政协办公厅。
        某省人民政府办公厅　　　　　　　　2016年1月2日印发
        """
        XCTAssertEqual(clauses(text).count, 2, "\(clauses(text))")
        let structure = SectionParser.parse(text)
        XCTAssertFalse(structure.sections.contains { $0.title.contains("重点项目清单") }, "\(structure.sections.map(\.title))")
        XCTAssertEqual(TextIndicatorExtractor().extract(id: "t", text: text).measures.count, 2)
    }

    /// Text that ends like end matter without being it stays: a list, a table, a sentence with a date, and the end
    /// matter above an attachment's own text (the attachment's table is last: nothing is cut).
    func testBodyTextIsNeverCut() {
        let cases = [
            body + "\n（三）重点项目\n1.省级物流公共信息平台\n2.农村电子商务服务站",
            body + "\n主要指标 | 2015年 | 2020年\n网络零售额（亿元） | 144 | 273",
            body + "\n（三）本意见自2016年1月1日起施行。",
            body + "\n河北省人民政府\n2015年12月20日\n附件\n重点任务分工表\n序号 | 任务 | 责任单位\n1 | 建设物流公共信息平台 | 省商务厅",
            body + "\n（三）加强组织领导\n省商务厅",
        ]
        for text in cases {
            let before = text.components(separatedBy: "\n").filter { !$0.isEmpty }.last ?? ""
            XCTAssertTrue(clauses(text).contains { $0.contains(before.suffix(4)) }, "\(before): \(clauses(text))")
        }
    }

    func testDatesAlone() {
        for date in ["2015年7月1日", "二〇一五年七月一日", "2015-07-01", "2015.7.1", "2015/7/1", "二○一六年十二月三十日"] {
            XCTAssertTrue(ClosingMatter.isDate(date), date)
        }
        for text in ["到2020年底", "2015年7月1日起施行", "2015", "15-7-1", "第2015年7月1日"] {
            XCTAssertFalse(ClosingMatter.isDate(text), text)
        }
    }

    /// An article has no title: its first sentence is a clause, whatever its length or what follows it.
    func testAnArticlesFirstSentenceIsAClause() {
        let text = """
        第二章　重点任务
        第七条　省政务办负责建设全省统一的数据共享交换平台。2017年底前实现省市县三级互联互通。
        第八条　有下列情形之一的，由有关部门责令改正：
        （一）擅自向第三方提供共享数据的；
        （二）未按规定更新共享数据的。
        """
        let found = clauses(text)
        XCTAssertTrue(found.contains("第七条　省政务办负责建设全省统一的数据共享交换平台。"), "\(found)")
        XCTAssertTrue(found.contains("2017年底前实现省市县三级互联互通。"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("第八条　有下列情形之一的") }, "\(found)")
        let measures = TextIndicatorExtractor().extract(id: "t", text: text).measures
        XCTAssertTrue(measures.contains { $0.clause.substring(of: text).hasPrefix("第七条") && !$0.responsible.isEmpty }, "\(measures)")
    }
}
