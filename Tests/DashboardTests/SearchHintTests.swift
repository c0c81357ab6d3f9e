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
        XCTAssertEqual(try status("7", .english), " Similarity  互联网+ 政策目录（真实文件目录） / In… · 0/0  : go  ? help  q quit ")
        XCTAssertEqual(try status("8", .chinese), " 政策工具  互联网+ 政策目录（真实文件目录） / In… · 0/0  : 转到  ? 帮助  q 退出 ")
    }

    /// A text indicator opened on the catalogue (no texts) is an empty list: its one line says why. That line was a
    /// row the cursor rested on ('· 1/1  Esc 返回  / 搜索  : 转到') and '/' was offered with nothing to search; now it
    /// is a note ('· 0/0  Esc 返回  : 转到').
    func testAnEmptyIndicatorDrillDownOffersNoSearch() throws {
        for (language, name, status) in [
            (Language.chinese, "照搬中央比例", " 指标 › 照搬中央比例  互联网+ 政策目录… · 0/0  Esc 返回  : 转到  ? 帮助  q 退出 "),
            (.english, "Share copied from the centre", " Indicators › Share copied from the centre    互联网+ 政策目录… · 0/0  Esc back "),
        ] {
            let keys: [Key] = [.char("6")] + Array(repeating: .char("j"), count: 6) + [.enter]
            let (b, _) = try DashboardFixture.run(try DashboardFixture.catalogue(), width: 80, height: 24, language: language, keys: keys)
            XCTAssertTrue(b.rows[1].contains(name), b.rows[1])
            XCTAssertEqual(b.rows.last, status)
        }
    }

    func testTheSearchHintStaysWhereThereAreRows() throws {
        XCTAssertTrue(try status("2", .english).contains("/ search"))
        XCTAssertTrue(try status("2", .chinese).contains("/ 搜索"))
    }
}
