import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    func needsTexts(_ content: ScreenContent) -> ScreenContent {
        var c = content
        let why: String
        switch analysisStatus {
        case .loading: why = self[.theTextAnalysisIsRunning]
        case .cancelled: why = self[.theAnalysisWasCancelledReopen]
        case .failed(let reason): why = self[.theTextAnalysisFailed] + name(reason)
        default: why = self[.thisCorpusHasNoDocument]
        }
        c.header = [.init(why, style: Theme.vague)]
        return c
    }
}

/// Provinces (and the centre) by how much text they share: a heat map with a cursor; Enter compares the pair.
struct SimilarityScreen: Screen {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        guard let analysis = context.analysis else { return context.needsTexts(c) }
        // The strongest pair between every two groups, either direction; on the diagonal, within one group (a
        // province's documents passing text to its cities, ministries sharing the centre's text).
        var best: [String: [String: ReusePairSummary]] = [:]
        var group: [String: String] = [:]
        for d in context.corpus.documents { group[d.id] = d.isCentral ? "centre" : d.region }
        for p in analysis.result.reuse {
            guard let a = group[p.source], let b = group[p.target] else { continue }
            for (x, y) in [(a, b), (b, a)] where (best[x]?[y]?.targetShare ?? -1) < p.targetShare {
                best[x, default: [:]][y] = p
            }
        }
        // Analysed documents per group: a group with one has no pair within it, on the diagonal.
        var analysed: [String: Int] = [:]
        for d in context.corpus.documents where analysis.indicators(d.id) != nil {
            if let g = group[d.id] { analysed[g, default: 0] += 1 }
        }
        let groups = ["centre"] + context.taxonomy.divisions.map(\.code).filter { analysed[$0, default: 0] > 0 }
        func groupLabel(_ g: String) -> String {
            g == "centre" ? context[.centre] : context.taxonomy.division(g).map { context.zh ? $0.name : $0.short + " " + $0.en } ?? g
        }
        c.header = [.init(context[.largestShareOfTextShared],
                          style: .dim)]
        // A group's diagonal with one document compared nothing: '-', not the '·' of 'none shared'.
        let cellWidth = 3
        let noPair = DisplayWidth.pad("-", to: cellWidth - 1, alignment: .center)
        let single = Set(groups.filter { analysed[$0, default: 0] < 2 })
        // The centre's row and column when no central document has analysed text: nothing compared, not 'none shared'.
        let empty = Set(groups.filter { analysed[$0, default: 0] == 0 })
        func comparesNothing(_ r: String, _ col: String) -> Bool { (r == col && single.contains(r)) || empty.contains(r) || empty.contains(col) }
        // Enter on a cell that compares nothing says why: one document, or no passage shared ('empty cell' did not).
        func name(_ g: String) -> String {
            g == "centre" ? context[.centre] : context.taxonomy.division(g).map { context.zh ? $0.name : $0.en } ?? g
        }
        func note(_ r: String, _ col: String) -> String {
            if best[r]?[col] != nil { return "" }
            if let none = [r, col].first(where: { empty.contains($0) }) { return context[.noAnalysedDocument(name(none))] }
            if r == col { return context[single.contains(r) ? .oneAnalysedDocument(name(r)) : .noPassageSharedWithin(name(r))] }
            return context[.noPassageShared(name(r), name(col))]
        }
        var grid = ScreenContent.Grid(
            kind: .heat, rowLabels: groups.map(groupLabel), columnLabels: groups.map { g in g == "centre" ? context[.centreLetter] : context.taxonomy.division(g)?.short ?? g },
            // The line under the grid names the column in full, as the row ('河北 × 皖' named one by its abbreviation).
            columnNames: groups.map(groupLabel),
            values: groups.map { r in groups.map { col in best[r]?[col]?.targetShare } },
            texts: single.isEmpty ? [] : groups.map { r in groups.map { col in comparesNothing(r, col) ? noPair : "" } },
            targets: groups.map { r in groups.map { col in best[r]?[col].map { Route.compare($0.source, $0.target) } } },
            notes: groups.map { r in groups.map { col in note(r, col) } },
            cellWidth: cellWidth, emptyCellMeans: SharePercent.text(0))
        let map = HeatMap(rowLabels: grid.rowLabels, columnLabels: grid.columnLabels, values: grid.values)
        // The cursor's cell is named as precisely as the scale: '= 3%' stood beside steps of '2.8%–3.3%'.
        grid.percentDecimals = scaleDecimals(map)
        // Wrapped by items: a shade stays with its bounds ('█' ended a row at 80 columns, '1.4%–1.8%' began the next).
        c.header.append(.init(scale(of: map, decimals: grid.percentDecimals, oneDocument: !single.isEmpty), style: .dim, keepsItemsWhole: true))
        c.grid = grid
        return c
    }

    /// The bounds of the heat map's four equal steps over the range of its values.
    private func stepBounds(_ map: HeatMap) -> [Double] {
        let range = map.effectiveRange
        let step = (range.upperBound - range.lowerBound) / Double(map.shades.count)
        return (0...map.shades.count).map { range.lowerBound + step * Double($0) }
    }

    /// Whole percentages, or as many decimals as tell the steps' bounds apart: at 10,000 documents, where the
    /// largest shares lie between 1% and 3%, the scale read '░ 1%–2%  ▒ 2%–2%  ▓ 2%–3%  █ 3%–3%'.
    private func scaleDecimals(_ map: HeatMap) -> Int {
        let bounds = stepBounds(map)
        return (0...2).first { d in
            Set(bounds.map { String(format: "%.\(d)f", $0 * 100) }).count == bounds.count
        } ?? 2
    }

    /// What each shade stands for: the heat map splits the range of its values into four equal steps.
    private func scale(of map: HeatMap, decimals: Int, oneDocument: Bool) -> String {
        let bounds = stepBounds(map)
        func pct(_ v: Double) -> String { String(format: "%.\(decimals)f%%", v * 100) }
        let steps = map.shades.enumerated().map { i, shade in shade + " " + pct(bounds[i]) + "–" + pct(bounds[i + 1]) }
        return context[.scaleNoneShared] + (oneDocument ? context[.scaleOneDocument] : "") + steps.joined(separator: "  ")
    }
}
