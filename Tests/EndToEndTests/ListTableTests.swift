import PolicyModel
import TerminalUI
import XCTest
@testable import ipap

/// `ipap list` in English at 80 columns showed no title at all: ID, Date, Number, Level and Region took the width
/// ('ID  Date  Number  Level    …'). The title keeps at least 20 columns; the columns before it give way.
final class ListTableTests: XCTestCase {
    func testTheTitleKeepsTwentyColumnsAt80() throws {
        let corpus = try BundledCorpus.load("catalog")
        for (language, title, leftOut) in [(Language.english, "Title", ["Number", "Region"]), (.chinese, "标题", ["文号"])] {
            let (table, left) = ListTable(corpus: corpus, language: language).render(corpus.documents, width: 80)
            let lines = table.components(separatedBy: "\n")
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line) }
            let header = try XCTUnwrap(lines.first)
            let titleColumn = try XCTUnwrap(header.range(of: title).map { DisplayWidth.of(String(header[..<$0.lowerBound])) }, header)
            XCTAssertLessThanOrEqual(titleColumn, 80 - ListTable.titleMinimum, header)
            XCTAssertEqual(left, leftOut)
            // Every document's row shows the start of its title.
            for (d, line) in zip(corpus.documents, lines.dropFirst()) {
                XCTAssertTrue(line.contains(String(d.titleWithNote(in: language).prefix(8))), line)
            }
        }
    }

    /// `ipap list` said '（终端宽度不足，未显示：文号；ipap show 或 --format csv 可见）' where every other table says
    /// '（终端宽度不足，未显示 2 列：资金、评估）': one wording now (`TextTable.leftOutNote`), with where to see them.
    func testTheColumnsLeftOutAreNamedAsEveryTableNamesThem() throws {
        let corpus = try BundledCorpus.load("catalog")
        let expected: [Language: String] = [
            .chinese: "（终端宽度不足，未显示 1 列：文号；可用 ipap show 或 --format csv 查看）",
            .english: "(2 columns not shown at this width: Number, Region; see ipap show or --format csv)",
        ]
        for (language, note) in expected {
            let list = ListTable(corpus: corpus, language: language)
            let (_, left) = list.render(corpus.documents, width: 80)
            XCTAssertEqual(list.leftOutNote(left), note)
            XCTAssertEqual(list.leftOutNote(left), TextTable.leftOutNote(left, language: language, seeAlso: ["ipap show", "--format csv"]))
            XCTAssertNil(list.leftOutNote(list.render(corpus.documents, width: 200).leftOut))
        }
    }

    func testEveryColumnAndTheWholeTitleAt200() throws {
        let corpus = try BundledCorpus.load("catalog")
        for (language, headers) in [(Language.english, ["ID", "Date", "Number", "Level", "Region", "Title"]),
                                    (.chinese, ["编号", "日期", "文号", "级别", "地区", "标题"])] {
            let (table, left) = ListTable(corpus: corpus, language: language).render(corpus.documents, width: 200)
            let lines = table.components(separatedBy: "\n")
            XCTAssertEqual(lines[0].split(separator: " ").map(String.init), headers)
            XCTAssertEqual(left, [])
            let d = try XCTUnwrap(corpus.document("gf-2015-40"))
            XCTAssertTrue(lines.contains { $0.contains("国发〔2015〕40号") && $0.hasSuffix(d.titleWithNote(in: language)) })
        }
    }

    /// The catalogue's English note on a title is data, kept as written: in Chinese it is marked as the catalogue's
    /// ('[title inferred]' read as the program's own words among Chinese columns).
    func testAnEnglishTitleNoteIsMarkedAsTheCataloguesInChinese() throws {
        let corpus = try BundledCorpus.load("catalog")
        let title = "陕西省人民政府关于积极推进“互联网+”行动的实施意见"
        for (language, suffix) in [(Language.chinese, title + " [编目注：title inferred]"), (.english, title + " [title inferred]")] {
            let (table, _) = ListTable(corpus: corpus, language: language).render(corpus.documents, width: 200)
            let row = try XCTUnwrap(table.components(separatedBy: "\n").first { $0.hasPrefix("61-gov-undated-3a6af2 ") })
            XCTAssertTrue(row.hasSuffix(suffix), row)
        }
    }
}
