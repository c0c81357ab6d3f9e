import XCTest
@testable import PolicyAnalysis

/// A target table's rows are quantified goals dated by the header's last year; the header and the lead-in above it
/// are no goals (analysis version 51). A QA pass found a plan whose three table targets read as 0 of 6 quantified,
/// dated goals, the header row and "主要指标如下：" among the six.
final class TargetTableTests: XCTestCase {
    private func goals(_ text: String) -> (clauses: Int, dated: [String]) {
        let d = TextIndicatorExtractor().extract(id: "t", text: text)
        return (d.goalClauses, d.quantifiedDatedGoals.map { $0.substring(of: text) })
    }

    func testRowsTakeTheHeadersYear() {
        for bar in ["\t", " | ", "  "] {
            let table = [["指标名称", "单位", "2015年", "2018年", "属性"], ["网络零售额", "亿元", "7611", "12000", "预期性"],
                         ["固定宽带家庭普及率", "%", "70", "90", "约束性"], ["工业企业上云数", "万家", "1", "5", "预期性"]]
                .map { $0.joined(separator: bar) }.joined(separator: "\n")
            let text = "一、发展目标\n到2018年，全省“互联网+”发展水平全国领先。主要指标如下：\n" + table + "\n二、重点任务\n（一）推进电子商务。培育电子商务平台。"
            let found = goals(text)
            XCTAssertEqual(found.clauses, 4, "\(bar): \(found)")
            XCTAssertEqual(found.dated.count, 3, "\(bar): \(found)")
            XCTAssertTrue(found.dated.allSatisfy { $0.hasPrefix("网络零售额") || $0.hasPrefix("固定宽带") || $0.hasPrefix("工业企业") }, "\(found)")
        }
    }

    /// A row with a blank cell between bars (an HTML table's empty base year, since analysis version 54) or without
    /// its last cells is still a row: before, "普及率 | % |  | 80 | 预期性" had four cells against the header's five and
    /// was read as text, ending the table for the rows below it.
    func testRowsWithBlankCells() {
        let text = """
        一、发展目标
        主要指标如下：
        指标名称 | 单位 | 2015年 | 2018年 | 属性
        移动宽带用户普及率 | % |  | 80 | 预期性
        两化融合发展指数 |  | 75 | 85 |
        网络零售额 | 亿元 | 7611 | 12000
        工业企业上云数 | 万家 | 1 |  | 预期性
        二、重点任务
        （一）推进电子商务。培育电子商务平台。
        """
        let found = goals(text)
        XCTAssertEqual(found.dated.map { String($0.prefix(4)) }, ["移动宽带", "两化融合", "网络零售"], "\(found)")
        XCTAssertEqual(found.clauses, 4, "\(found)")
        let cells = { (row: String) in TargetTable.cells(ArraySlice(row.unicodeScalars.map(\.value))).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) } }
        XCTAssertEqual(cells("| 普及率 | % |  | 80 |"), ["普及率", "%", "", "80"])
        // Tabs pad columns: a run of them is one boundary.
        XCTAssertEqual(cells("普及率\t\t%\t80"), ["普及率", "%", "80"])
    }

    func testTablesThatAreNotTargetTablesReadAsBefore() {
        // No year in the header: the rows say no date. A list under a colon without a table stays a goal.
        let text = """
        一、发展目标
        主要指标如下：
        指标名称 | 单位 | 目标值
        网络零售额 | 亿元 | 12000
        到2020年，实现以下目标：
        全省网络零售额达到12000亿元。
        """
        let found = goals(text)
        XCTAssertEqual(found.clauses, 5, "\(found)")
        XCTAssertEqual(found.dated, [], "\(found)")
        XCTAssertTrue(TargetTable.isFigure(ArraySlice(">90%".unicodeScalars.map(\.value))))
        XCTAssertFalse(TargetTable.isFigure(ArraySlice("2018年".unicodeScalars.map(\.value))))
    }
}
