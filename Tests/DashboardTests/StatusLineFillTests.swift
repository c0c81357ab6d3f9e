import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The status line left columns empty that a hint or a breadcrumb step would have filled: the breadcrumb, cut at a
/// step to the two thirds of the line it is promised, used far less of them, and the hints had given way to it (the
/// README's compare view at 100 columns: "… › demo-00019 › 对照 demo-00001 ↔ demo-00019", 27 columns empty, then
/// 'Esc 返回' alone); a hint too long for the room hid the shorter ones after it. Now every hint that fits is shown,
/// the breadcrumb keeps whole steps, and neither leaves room that a hint not shown or the breadcrumb's next step
/// would fit in.
final class StatusLineFillTests: XCTestCase {
    /// The compare view the README captures: tab 6, 照搬中央比例 (below the findings check's row), its worst province,
    /// the first passage, c.
    private static let readmeCompare: [Key] = [.char("6")] + Array(repeating: .down, count: 6) + [.enter, .enter, .enter, .char("c")]

    func testTheREADMECompareViewShowsTheHintsTheBreadcrumbLeavesRoomFor() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 100, height: 20, language: .chinese, keys: Self.readmeCompare)
        XCTAssertEqual(DemoFixture.status(b),
                       "… › demo-00019 › 对照 demo-00001 ↔ demo-00019        SYNTHETIC · 互联网+ 演示语料… · 1/27  Esc 返回 ")
    }

    /// The corpus's name, cut, stays beside the place (StatusLineWhereYouAreTests): in Chinese 'Esc 返回' gives way to it.
    func testTheCompareViewAt80ColumnsOffersEscInTheColumnsItLeftEmpty() throws {
        for (language, expected) in [(Language.chinese, "… › demo-00019 › 对照 demo-00001 ↔ demo-00019  SYNTHETIC · 互联网+ 演示… · 1/30 "),
                                     (.english, "… › Compare demo-00001 ↔ demo-00019  SYNTHETIC · 互联网+ 演示… · 1/30  Esc back ")] {
            let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language,
                                             keys: [.char("6"), .down, .down, .down, .down, .enter, .enter, .enter, .char("c")])
            XCTAssertEqual(DemoFixture.status(b), expected, DemoFixture.screen(b))
        }
    }

    /// On each screen, at 80x24 and 200x60 in both languages: the current place whole after its mark, and the columns
    /// left between the breadcrumb and the information fewer than any hint not shown, or the breadcrumb's next step,
    /// would take.
    func testNoScreenLeavesRoomForAHintOrAStepItLeftOut() throws {
        let demo: [(String, [Key])] = [
            ("overview", []), ("province", [.char("2"), .enter]), ("document", [.char("5"), .enter]),
            ("compare", Self.readmeCompare), ("compare, a passage", Self.readmeCompare + [.char("n"), .down, .up]),
            ("compare from the documents", [.char("5"), .enter, .char("c"), .char("n"), .down, .up]), ("tools", [.char("8"), .enter]),
            ("reviews", [.char("0")]), ("reviews filtered", [.char("0"), .char("f")] + [Key].type("author:li") + [.enter]),
        ]
        for language in [Language.chinese, .english] {
            for (width, height) in [(80, 24), (200, 60), (100, 20)] {
                for (name, keys) in demo {
                    let start = Dashboard.update(DemoFixture.initialState(try DemoFixture.shared(), width: width, height: height, language: language),
                                                 .journalsChanged(DemoFixture.oneTag)).0
                    let (b, state) = try DemoFixture.resume(start, keys: keys)
                    assertNothingFitsTheSpareColumns(b, state, "\(name) \(width)x\(height) \(language)")
                }
                let (b, state) = try DashboardFixture.run(try DashboardFixture.catalogue(), width: width, height: height, language: language, keys: [.char("6"), .enter])
                assertNothingFitsTheSpareColumns(b, state, "findings check \(width)x\(height) \(language)")
            }
        }
    }

    private func assertNothingFitsTheSpareColumns(_ b: TestBackend, _ state: AppState, _ what: String, line: UInt = #line) {
        let status = Dashboard.statusLine(state, Layout.shown(state), ScreenContext(state: state))
        let row = DemoFixture.status(b)
        guard let info = row.range(of: status.info) else { return XCTFail("\(what): no '\(status.info)' in '\(row)'", line: line) }
        let left = String(row[..<info.lowerBound]).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        let right = String(row[info.lowerBound...])
        let gap = DisplayWidth.of(String(row[..<info.lowerBound])) - DisplayWidth.of(left) - 2
        let steps = status.breadcrumb
        // A long last step cut for the first key (ToolClausesPageTests) ends in '…'.
        let cut = status.packed(width: state.size.width).cutsThePlace
        XCTAssertTrue(left == " " + steps.joined(separator: " › ") || left.hasPrefix("… › ") && left.hasSuffix(" › " + (steps.last ?? "")) || cut && left.hasSuffix("…"),
                      "\(what): '\(left)' is not the breadcrumb's whole steps to its place", line: line)
        XCTAssertGreaterThanOrEqual(gap, 0, "\(what): '\(row)'", line: line)
        for hint in status.hints where !right.contains("  " + hint.text + " ") {
            XCTAssertGreaterThan(2 + DisplayWidth.of(hint.text), gap, "\(what): '\(hint.text)' fits '\(row)'", line: line)
        }
        // The breadcrumb one step longer than shown: whole, or from an earlier step after "… › ".
        let longer = ([" " + steps.joined(separator: " › ")] + steps.indices.dropFirst().map { "… › " + steps[$0...].joined(separator: " › ") })
            .map(DisplayWidth.of).filter { $0 > DisplayWidth.of(left) }.min()
        if let longer {
            XCTAssertGreaterThan(longer - DisplayWidth.of(left), gap, "\(what): a step more fits '\(row)'", line: line)
        }
    }
}
