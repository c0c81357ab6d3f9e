import PolicyAnalysis
import PolicyModel
import XCTest
@testable import Dashboard

/// Tab 8's cells count clauses with the analysts' overrides applied, but Enter listed the machine's coding: on the demo
/// corpus, demo-00019's clauses 2, 3 and 5 recoded to Tax incentives made 税收优惠 × 益民服务 read 2, and Enter on it said
/// '（无条款）'. A cell's list is taken from the reviewed clauses by the keys the counts use (`ToolAreaCounts.keys(areas:)`).
final class ToolMatrixListCountTests: XCTestCase {
    /// Tool overrides (to a tool the machine never codes, and to one it does) and area overrides, in documents of
    /// different levels and years, over clauses with and without tools.
    private func overrides(_ demo: DemoFixture.Loaded) throws -> ReviewStore {
        let taxonomy = demo.corpus.taxonomy
        let tools = taxonomy.tools.classes.flatMap(\.tools).map(\.id)
        let areas = taxonomy.areas.map(\.id)
        var entries: [ReviewStore.Located] = []
        func add(_ id: String, _ clause: Int, _ field: ReviewOverride.Field, _ value: String) {
            entries.append(ReviewStore.Located(entry: ReviewEntry(author: "wang", kind: .override, target: .document(id, clause: clause),
                                                                  override: ReviewOverride(field: field, value: value)),
                                               file: "reviews/wang.jsonl", line: entries.count + 1))
        }
        for (field, value, clause) in [(ReviewOverride.Field.policyTool, "environment-tax", 2), (.policyTool, "environment-tax", 3),
                                        (.policyTool, "environment-tax", 5), (.actionArea, "e-commerce", 4)] {
            add("demo-00019", clause, field, value)
        }
        let levels = Dictionary(grouping: demo.corpus.documents.filter { demo.analysis.indicators($0.id) != nil }, by: \.level)
        for (n, level) in levels.keys.sorted(by: { $0.rawValue < $1.rawValue }).enumerated() {
            let d = try XCTUnwrap(levels[level]?.last)
            let text = try XCTUnwrap(demo.corpus.text(of: d))
            let machine = ReviewedCoding.machineCoding(text: text, taxonomy: taxonomy)
            if let withTool = machine.indices.first(where: { !machine[$0].tools.isEmpty }) {
                add(d.id, withTool, .policyTool, tools[(n * 5) % tools.count])
                add(d.id, withTool, .actionArea, areas[(n * 3) % areas.count])
            }
            if let without = machine.indices.first(where: { machine[$0].tools.isEmpty }) {
                add(d.id, without, .policyTool, tools[(n * 7 + 1) % tools.count])
            }
            if let twoAreas = machine.indices.first(where: { machine[$0].actionAreas.count > 1 && !machine[$0].tools.isEmpty }) {
                add(d.id, twoAreas, .actionArea, areas[(n * 3 + 1) % areas.count])
            }
        }
        return ReviewStore(entries: entries)
    }

    /// Every cell of the matrix in each view (area, level, year), the Total column too: the clauses its list shows
    /// (quoted, or counted past the quotes) are as many as the cell says, and a cell that opens nothing is empty.
    func testEveryCellListsAsManyClausesAsItCounts() throws {
        let demo = try DemoFixture.shared()
        let store = try overrides(demo)
        XCTAssertFalse(store.overrides.isEmpty)
        let state = Dashboard.update(DemoFixture.initialState(demo, width: 120, height: 30), .journalsChanged(store)).0
        let context = ScreenContext(state: state)
        var checked = 0, mismatches: [String] = []
        for variant in ToolsScreen.ToolDimension.allCases.map(\.rawValue) {
            let grid = try XCTUnwrap(ToolsScreen(context: context, variant: variant).content().grid)
            for (r, row) in grid.targets.enumerated() {
                for (col, target) in row.enumerated() {
                    let text = grid.texts[r][col]
                    guard let target else {
                        if text != "·" && text != "0" { mismatches.append("\(variant) \(grid.rowLabels[r]) × \(grid.columnLabels[col]): \(text), opens nothing") }
                        continue
                    }
                    guard case .toolClauses(let tool, let scope) = target else { return XCTFail("\(target)") }
                    // The clauses quoted, and those of the documents listed past the quotes (`ScreenContext.quotesPerPage`) with their count.
                    let rows = ToolClausesScreen(context: context, tool: tool, scope: scope).content().rows
                    let counted = rows.compactMap { row -> Int? in
                        guard row.kind == .note || row.expands != nil, let cell = row.cells.first,
                              let r = cell.range(of: #"\d+(?= 条（未摘录）)"#, options: .regularExpression) else { return nil }
                        return Int(cell[r])
                    }
                    let listed = rows.count { $0.focus != nil } + counted.reduce(0, +)
                    if String(listed) != text { mismatches.append("\(variant) \(grid.rowLabels[r]) × \(grid.columnLabels[col]): \(text), lists \(listed)") }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 200)
        XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
    }

    /// The case seen: Tax incentives × Public services for the people reads 2, and lists demo-00019's clauses 2 and 3.
    func testARecodedClauseIsListedUnderItsNewTool() throws {
        let demo = try DemoFixture.shared()
        let state = Dashboard.update(DemoFixture.initialState(demo, width: 120, height: 30), .journalsChanged(try overrides(demo))).0
        let context = ScreenContext(state: state)
        let text = try XCTUnwrap(demo.corpus.document("demo-00019").flatMap { demo.corpus.text(of: $0) })
        let machine = ReviewedCoding.machineCoding(text: text, taxonomy: demo.corpus.taxonomy)
        let rows = ToolClausesScreen(context: context, tool: "environment-tax", scope: .area("public-services")).content().rows
        let listed = rows.filter { $0.target == .document("demo-00019") }.compactMap(\.focus)
        XCTAssertEqual(listed, [machine[2].clause.start, machine[3].clause.start], rows.map { $0.cells.joined() }.joined(separator: "\n"))
    }
}
