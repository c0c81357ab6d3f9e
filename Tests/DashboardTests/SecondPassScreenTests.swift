import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Issue 15's defects seen on screen, each as the analyst saw it, at 80x24 and 200x60 on the demo corpus.
final class SecondPassScreenTests: XCTestCase {
    private static let sizes = [(80, 24), (200, 60)]

    /// The demo corpus (analysed once per test run) after `keys`.
    private func screen(_ keys: [Key], _ size: (Int, Int), in language: Language = .chinese) throws -> (TestBackend, AppState) {
        try DemoFixture.run(try DemoFixture.shared(), width: size.0, height: size.1, language: language, keys: keys)
    }

    /// Item 8: the policy-tool letters stood in the text's first column (`▸供园区`), read as text. They stand in a
    /// column of their own, ruled off from the text, and the legend names that column.
    func testTheToolGutterIsAColumnOfItsOwn() throws {
        for (w, h) in Self.sizes {
            let (b, _) = try screen([.char("5"), .char("j"), .enter, .char("G")], (w, h))
            let textRows = b.rows.dropFirst().dropLast().filter { row in
                ["供", "环", "需"].contains { row.dropFirst().hasPrefix($0) }
            }
            XCTAssertFalse(textRows.isEmpty, "tool letters on screen" + DemoFixture.screen(b))
            for row in textRows {
                XCTAssertEqual(DemoFixture.column(of: "┊", in: row), 3, "the rule after the gutter: \(row)")
            }
            let (_, state) = try screen([.char("5"), .char("j"), .enter], (w, h))
            let legend = try XCTUnwrap(Layout.content(state).rows.first { $0.cells[0].contains("左栏 供┊环┊需＝政策工具") }, "the legend names the column")
            XCTAssertLessThan(DisplayWidth.of(legend.cells[0].trimmingCharacters(in: .whitespaces)), w - 1, "the legend is read whole: \(legend.cells[0])")
        }
    }

    /// Item 14: the similarity heat map started on its empty diagonal (`▶ 中央 × 中 = ·`) and had no scale. It
    /// starts on its strongest pair, and a line says what each shade stands for.
    func testTheHeatMapStartsOnAPairAndHasAScale() throws {
        for size in Self.sizes {
            let (b, _) = try screen([.char("7")], size)
            let info = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ ") }, DemoFixture.screen(b))
            XCTAssertNotNil(info.range(of: #"= \d+%"#, options: .regularExpression), "a pair with its share: \(info)")
            XCTAssertTrue(info.contains("Enter 打开"), info)
            XCTAssertTrue(b.rows.contains { $0.contains("图例：· 无共享") && $0.contains("░ ") && $0.contains("█ ") }, DemoFixture.screen(b))
        }
    }
}
