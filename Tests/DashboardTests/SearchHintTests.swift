import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The catalogue's Similarity and Tools tabs (no texts, nothing to show: '0/0') still offered '/ search' in
/// the status line: the hint shows only where there are rows, a text or a grid's labels to search.
final class SearchHintTests: XCTestCase {
    private func status(_ key: Character, _ language: Language) throws -> String {
        let (b, _) = try DashboardFixture.run(try DashboardFixture.catalogue(), width: 80, height: 24, language: language, keys: [.char(key)])
        return b.rows.last ?? ""
    }

    func testNoSearchHintWhereThereIsNothingToSearch() throws {
        XCTAssertEqual(try status("7", .english), " Similarity 互联网+ 政策目录（真实文件目录） / Int… · 0/0  : go  ? help  q quit ")
        XCTAssertEqual(try status("8", .chinese), " 政策工具 互联网+ 政策目录（真实文件目录） / Int… · 0/0  : 转到  ? 帮助  q 退出 ")
    }

    func testTheSearchHintStaysWhereThereAreRows() throws {
        XCTAssertTrue(try status("2", .english).contains("/ search"))
        XCTAssertTrue(try status("2", .chinese).contains("/ 搜索"))
    }
}
