import PolicyAnalysis
import PolicyModel
import TerminalUI

/// The indicator columns that provinces, issuers and areas gain once texts are analysed: each an aggregate
/// (`AggregateIndicators`, as the export's) over the subject's analysed documents.
extension ScreenContext {
    struct IndicatorColumnSet {
        var columns: [ScreenContent.Column]
        /// Cells and sort keys for a set of documents.
        var cells: ([PolicyDocument]) -> (cells: [String], keys: [SortKey])
    }

    func indicatorColumns(includeCentre: Bool) -> IndicatorColumnSet? {
        guard let analysis else { return nil }
        var columns: [ScreenContent.Column] = []
        if includeCentre {
            columns.append(.init(title: self[.copiedColumn], width: 8, alignment: .right))
            columns.append(.init(title: self[.nearest], width: zh ? 10 : 13))
        }
        columns += [.init(title: self[.vague], width: 8, alignment: .right),
                    .init(title: self[.eval], width: 5, alignment: .right),
                    .init(title: self[.gov], width: 5, alignment: .right),
                    .init(title: self[.toolsColumn], width: 5)]
        let cells: ([PolicyDocument]) -> (cells: [String], keys: [SortKey]) = { docs in
            let analysed = docs.compactMap { analysis.indicators($0.id) }
            guard !analysed.isEmpty else {
                return (Array(repeating: "-", count: columns.count), Array(repeating: .missing, count: columns.count))
            }
            // The same aggregate the export reports (AggregateIndicators), over the documents in view.
            let group = AggregateIndicators(analysed)
            let n = Double(analysed.count)
            func pct(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }
            var cells: [String] = [], keys: [SortKey] = []
            if includeCentre {
                cells.append(pct(group.meanCopiedFromCentre))
                keys.append(.number(group.meanCopiedFromCentre))
                let nearest = analysed.compactMap(\.nearestProvince).max { $0.share < $1.share }
                cells.append(nearest.map { (self.taxonomy.division($0.region).map { self.name($0.displayName) } ?? $0.region) + " " + pct($0.share) } ?? "-")
                keys.append(nearest.map { .number($0.share) } ?? .missing)
            }
            let vague = group.measures == 0 ? nil : Double(group.vagueMeasures) / Double(group.measures)
            cells.append(vague.map(pct) ?? "-")
            keys.append(vague.map { .number($0) } ?? .missing)
            // The share of documents with an evaluation clause: as a count out of the documents ('271/271') it
            // did not fit the column at 10,000 documents and was cut to '271/…'.
            let evaluated = Double(group.withEvaluation) / n
            cells.append(pct(evaluated))
            keys.append(.number(evaluated))
            let topics = Double(analysed.map(\.governanceTopics.count).reduce(0, +)) / n
            cells.append(String(format: "%.1f", topics))
            keys.append(.number(topics))
            // Shares of the group's coded clauses by tool class (the export's supply/environment/demand counts).
            let counts = ["supply", "environment", "demand"].map { Double(group.toolCounts[$0] ?? 0) }
            let total = max(1, counts.reduce(0, +))
            let shares = counts.map { $0 / total }
            cells.append(shares.map { Sparkline.glyph(Int(($0 * 8).rounded()), max: 8) }.joined())
            keys.append(.number(shares[0]))
            return (cells, keys)
        }
        return IndicatorColumnSet(columns: columns, cells: cells)
    }
}
