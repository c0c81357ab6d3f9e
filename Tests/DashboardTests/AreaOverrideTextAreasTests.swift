import PolicyAnalysis
import PolicyModel
import XCTest
@testable import Dashboard

/// An analyst's area override of a clause changes the areas coded from the document's text in the dashboard as in the
/// export (`ReviewedCoding.apply`): the view applied it to the tool counts only, so that the area pages, the provinces'
/// coverage and the document page still showed the machine's areas while the exported area tables counted the override.
final class AreaOverrideTextAreasTests: XCTestCase {
    struct Move { var document: String, from: String, to: String }

    /// In the first analysed provincial main documents whose titles name no area (their text areas are their
    /// provinces' coverage), the clauses of an area (the area of fewest clauses) are recoded to an area none of its clauses has.
    private func overrides(_ demo: DemoFixture.Loaded) throws -> (ReviewStore, [Move]) {
        let taxonomy = demo.corpus.taxonomy
        let areas = taxonomy.areas.map(\.id)
        let opinion = demo.corpus.guidingOpinion?.id
        var entries: [ReviewStore.Located] = [], moves: [Move] = []
        let candidates = demo.corpus.documents.filter { d in demo.analysis.indicators(d.id) != nil
            && d.level == .provincial && d.isComprehensive && d.isMainImplementation(of: opinion) }
        for d in candidates where moves.count < 3 {
            let text = try XCTUnwrap(demo.corpus.text(of: d))
            let machine = ReviewedCoding.machineCoding(text: text, taxonomy: taxonomy)
            let coded = Set(machine.flatMap(\.actionAreas))
            // The area of fewest clauses (one, where there is one), each of them recoded.
            let holding = areas.map { a in (a, machine.indices.filter { machine[$0].actionAreas.contains(a) }) }
            guard let (from, clauses) = holding.filter({ !$0.1.isEmpty }).min(by: { $0.1.count < $1.1.count }),
                  let to = areas.first(where: { !coded.contains($0) }) ?? areas.first(where: { $0 != from }) else { continue }
            for clause in clauses {
                entries.append(ReviewStore.Located(entry: ReviewEntry(author: "wang", kind: .override, target: .document(d.id, clause: clause),
                                                                      override: ReviewOverride(field: .actionArea, value: to)),
                                                   file: "reviews/wang.jsonl", line: entries.count + 1))
            }
            moves.append(Move(document: d.id, from: from, to: to))
        }
        XCTAssertEqual(moves.count, 3)
        return (ReviewStore(entries: entries), moves)
    }

    private func context(_ demo: DemoFixture.Loaded, _ store: ReviewStore) -> ScreenContext {
        ScreenContext(state: Dashboard.update(DemoFixture.initialState(demo, width: 120, height: 30), .journalsChanged(store)).0)
    }

    func testEveryDocumentsTextAreasAreTheExports() throws {
        let demo = try DemoFixture.shared()
        let (store, moves) = try overrides(demo)
        let analysis = try XCTUnwrap(context(demo, store).analysis)
        let corpus = demo.corpus
        let (exported, _) = ReviewedCoding(scheme: CodingScheme(taxonomy: corpus.taxonomy), store: store)
            .apply(to: try demo.analysis.fullResult(), documents: CorpusAnalysis(corpus: corpus).inputs,
                   text: { id in corpus.document(id).flatMap { corpus.text(of: $0) } }, keeping: { _, _ in () })
        XCTAssertGreaterThan(exported.documents.count, 10)
        for d in exported.documents { XCTAssertEqual(analysis.textAreas[d.id], d.actionAreas, d.id) }
        for m in moves {
            XCTAssertEqual(analysis.textAreas[m.document]?.contains(m.to), true, m.document)
            XCTAssertEqual(analysis.textAreas[m.document]?.contains(m.from), false, m.document)
        }
    }

    /// The area pages (tab 4) and the province's coverage: the document counts under the area it was moved to and
    /// no longer under the one it left.
    func testAreaPagesAndProvinceCoverageShowTheOverride() throws {
        let demo = try DemoFixture.shared()
        let (store, moves) = try overrides(demo)
        let context = context(demo, store)
        let profiles = Dictionary(uniqueKeysWithValues: context.areaProfiles().map { ($0.area.id, $0) })
        for m in moves {
            let document = try XCTUnwrap(demo.corpus.document(m.document))
            XCTAssertEqual(profiles[m.to]?.documentsByText.contains { $0.id == m.document }, true, "\(m.document) in \(m.to)")
            XCTAssertEqual(profiles[m.from]?.documentsByText.contains { $0.id == m.document }, false, "\(m.document) in \(m.from)")
            let area = try XCTUnwrap(context.taxonomy.area(m.to))
            let page = AreaProfile(area: area, corpus: context.corpus, textAreas: context.analysis?.textAreas)
            XCTAssertTrue(page.provinces.contains(try XCTUnwrap(document.region)), "\(m.document) \(m.to)")
            let province = context.profile(try XCTUnwrap(context.taxonomy.division(try XCTUnwrap(document.region))))
            guard case .known(let covered, _) = province.areaCoverage else { return XCTFail("\(province.areaCoverage)") }
            XCTAssertTrue(covered.contains(m.to), "\(m.document) \(m.to)")
        }
    }
}
