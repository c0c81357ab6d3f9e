import PolicyAnalysis
import XCTest
@testable import Dashboard

/// A document without a goals (or actions) section has no goals to be identical to the centre's: its value
/// is unknown, not "no". Counted as 0, a province's plans without such a section lowered its share in the
/// ranking "goals identical to the centre" (the mean over its documents).
final class TextIndicatorValueTests: XCTestCase {
    private func summary(goals: Double?, identical: Bool) -> DocumentSummary {
        var d = DocumentIndicators(id: "d", length: 100, contentLength: 100)
        d.copiedFromCentreGoals = goals
        d.identicalGoals = identical
        d.copiedFromCentreActions = goals
        d.identicalActions = identical
        return DocumentSummary(d)
    }

    func testIdenticalSectionsAreUnknownWithoutTheSection() {
        for kind in [TextIndicatorKind.identicalGoals, .identicalActions] {
            let indicator = TextIndicator(kind)
            XCTAssertNil(indicator.value(summary(goals: nil, identical: false)), "\(kind): no such section")
            XCTAssertEqual(indicator.value(summary(goals: 0.3, identical: false)), 0, "\(kind)")
            XCTAssertEqual(indicator.value(summary(goals: 0.95, identical: true)), 1, "\(kind)")
        }
    }
}

/// "Goals identical to the centre" is read from the goals section: its evidence is the centre's passages there, not
/// every passage of the document (which listed the actions' copies under the goals' flag).
final class IdenticalSectionEvidenceTests: XCTestCase {
    func testAnIdenticalSectionsEvidenceIsThatSectionsPassages() {
        var d = DocumentIndicators(id: "d", length: 300, contentLength: 300)
        d.sections = [
            Section(index: 0, depth: 1, kind: nil, title: "发展目标", heading: nil, span: TextSpan(0, 100), role: .goals, parent: nil),
            Section(index: 1, depth: 1, kind: nil, title: "主要任务", heading: nil, span: TextSpan(100, 300), role: .actions, parent: nil),
        ]
        d.centreSpans = [TextSpan(10, 50), TextSpan(150, 200)]
        XCTAssertEqual(TextIndicator(.identicalGoals).evidence(d), [TextSpan(10, 50)])
        XCTAssertEqual(TextIndicator(.identicalActions).evidence(d), [TextSpan(150, 200)])
        XCTAssertEqual(TextIndicator(.copiedFromCentre).evidence(d), d.centreSpans)
    }
}

/// The supply share of a document whose tool clauses are all of the other classes read '-' (unknown) and was left out
/// of the ranking and its province's mean: it is 0. Without any tool clause it stays unknown.
final class ToolShareValueTests: XCTestCase {
    func testSupplysShareIsZeroWhenOtherClassesHaveTheClausesAndUnknownWithoutAny() {
        var d = DocumentIndicators(id: "d", length: 100, contentLength: 100)
        let indicator = TextIndicator(.toolShares)
        XCTAssertNil(indicator.value(DocumentSummary(d)), "no tool clause: unknown")
        d.toolCounts = ["environment": 3, "demand": 1]
        d.toolShares = ["environment": 0.75, "demand": 0.25]
        XCTAssertEqual(indicator.value(DocumentSummary(d)), 0)
        d.toolCounts["supply"] = 4
        d.toolShares = ["supply": 0.5, "environment": 0.375, "demand": 0.125]
        XCTAssertEqual(indicator.value(DocumentSummary(d)), 0.5)
    }
}
