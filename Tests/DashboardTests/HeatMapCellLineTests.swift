import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map in Chinese named the cursor's row in full and its column by its abbreviation under the grid
/// ('▶ 河北 × 皖'); and Enter on a cell that compares nothing said 'empty cell' ('此格为空'), also on a '-' (a province
/// with one analysed document), where there is no pair to compare. Both are named in full now, and Enter says why.
final class HeatMapCellLineTests: XCTestCase {
    /// The map opens on its strongest cell, Centre × Anhui; Liaoning × Liaoning ('-') is three down, five left.
    private static let liaoning: [Key] = [.char("7"), .down, .down, .down] + Array(repeating: .left, count: 5)

    func testTheLineUnderTheGridNamesTheColumnInFull() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: width, height: height, language: .chinese, keys: [.char("7")])
            XCTAssertTrue(b.rows.contains { $0.hasPrefix(" ▶ 中央 × 安徽 = 18%") }, DemoFixture.screen(b))
        }
    }

    func testEnterOnADashSaysThereIsOneDocument() throws {
        for (language, line, said) in [(Language.chinese, " ▶ 辽宁 × 辽宁  辽宁只有一份已分析的文件", "辽宁只有一份已分析的文件：没有可对照的另一份"),
                                       (.english, " ▶ 辽 Liaoning × 辽 Liaoning  Liaoning: one analysed document", "Liaoning: one analysed document, no pair to compare")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: width, height: height, language: language, keys: Self.liaoning + [.enter])
                XCTAssertEqual(state.route, .similarity)
                XCTAssertTrue(b.rows.contains { $0.hasPrefix(line) }, DemoFixture.screen(b))
                XCTAssertTrue(DemoFixture.status(b).contains("  " + said + "  SYNTHETIC"), DemoFixture.status(b))
            }
        }
    }

    /// A '·' cell: the two share no passage, said in words on the line under the grid too (it read '= ·').
    func testEnterOnADotSaysNothingIsShared() throws {
        let keys: [Key] = [.char("7"), .char("k"), .char("l"), .char("l"), .char("j"), .char("j"), .char("j"), .char("h"), .char("h"), .char("h"),
                           .char("h"), .char("h"), .char("h")]
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .chinese, keys: keys + [.enter])
        let line = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ ") }, DemoFixture.screen(b))
        XCTAssertTrue(line.contains("的文件没有共享段落"), line)
        XCTAssertFalse(line.contains("·"), line)
        XCTAssertTrue(DemoFixture.status(b).contains("的文件没有共享段落：无可对照"), DemoFixture.status(b))
    }
}
