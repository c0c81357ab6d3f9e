import XCTest
import PolicyModel
import TerminalUI
@testable import ipap

/// Tables of the commands on a terminal narrower than they are. A long last column (a title) is clipped; when
/// the columns before it do not fit either, whole columns are left out and named (the analysis table at 80
/// columns lost its funding, evaluation and governance columns to one "…").
final class TextTableTests: XCTestCase {
    func testALongTitleIsClippedAndEveryColumnStays() {
        let table = TextTable(headers: ["id", "date", "title"],
                              rows: [["a-1", "2016-01-01", String(repeating: "互联网", count: 20)]])
        let lines = table.render(maxWidth: 40).components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[1].hasPrefix("a-1  2016-01-01  互联网"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("…"), lines[1])
        XCTAssertLessThanOrEqual(DisplayWidth.of(lines[1]), 40)
    }

    func testColumnsThatDoNotFitAreLeftOutWholeAndNamed() {
        let headers = ["编号", "地区", "照搬中央", "措施", "空泛", "资金", "评估"]
        let table = TextTable(headers: headers, rows: [["demo-00001", "上海", "12%", "86", "75", "✓", "1+指+期"]],
                              rightAligned: [2, 3, 4])
        let all = table.render(maxWidth: nil)
        XCTAssertFalse(all.contains("…"))
        let width = DisplayWidth.of(all.components(separatedBy: "\n")[0])
        let lines = table.render(maxWidth: width - 12).components(separatedBy: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 3, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].hasSuffix("空泛"), "whole columns, no ellipsis: \(lines[0])")
        XCTAssertTrue(lines[1].hasSuffix("75"), lines[1])
        let note = lines[2...].joined()
        XCTAssertTrue(note.contains("2") && note.contains("资金") && note.contains("评估") && !note.contains("…"), note)
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width - 12, line) }
    }

    /// The line naming the columns left out, in both languages: one wording with `ipap list`'s
    /// (`ListTableTests.testTheColumnsLeftOutAreNamedAsEveryTableNamesThem`).
    func testTheNoteNamesTheColumnsLeftOutInEitherLanguage() {
        let expected: [Language: String] = [
            .chinese: "（终端宽度不足，未显示 2 列：资金、评估）",
            .english: "(2 columns not shown at this width: Money, Eval.)",
        ]
        for (language, note) in expected {
            let headers = language == .chinese ? ["编号", "地区", "照搬中央", "措施", "空泛", "资金", "评估"]
                                               : ["ID", "Region", "Centre", "Meas.", "Vague", "Money", "Eval."]
            let table = TextTable(headers: headers, rows: [["demo-00001", "上海", "12%", "86", "75", "✓", "1+指+期"]],
                                  rightAligned: [2, 3, 4], language: language)
            let width = DisplayWidth.of(table.render(maxWidth: nil).components(separatedBy: "\n")[0])
            let lines = table.render(maxWidth: width - 12).components(separatedBy: "\n")
            // Wrapped to the width: an English line breaks at a space.
            XCTAssertEqual(lines.dropFirst(2).joined(separator: language == .chinese ? "" : " "), note)
        }
    }

    /// A text column is never left out: `ipap problems` at 80 columns lost its text column whole (the review's
    /// descriptions) to the rule for short columns; its lines are clipped instead.
    func testATextColumnIsClippedNotLeftOut() {
        let text = String(repeating: "地方政策普遍缺少评估目标和评价体系", count: 3)
        let table = TextTable(headers: ["问题", "部分", "内容", "出处"],
                              rows: [["4 缺乏阶段性评估（Missing phased evaluation）", "成因 1", text, "三（四）"]])
        let lines = table.render(maxWidth: 80).components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 2, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[1].contains("地方政策") && lines[1].hasSuffix("…"), lines[1])
    }

    /// `ipap stats` in English at 80 columns: the issuers' names are cut, not their document counts (every count of
    /// the issuer table was "…").
    func testANarrowableNameColumnIsCutSoThatTheCountsAfterItStay() {
        let table = TextTable(headers: ["By issuer", "", "Docs"],
                              rows: [["provincial-general-office", "General office of a provincial government", "30"],
                                     ["aqsiq", "General Administration of Quality Supervision, Inspection and Quarantine (until 2018)", "1"]],
                              rightAligned: [2], narrowable: 1)
        let lines = table.render(maxWidth: 80).components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 3, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[0].hasSuffix("Docs"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix(" 30") && lines[1].contains("General office of a provincial government"), lines[1])
        XCTAssertTrue(lines[2].contains("Quality Supervision") && lines[2].contains("…") && lines[2].hasSuffix(" 1"), lines[2])
        for line in lines { XCTAssertEqual(DisplayWidth.of(line), 80, line) }
        XCTAssertFalse(table.render(maxWidth: nil).contains("…"))
    }
}
