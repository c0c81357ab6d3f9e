import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The status line must always say where you are: the place, the corpus's name and the position. The name was left
/// out where the first key or a long place wanted its columns (the Areas tab in Chinese at 80 columns read
/// '行动领域          1/11'; a problem page, the compare views), and within the review's scope (`w`) the English line
/// lost its position too ('… scope: policy (related records left out), up to 2020-06-…'). Now the name is cut, not
/// left out, and the scope is said shorter, then cut; the keys give way first.
final class StatusLineWhereYouAreTests: XCTestCase {
    private static let deeper: [(String, [Key])] = [
        ("problem page", [.char("6"), .down, .enter]),
        ("compare from the heat map", [.char("7"), .enter]),
        ("compare of two marked documents", [.char("5"), .char("m"), .down, .down, .char("c")]),
        ("a tool's clauses", [.char("8"), .enter]),
        ("the README's compare view", [.char("6")] + Array(repeating: .down, count: 6) + [.enter, .enter, .enter, .char("c")]),
    ]

    func testEveryTabSaysThePlaceTheNameAndThePositionAt80Columns() throws {
        let catalogue = try DashboardFixture.catalogue()
        for language in [Language.chinese, .english] {
            for tab in "1234567890" {
                for scoped in [false, true] {
                    let keys: [Key] = [.char(tab)] + (scoped ? [.char("w")] : [])
                    let what = "tab \(tab)\(scoped ? " w" : "") \(language)"
                    let (demo, demoState) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys)
                    assertWhereYouAre(demo, demoState, "demo " + what)
                    let (real, realState) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: language, keys: keys)
                    assertWhereYouAre(real, realState, "catalogue " + what)
                }
            }
            for (name, keys) in Self.deeper {
                let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys)
                assertWhereYouAre(b, state, "\(name) \(language)")
            }
        }
    }

    /// The Areas tab in Chinese within the review's scope read ' 行动领域  SYNTHETIC · 范围：政策（不含相关记录），至 2020-06-30 ·
    /// 1/11  ⏎ 打开 ': no corpus. The scope is said without what it leaves out within its classes, so that the name fits.
    func testTheAreasTabInChineseNamesTheCorpus() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .chinese, keys: [.char("4"), .char("w")])
        XCTAssertEqual(DemoFixture.status(b), " 行动领域  SYNTHETIC · 范围：政策，至 2020-06-30 · 互联网+ 演示… · 1/11  ⏎ 打开 ")
    }

    /// The README's document, opened from a passage, at 100 columns: with the name beside it the first key fitted only
    /// beside the place, and the keys were cut to the room the breadcrumb's steps had taken ('… · 1/117  E…').
    func testAKeyIsWholeOrNotShown() throws {
        let keys: [Key] = [.char("6")] + Array(repeating: .down, count: 6) + [.enter, .enter, .enter]
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 20, language: .chinese, keys: keys)
        XCTAssertEqual(DemoFixture.status(b), "… › 依据：照搬中央比例 · 广东 › demo-00019  SYNTHETIC · 互联网+ 演示语料… · 1/117  Esc 返回  / 搜索 ")
    }

    private func assertWhereYouAre(_ b: TestBackend, _ state: AppState, _ what: String, line: UInt = #line) {
        let row = DemoFixture.status(b)
        let place = ScreenContext(state: state).label(for: state.route)
        // The place whole, or its start where a long last step gave up its end for the first key (a tool's clauses).
        XCTAssertTrue(row.contains(place) || row.contains(String(place.prefix(place.count / 2))), "\(what): no place '\(place)' in '\(row)'", line: line)
        // The name, cut to '互联网+…' at the least (both corpora's names start so).
        XCTAssertNotNil(row.range(of: "(  | · )互联网\\+", options: .regularExpression), "\(what): no corpus name in '\(row)'", line: line)
        XCTAssertNotNil(row.range(of: #" · \d+/\d+(×\d+/\d+)?( |$)"#, options: .regularExpression), "\(what): no position in '\(row)'", line: line)
        if state.corpus.isSynthetic { XCTAssertTrue(row.contains("SYNTHETIC"), "\(what): '\(row)'", line: line) }
    }
}
