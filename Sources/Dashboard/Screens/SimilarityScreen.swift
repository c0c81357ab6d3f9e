import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    func needsTexts(_ content: ScreenContent) -> ScreenContent {
        var c = content
        let why: String
        switch analysisStatus {
        case .loading: why = t("文本分析进行中（进度见状态栏），完成后此页自动显示。", "The text analysis is running (progress in the status line); this screen fills in when it is done.")
        case .cancelled: why = t("分析已取消；重新打开 ipap 或运行 ipap analyze --write 后可用。", "The analysis was cancelled; reopen ipap or run ipap analyze --write.")
        case .failed(let reason): why = t("文本分析未能完成：", "The text analysis failed: ") + reason
        default: why = t("本语料没有全文：此页需要文本分析。可用 ipap import 导入全文，或用 ipap browse --demo 查看示例。",
                         "This corpus has no document texts: this screen needs text analysis. Import texts with ipap import, or try ipap browse --demo.")
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
        // The strongest pair between every two groups, either direction.
        var best: [String: [String: ReusePairSummary]] = [:]
        var group: [String: String] = [:]
        for d in context.corpus.documents { group[d.id] = d.isCentral ? "centre" : d.region }
        for p in analysis.result.reuse {
            guard let a = group[p.source], let b = group[p.target], a != b else { continue }
            for (x, y) in [(a, b), (b, a)] where (best[x]?[y]?.targetShare ?? -1) < p.targetShare {
                best[x, default: [:]][y] = p
            }
        }
        let groups = ["centre"] + context.taxonomy.divisions.map(\.code).filter { code in
            context.corpus.documents.contains { $0.region == code && analysis.indicators($0.id) != nil }
        }
        func groupLabel(_ g: String) -> String {
            g == "centre" ? context.t("中央", "Centre") : context.taxonomy.division(g).map { context.zh ? $0.name : $0.short + " " + $0.en } ?? g
        }
        c.header = [.init(context.t("省份之间（及与中央）共享文本的最大占比；深色＝共享多。方向键移动，Enter 并排对照该对文件。",
                            "Largest share of text shared between provinces (and with the centre); darker = more shared. Arrows move, Enter compares the pair."),
                          style: .dim)]
        let grid = ScreenContent.Grid(
            kind: .heat, rowLabels: groups.map(groupLabel), columnLabels: groups.map { g in g == "centre" ? context.t("中", "C") : context.taxonomy.division(g)?.short ?? g },
            values: groups.map { r in groups.map { col in r == col ? nil : best[r]?[col]?.targetShare } },
            targets: groups.map { r in groups.map { col in best[r]?[col].map { Route.compare($0.source, $0.target) } } },
            cellWidth: 3)
        c.header.append(.init(scale(of: grid), style: .dim))
        c.grid = grid
        return c
    }

    /// What each shade stands for: the heat map splits the range of its values into four equal steps.
    private func scale(of grid: ScreenContent.Grid) -> String {
        let map = HeatMap(rowLabels: grid.rowLabels, columnLabels: grid.columnLabels, values: grid.values)
        let range = map.effectiveRange
        let step = (range.upperBound - range.lowerBound) / Double(map.shades.count)
        func pct(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }
        let steps = map.shades.enumerated().map { i, shade in
            shade + " " + pct(range.lowerBound + step * Double(i)) + "–" + pct(range.lowerBound + step * Double(i + 1))
        }
        return context.t("图例：· 无共享  ", "Scale: · none shared  ") + steps.joined(separator: "  ")
    }
}
