import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The indicator list's "worst" column named the first province by code when several, or all, shared the
/// worst value (IP protection: Tianjin 0%, where every province had 0%): a label says exactly what was seen.
final class WorstSubjectTests: XCTestCase {
    func testTiedWorstValuesAreSaidAsTiesAndEqualValuesNameNoProvince() throws {
        let demo = try DemoFixture.shared()
        let context = ScreenContext(state: DemoFixture.initialState(demo, width: 80, height: 24, language: .english))
        var sawTie = false, sawEqual = false
        for kind in TextIndicatorKind.allCases {
            let provinces = context.indicatorValues(kind, analysis: try XCTUnwrap(context.analysis)).provinces
            guard provinces.count > 1, let top = context.worstOf(kind) else { continue }
            let tied = provinces.prefix { $0.1 == provinces[0].1 }.count
            let higherIsWorse = !TextIndicator(kind).lowIsWorse
            if tied == provinces.count || (higherIsWorse && provinces[0].1 <= 0) {
                XCTAssertEqual(top.label, "all equal", "\(kind): \(provinces.prefix(3))")
                sawEqual = true
            } else if tied > 1 {
                XCTAssertTrue(top.label.hasSuffix(" +\(tied - 1) tied"), "\(kind): \(top.label)")
                sawTie = true
            } else {
                XCTAssertFalse(top.label.contains("tied") || top.label == "all equal", "\(kind): \(top.label)")
            }
        }
        XCTAssertTrue(sawTie && sawEqual, "the demo has both a tie and an indicator equal everywhere")
    }

    /// In Chinese the label read '全部相同' (all the same): beside '重点行动与中央完全相同' (key actions identical to
    /// the centre; since QA pass 50 '重点行动九成以上照搬中央') at 0%, 'all identical' where no province's were. It says the subjects are tied: '全部并列'.
    func testInChineseEqualValuesReadAsATieNotAsIdentical() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 50, keys: [.char("6")])
        let row = try XCTUnwrap(b.rows.first { $0.contains("重点行动九成以上照搬中央") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("全部并列") && row.hasSuffix("0%"), row)
        XCTAssertFalse(b.rows.contains { $0.contains("全部相同") }, DemoFixture.screen(b))
    }
}
