import PolicyAnalysis
import PolicyModel
import TerminalUI

/// The indicator columns that provinces, issuers and areas gain once texts are analysed: each an aggregate
/// (`AggregateIndicators`, as the export's) over the subject's analysed documents.
extension ScreenContext {
    struct IndicatorColumnSet {
        var columns: [ScreenContent.Column]
        /// Cells and sort keys for a set of documents, and what a view's export writes for a cell shown as glyphs
        /// (by its index among these cells).
        var cells: ([PolicyDocument]) -> (cells: [String], keys: [SortKey], exported: [Int: [String]])

        /// The cells for `documents` after a row's: their sort keys, and their exported cells at the row's indices.
        func append(_ documents: [PolicyDocument], to row: inout ScreenContent.Row) {
            let more = cells(documents)
            for (i, exported) in more.exported { row.exportedCells[row.cells.count + i] = exported }
            row.cells += more.cells
            row.sortKeys += more.keys
        }
    }

    func indicatorColumns(includeCentre: Bool) -> IndicatorColumnSet? {
        guard let analysis else { return nil }
        var columns: [ScreenContent.Column] = []
        if includeCentre {
            columns.append(.init(title: self[.copiedColumn], width: 8, alignment: .right))
            columns.append(.init(title: self[.nearest], width: zh ? 10 : 13))
        }
        columns += [.init(title: self[.vague], width: 8, alignment: .right),
                    .init(title: self[.eval], width: 6, alignment: .right),
                    .init(title: self[.gov], width: 5, alignment: .right),
                    .init(title: self[.toolsColumn], width: 5,
                          exportedTitles: GroupIndicatorValues.toolClasses.map { self[.toolsColumn] + self[.colon] + self.toolClassName($0) })]
        let toolsIndex = columns.count - 1
        let unknownShares = Array(repeating: "-", count: GroupIndicatorValues.toolClasses.count)
        let cells: ([PolicyDocument]) -> (cells: [String], keys: [SortKey], exported: [Int: [String]]) = { docs in
            // The same aggregate the export reports (AggregateIndicators), over the documents in view.
            guard let values = self.groupValues(docs) else {
                return (Array(repeating: "-", count: columns.count), Array(repeating: .missing, count: columns.count), [toolsIndex: unknownShares])
            }
            func pct(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }
            var cells: [String] = [], keys: [SortKey] = []
            if includeCentre {
                cells.append(values.meanCopiedFromCentre.map(pct) ?? "-")
                keys.append(values.meanCopiedFromCentre.map { .number($0) } ?? .missing)
                cells.append(values.nearest.map { self.provinceName($0.region) + " " + pct($0.share) } ?? "-")
                keys.append(values.nearest.map { .number($0.share) } ?? .missing)
            }
            cells.append(values.vagueShare.map(pct) ?? "-")
            keys.append(values.vagueShare.map { .number($0) } ?? .missing)
            // The share of documents with an evaluation clause: as a count out of the documents ('271/271') it
            // did not fit the column at 10,000 documents and was cut to '271/…'.
            cells.append(pct(values.evaluatedShare))
            keys.append(.number(values.evaluatedShare))
            cells.append(String(format: "%.1f", values.meanTopics))
            keys.append(.number(values.meanTopics))
            // Shares of the group's class codes by tool class (the export's supply/environment/demand counts; a clause
            // in two classes counts in each); without a coded clause unknown, not three empty bars.
            let shares = values.toolClassShares
            cells.append(shares.map { $0.map { Sparkline.glyph(Int(($0 * 8).rounded()), max: 8) }.joined() } ?? "-")
            keys.append(shares.map { .number($0[0]) } ?? .missing)
            // A file is read by other tools: the shares the glyphs stand for, a column each.
            return (cells, keys, [toolsIndex: shares.map { $0.map(pct) } ?? unknownShares])
        }
        return IndicatorColumnSet(columns: columns, cells: cells)
    }

    /// The indicator values of a group of documents (those analysed), as its row and its page show them.
    func groupValues(_ documents: [PolicyDocument]) -> GroupIndicatorValues? {
        guard let analysis else { return nil }
        return GroupIndicatorValues(documents.compactMap { d in analysis.indicators(d.id).map { ($0, d.isCentral) } })
    }

    /// A policy-tool class's full name (供给型, Supply-side); its id where the taxonomy lacks it.
    func toolClassName(_ id: String) -> String {
        taxonomy.tools.classes.first { $0.id == id }.map { name($0.name) } ?? id
    }

    /// A province's name as the indicator columns and panels give it (its code when the taxonomy lacks it).
    func provinceName(_ code: String) -> String {
        taxonomy.division(code).map { name($0.displayName) } ?? code
    }
}
