import PolicyAnalysis
import PolicyModel
import XCTest
@testable import Dashboard

/// Opening a tool's cell quoted up to 300 clauses and coded each quoted document's text again (0.2-0.35 s at
/// 10,000 documents), and the next cell of the row coded most of the same documents again. The session keeps the
/// codings; a text imported anew is coded anew.
final class MachineCodingsTests: XCTestCase {
    func testATextIsCodedOnceAndAChangedTextAgain() throws {
        let demo = try DemoFixture.shared()
        let taxonomy = demo.corpus.taxonomy
        let codings = MachineCodings()
        let d = try XCTUnwrap(demo.corpus.documents.first { demo.corpus.text(of: $0) != nil })
        let text = try XCTUnwrap(demo.corpus.text(of: d))
        let first = codings.coding(of: d.id, text: text, taxonomy: taxonomy)
        XCTAssertEqual(first, ReviewedCoding.machineCoding(text: text, taxonomy: taxonomy))
        _ = codings.coding(of: d.id, text: text, taxonomy: taxonomy)
        XCTAssertEqual(codings.made, 1)
        let changed = "各地要加强组织领导，建立考核评估机制。" + text
        XCTAssertEqual(codings.coding(of: d.id, text: changed, taxonomy: taxonomy), ReviewedCoding.machineCoding(text: changed, taxonomy: taxonomy))
        XCTAssertEqual(codings.made, 2)
    }

    /// Two cells of the Tools tab's first row: the second codes only the documents the first did not quote.
    func testTheSecondCellOfARowCodesOnlyWhatTheFirstDidNot() throws {
        let demo = try DemoFixture.shared()
        let alone = DemoFixture.initialState(demo, width: 120, height: 40)
        let (_, second) = try DemoFixture.resume(alone, keys: [.char("8"), .char("l"), .char("l"), .enter])
        guard case .toolClauses = second.route else { return XCTFail("\(second.route)") }
        let codedAlone = alone.machineCodings.made
        XCTAssertGreaterThan(codedAlone, 1)

        let state = DemoFixture.initialState(demo, width: 120, height: 40)
        let (_, first) = try DemoFixture.resume(state, keys: [.char("8"), .enter])
        let afterFirst = state.machineCodings.made
        let (_, next) = try DemoFixture.resume(first, keys: [.escape, .char("l"), .char("l"), .enter])
        XCTAssertEqual(next.route, second.route)
        XCTAssertLessThan(state.machineCodings.made - afterFirst, codedAlone, "the documents both cells quote are coded once")
    }
}
