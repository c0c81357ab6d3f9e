import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: a document's panel read `工具 供 63%  环 38%  需 0%`, 101% in all (5 of 8 and 3 of 8, each rounded
/// up). The three shares are rounded by largest remainder, so what is shown adds up to 100%.
final class ToolSharesAddUpTests: XCTestCase {
    func testLargestRemainder() {
        XCTAssertEqual(SharePercent.texts(ofParts: [0.625, 0.375, 0]), ["63%", "37%", "0%"])
        XCTAssertEqual(SharePercent.texts(ofParts: [1.0 / 3, 1.0 / 3, 1.0 / 3]), ["34%", "33%", "33%"])
        XCTAssertEqual(SharePercent.texts(ofParts: [0.996, 0.004, 0]), ["100%", "<1%", "0%"])
    }

    /// Every demo document's panel line, as an analyst reads it, adds up to 100%; some did not each rounded.
    func testEveryDocumentsToolSharesAddUpOnItsPanel() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            let context = ScreenContext(state: DemoFixture.initialState(demo, width: 200, height: 60, language: language))
            var checked = 0, eachRoundedOff = 0
            for d in demo.corpus.documents {
                guard let i = demo.analysis.details(d.id), !i.toolShares.isEmpty else { continue }
                let line = try XCTUnwrap(context.indicatorPanel(i, of: d.id).map(\.text).first { $0.contains("%") && $0.hasPrefix(context[.toolsPrefix]) })
                let percents = line.components(separatedBy: CharacterSet.decimalDigits.inverted).compactMap(Int.init)
                XCTAssertEqual(percents.count, 3, line)
                XCTAssertEqual(percents.reduce(0, +), 100, "\(d.id): \(line)")
                let rounded = GroupIndicatorValues.toolClasses.map { Int(((DocumentIndicators.toolShare($0, of: i.toolShares) ?? 0) * 100).rounded()) }
                if rounded.reduce(0, +) != 100 { eachRoundedOff += 1 }
                checked += 1
            }
            XCTAssertGreaterThan(checked, 10)
            XCTAssertGreaterThan(eachRoundedOff, 0, "a document whose shares each rounded do not add up")
        }
    }
}
