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
}
