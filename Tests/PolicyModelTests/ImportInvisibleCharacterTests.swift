import Foundation
import XCTest
@testable import PolicyModel

/// A zero-width space in a page's 标题 blocked the whole import ("remove it (it comes from the page)"): gov.cn pages
/// carry such invisible characters. U+200B and U+FEFF are removed from titles and numbers now, with a warning naming
/// where; the text keeps them (it is stored as the file has it); bidi controls, which change how a title reads,
/// are still refused.
final class ImportInvisibleCharacterTests: XCTestCase {
    func testZeroWidthSpacesAndBOMsAreRemovedFromTitlesAndNumbersWithAWarning() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,number,level,file\n"
            + "m1,关于\u{200B}推进的意见,国发〔2015〕\u{FEFF}1号,national,ok.txt\n"
            + "p1,,,national,p1.html\n")
        try f.write("ok.txt", "正文\u{200B}甲\n")
        try f.write("p1.html", "<html><body><table>\n"
            + "<tr><td>标题：</td><td>关于\u{200B}互联网的意见</td></tr>\n"
            + "<tr><td>发文字号：</td><td>国发〔2015〕\u{200B}2号</td></tr>\n"
            + "</table>\n<div id=\"UCAP-CONTENT\"><p>正文</p></div></body></html>\n")
        let plan: ImportPlan
        switch f.importer().plan() {
        case .success(let p): plan = p
        case .failure(let failure): return XCTFail(failure.description)
        }
        XCTAssertEqual(plan.documents.map(\.title), ["关于推进的意见", "关于互联网的意见"])
        XCTAssertEqual(plan.documents.map(\.number), ["国发〔2015〕1号", "国发〔2015〕2号"])
        XCTAssertEqual(plan.documents.first?.text, "正文\u{200B}甲\n", "the text is stored as the file has it")
        XCTAssertEqual(plan.warnings.map(\.description), [
            "src/manifest.csv:2:4: warning: removed the invisible character U+200B from the title",
            "src/manifest.csv:2:13: warning: removed the invisible character U+FEFF from the number",
            "src/p1.html:2:17: warning: removed the invisible character U+200B from the title (it comes from the page; manifest line 3)",
            "src/p1.html:3:19: warning: removed the invisible character U+200B from the number (it comes from the page; manifest line 3)",
        ])
    }

    func testBidiControlsInATitleAreStillRefused() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,file\nb1,关于\u{202E}推进的意见,national,ok.txt\nb2,关于\u{2066}推进\u{2069}的意见,national,ok.txt\n")
        try f.write("ok.txt", "正文\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a bidi control was imported") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:2:4: the title contains the control character U+202E (a bidirectional-text control: it changes the order the text is shown in); remove it",
            "src/manifest.csv:3:4: the title contains the control character U+2066 (a bidirectional-text control: it changes the order the text is shown in); remove it; "
                + "1 more control character after it: U+2069",
        ])
        XCTAssertTrue(failure.problems[0].text.zh.contains("U+202E（双向文本控制符：改变文字的显示顺序）"), failure.problems[0].text.zh)
    }

    /// A date after the day of the import is imported with a warning (2035 typed for 2015 went in silently).
    func testADateAfterTodayIsWarnedOf() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,region,date_written,date_published,file\n"
            + "f1,关于推进的意见,provincial,河北省,2015-12-20,2035-12-25,ok.txt\n")
        try f.write("ok.txt", "正文\n")
        guard case .success(let plan) = f.importer(today: PolicyDate("2026-12-07")).plan() else { return XCTFail("refused") }
        XCTAssertEqual(plan.warnings.map(\.description), ["src/manifest.csv:2:38: warning: the date_published 2035-12-25 is after today (2026-12-07); check it"])
        guard case .success(let unknownDay) = f.importer().plan() else { return XCTFail("refused") }
        XCTAssertEqual(unknownDay.warnings, [], "no day known, no warning")
    }

    /// A region or date cell with a zero-width space was refused as "unknown region '浙�江'" (the character unnamed,
    /// shown as �): it is removed with a warning, as from a title. A date whose year no date may have says so.
    func testInvisiblesInRegionAndDateCellsAreRemovedAndAnOutOfRangeYearIsNamed() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,region,date_written,file\n"
            + "z1,关于推进的意见,provincial,河北\u{200B}省,2016-01-\u{200B}20,ok.txt\n"
            + "z2,关于推进的意见二,provincial,河北省,1899-01-01,ok.txt\n")
        try f.write("ok.txt", "正文\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("a year of 1899 was imported") }
        XCTAssertEqual(failure.problems.map(\.description), ["src/manifest.csv:3:28: '1899-01-01' has the year 1899, outside 1900-2200"])
        XCTAssertEqual(failure.warnings.map(\.description), [
            "src/manifest.csv:2:23: warning: removed the invisible character U+200B from the region",
            "src/manifest.csv:2:28: warning: removed the invisible character U+200B from the date_written",
        ])
    }
}
