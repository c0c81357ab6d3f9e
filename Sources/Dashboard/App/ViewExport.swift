import PolicyAnalysis
import PolicyModel
import SafeText

/// `e` then `view FILE.csv` or `view FILE.md`: the screen as it is shown (its rows in their order, its
/// matrix), not the whole report. Built inside update from the content; written at the edge.
enum ViewExport {
    enum Format {
        case csv, markdown

        init?(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".csv") {
                self = .csv
            } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                self = .markdown
            } else {
                return nil
            }
        }
    }

    /// The table of a screen: its column titles and the cells of its rows (a heading as a row of its own), or
    /// its matrix with row and column labels.
    static func table(_ content: ScreenContent) -> (titles: [String], rows: [[String]]) {
        if let grid = content.grid {
            let rows = grid.rowLabels.enumerated().map { r, label -> [String] in
                [label] + grid.columnLabels.indices.map { c in grid.shown(row: r, column: c) ?? "" }
            }
            return ([""] + grid.columnLabels, rows)
        }
        let titles = content.columns.map(\.title)
        let rows = content.rows.filter { $0.kind != .note }.map { row in
            row.kind == .item ? row.cells : [row.cells.first ?? ""]
        }
        return (titles, rows)
    }

    static func text(_ content: ScreenContent, title: String, format: Format) -> String {
        let (titles, rows) = table(content)
        let width = max(titles.count, rows.map(\.count).max() ?? 0)
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: max(0, width - cells.count)) }
        switch format {
        case .csv:
            return ([titles.isEmpty ? [title] : padded(titles)] + rows.map(padded)).map(ExportReport.csvLine).joined(separator: "\n") + "\n"
        case .markdown:
            let header = padded(titles.isEmpty ? [title] : titles)
            var lines = ["# " + MarkdownText.inline(title), "", "| " + header.map(MarkdownText.cell).joined(separator: " | ") + " |",
                         "|" + Array(repeating: "---|", count: header.count).joined()]
            lines += rows.map { "| " + padded($0).map(MarkdownText.cell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
