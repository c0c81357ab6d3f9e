import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The evidence behind 'Responsible units: Liaoning 0%' read '（无：该文件没有此项的依据段落）' and nothing else: the
/// measures the low value is about (which name no responsible unit, no target, no deadline, no money) were nowhere
/// to be read. Under the passages that have it, each document lists its measures without it, with their counts.
final class MeasuresWithoutEvidenceTests: XCTestCase {
    func testTheMeasuresWithoutResponsibleUnitsAreListed() throws {
        let demo = try DemoFixture.shared()
        // A document none of whose measures names a responsible unit.
        let id = try XCTUnwrap(demo.corpus.documents.map(\.id).first { id in
            demo.analysis.indicators(id).map { $0.measureCount > 0 && $0.measuresWithResponsible == 0 } ?? false
        })
        let details = try XCTUnwrap(demo.analysis.details(id))
        let measures = details.measures.count
        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        state.stack = [.indicators, .evidence(indicator: .responsibleUnits, subject: .document(id))]
        let rows = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }
        let heading = try XCTUnwrap(rows.firstIndex { $0.contains("\(measures) 条措施中 \(measures) 条未写明“责任单位”") },
                                    rows.joined(separator: "\n"))
        let quotes = rows[(heading + 1)...].prefix { $0.hasPrefix("    [") }
        XCTAssertEqual(quotes.count, min(50, measures), rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("没有此项的依据段落") }, "the measures without it are its evidence")

        var english = state
        english.language = .english
        let en = Layout.content(english).rows.map { $0.cells.joined(separator: " ") }
        XCTAssertTrue(en.contains { $0.contains("\(measures) of \(measures) measures without “Responsible units”") }, en.joined(separator: "\n"))
    }
}
