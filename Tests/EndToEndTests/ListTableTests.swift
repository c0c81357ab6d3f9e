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
                XCTAssertTrue(line.contains(String(d.titleWithNote.prefix(8))), line)
            }
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
            XCTAssertTrue(lines.contains { $0.contains("国发〔2015〕40号") && $0.hasSuffix(d.titleWithNote) })
        }
    }
}
