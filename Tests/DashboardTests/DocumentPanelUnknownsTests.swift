import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 50 on a document's indicator panel: a document with no measure recognised read "措施 0，空泛 0" (its vague
/// share is unknown, and the evidence page said "-"), and the "=" after the goals' and actions' shares was explained
/// nowhere.
final class DocumentPanelUnknownsTests: XCTestCase {
    private func panel(_ change: (inout DocumentIndicators) -> Void, language: Language) throws -> [String] {
        let state = DemoFixture.initialState(try DemoFixture.shared(), width: 200, height: 60, language: language)
        var i = DocumentIndicators(id: "demo-00019", length: 100, contentLength: 90)
        change(&i)
        return ScreenContext(state: state).indicatorPanel(i, of: "demo-00019").map(\.text)
    }

    func testNoMeasureRecognisedIsUnknownNotZero() throws {
        for language in [Language.chinese, .english] {
            let lines = try panel({ _ in }, language: language)
            let measures = try XCTUnwrap(lines.first { $0.hasPrefix(language == .chinese ? "措施" : "Measures") }, "\(lines)")
            XCTAssertFalse(measures.contains("0"), measures)
            XCTAssertTrue(measures.contains(language == .chinese ? "空泛 -" : "vague -"), measures)
            XCTAssertTrue(measures.contains(language == .chinese ? "未识别出措施" : "none recognised"), measures)
        }
        // With measures, the counts as before.
        let counted = try panel({ $0.measures = [MeasureAssessment(clause: TextSpan(0, 10), role: .actions, quantified: [], responsible: [], deadline: [], money: [])]; $0.vagueMeasures = 1 }, language: .chinese)
        XCTAssertTrue(counted.contains { $0.hasPrefix("措施 1，空泛 1") }, "\(counted)")
    }

    func testTheIdenticalMarkIsExplainedWhereItShows() throws {
        let marked = try panel({ $0.copiedFromCentre = 0.95; $0.copiedFromCentreGoals = 1; $0.identicalGoals = true }, language: .chinese)
        let line = try XCTUnwrap(marked.firstIndex { $0.contains("100%=") }, "\(marked)")
        XCTAssertTrue(marked[line + 1].contains("“=”：该章节九成以上出自同一份中央文件"), "\(marked)")
        let unmarked = try panel({ $0.copiedFromCentre = 0.5; $0.copiedFromCentreGoals = 0.5 }, language: .chinese)
        XCTAssertFalse(unmarked.contains { $0.contains("“=”") }, "\(unmarked)")
    }
}
