import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map (tab 7) showed '·', which its scale reads as 'none shared', on the diagonal of a province with one
/// analysed document, where there is no pair within it to compare (the demo's Liaoning, Jilin, Guangdong and six
/// more): it claimed a comparison that was never made. Such a cell now shows '-', which the scale names.
final class HeatMapOneDocumentTests: XCTestCase {
    /// The grid's row of `label` and the text drawn in the cell under the column headed `column`.
    private func cell(_ b: TestBackend, row label: String, column: String) throws -> String {
        let header = try XCTUnwrap(b.rows.first { $0.hasPrefix("       ") && $0.contains(" " + column + " ") }, DemoFixture.screen(b))
        let x = try XCTUnwrap(DemoFixture.column(of: " " + column + " ", in: header)) + 1
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(label + " ") }, DemoFixture.screen(b))
        let chars = Array(row)
        var col = 0, out = ""
        for ch in chars {
            let w = max(1, DisplayWidth.of(ch))
            if col >= x && col < x + 2 { out.append(ch) }
            col += w
        }
        return out
    }

    func testAProvinceWithOneDocumentShowsNoPairOnItsDiagonal() throws {
        for (language, liaoning, tianjin, scale) in [(Language.english, "辽 Liaoning", "津 Tianjin", "- no pair to compare"),
                                                     (.chinese, "辽宁", "天津", "- 无文件对可比")] {
            let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: [.char("7")])
            // Liaoning has one document in the demo: nothing within it to compare.
            XCTAssertEqual(try cell(b, row: liaoning, column: "辽"), "- ", DemoFixture.screen(b))
            // Tianjin has two, which share nothing: still 'none shared'.
            XCTAssertEqual(try cell(b, row: tianjin, column: "津"), "· ", DemoFixture.screen(b))
            XCTAssertTrue(b.rows.contains { $0.contains(scale) }, DemoFixture.screen(b))
        }
    }

    /// The view's export (e, view FILE.csv) says what the screen says: '-' there, a share where text is shared.
    func testTheViewsExportSaysSoToo() throws {
        let (_, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: [.char("7")])
        let table = ViewExport.table(Layout.content(state))
        let liaoning = try XCTUnwrap(table.rows.first { $0.first == "辽 Liaoning" })
        let column = try XCTUnwrap(table.titles.firstIndex(of: "辽"))
        XCTAssertEqual(liaoning[column], "-")
        let anhui = try XCTUnwrap(table.rows.first { $0.first == "皖 Anhui" })
        XCTAssertEqual(anhui[1], "18%")
        // '·' (none shared) as 0%: an empty cell read as unknown.
        XCTAssertEqual(anhui[try XCTUnwrap(table.titles.firstIndex(of: "皖"))], "0%")
    }

    func testTheCursorLineSaysSoToo() throws {
        // The heat map opens on its strongest cell, Centre × Anhui (row 1, column 9); Liaoning × Liaoning is row 4, column 4.
        let keys: [Key] = [.char("7"), .down, .down, .down] + Array(repeating: .left, count: 5)
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: keys)
        XCTAssertTrue(DemoFixture.status(b).contains("4/23×4/23"), DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.hasPrefix(" ▶ 辽 Liaoning × 辽 Liaoning  Liaoning: one analysed document") }, DemoFixture.screen(b))
    }
}
