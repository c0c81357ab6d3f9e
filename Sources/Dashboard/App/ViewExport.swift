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
                [label] + grid.columnLabels.indices.map { c in grid.exported(row: r, column: c) ?? "" }
            }
            return ([""] + grid.columnLabels, rows)
        }
        let titles = exportedTitles(content.columns)
        let rows = exportedRows(content.rows).map { row in
            row.kind == .item ? row.cells : [row.cells.first ?? ""]
        }
        return (titles, rows)
    }

    /// The rows as a file gives them: no notes; a row's first cell without a key hint (`exportedText`) or a text
    /// line's gutter, no cell with the blanks that line it up on screen after it ('197 ' under '210†'); and a row
    /// wrapped over several screen lines (`Row.continuation`: a finding, a paragraph of a document, a key's help)
    /// one row again, each cell joined to the cell above without the indent it was wrapped under, so that Markdown
    /// has one paragraph and CSV one cell where the screen had a line each.
    static func exportedRows(_ rows: [ScreenContent.Row]) -> [ScreenContent.Row] {
        var out: [ScreenContent.Row] = []
        var aboveWritten = false
        for var row in rows {
            guard row.kind != .note else {
                aboveWritten = false
                continue
            }
            if !row.cells.isEmpty { row.cells[0] = row.exportedText ?? String(row.cells[0].dropFirst(row.textStart)) }
            row.cells = row.cells.enumerated().flatMap { i, cell in row.exportedCells[i] ?? [cell] }
            row.cells = row.cells.map { cell in
                var cell = cell
                while cell.last == " " { cell.removeLast() }
                return cell
            }
            guard let joiner = row.continuation, aboveWritten, var above = out.popLast() else {
                out.append(row)
                aboveWritten = true
                continue
            }
            for (i, cell) in row.cells.enumerated() {
                let rest = String(cell.drop { $0 == " " })
                guard !rest.isEmpty else { continue }
                if i >= above.cells.count { above.cells += Array(repeating: "", count: i + 1 - above.cells.count) }
                above.cells[i] += (above.cells[i].isEmpty ? "" : joiner) + rest
            }
            out.append(above)
        }
        return out
    }

    /// The columns' titles as a file gives them: a column of glyphs as the columns of the numbers they stand for.
    static func exportedTitles(_ columns: [ScreenContent.Column]) -> [String] {
        columns.flatMap { $0.exportedTitles ?? [$0.title] }
    }

    /// What a page without column titles (a document, a province, the timeline) says, in its order: its header
    /// (a document's title and metadata), its headings and lines, and each run of items as a table under the
    /// columns' titles. As a file gives it: without key hints (`exportedText`) nor a text line's gutter.
    enum Block: Equatable {
        case line(String), heading(String), table(titles: [String], rows: [[String]])
    }

    static func blocks(_ content: ScreenContent) -> [Block] {
        if let exported = content.exported { return exported }
        var blocks = content.header.map { Block.line($0.text) }
        let titles = exportedTitles(content.columns)
        for row in exportedRows(content.rows) {
            let first = row.cells.first ?? ""
            switch row.kind {
            case .heading: blocks.append(.heading(first))
            case .item where row.cells.count > 1:
                if case .table(let t, let rows)? = blocks.last {
                    blocks[blocks.count - 1] = .table(titles: t, rows: rows + [row.cells])
                } else {
                    blocks.append(.table(titles: titles.count == row.cells.count ? titles : [], rows: [row.cells]))
                }
            default: blocks.append(.line(first))
            }
        }
        return blocks
    }

    /// What the screen says of the whole corpus beside the page, for the file to say it: SYNTHETIC (the tab line's
    /// mark) on a synthetic corpus; the scope counts were taken over where the status line names one, and on an
    /// indicator's ranking always ('scope: every document'), since its values were computed on it.
    struct About: Equatable {
        /// The synthetic corpus's notice (合成语料 SYNTHETIC：…), nil for a corpus of real documents.
        var synthetic: String?
        /// The scope, where it is said.
        var lines: [String] = []
        /// The language the file is written in (the synthetic column's title and cells).
        var language: Language = .english

        /// Every line, the synthetic notice first: what Markdown says under the title.
        var all: [String] { (synthetic.map { [$0] } ?? []) + lines }
    }

    static func about(_ state: AppState) -> About {
        var about = About(synthetic: state.corpus.isSynthetic ? Corpus.syntheticNotice.text(in: state.language) : nil,
                          language: state.language)
        let ranking: Bool
        if case .indicator = state.route { ranking = true } else { ranking = false }
        if !state.scope.isAll || ranking {
            let counted = state.scope.counted
            let scope = state.scope.isAll ? LocalizedText(zh: "范围：" + counted.zh, en: "scope: " + counted.en) : state.scope.label
            about.lines.append(state.text(scope))
        }
        return about
    }

    /// The synthetic mark's column of a CSV table: its title and the cell every row holds (the tab line's mark).
    static let syntheticColumn = LocalizedText(zh: "合成语料", en: "synthetic corpus")
    static let syntheticCell = LocalizedText(zh: "合成 SYNTHETIC", en: "SYNTHETIC")

    /// A list under its column titles (or a matrix) with the lines the screen says of it: its header (what '7+4?' or
    /// '†' means, an indicator's definition), its footer; a page without column titles as `blocks`. `about`
    /// (`about(_:)`) comes first in Markdown, under the title.
    ///
    /// A CSV table starts with its column titles, the line a spreadsheet or `pandas.read_csv` takes for the header
    /// (a banner row above it, 合成语料 SYNTHETIC…, was taken for the header: QA 47). On a synthetic corpus a last
    /// column says so on every row (合成语料: 合成 SYNTHETIC), so that no row copied or filtered out loses the mark.
    /// The lines that say how to read the table (the synthetic notice, the scope, the header's and the footer's)
    /// follow it as notes, after an empty row, one cell each. A page without a table (a document, a province) has no
    /// header row to keep: its title, the notice and its lines come first, as in Markdown.
    static func text(_ content: ScreenContent, title: String, format: Format, about: About = About()) -> String {
        let footer = content.footer.map { Block.line($0.text) }, lead = about.all.map { Block.line($0) }
        if content.grid == nil, !content.showsColumnTitles || content.columns.isEmpty {
            return page(lead + blocks(content) + footer, title: title, format: format)
        }
        let (titles, rows) = table(content)
        let header = content.header.map { Block.line($0.text) }
        guard format == .csv else {
            return page(lead + header + [.table(titles: titles, rows: rows)] + footer, title: title, format: format, titleRow: false)
        }
        let marked = about.synthetic == nil
            ? (titles, rows)
            : (titles + [syntheticColumn.text(in: about.language)],
               rows.map { $0 + Array(repeating: "", count: max(0, titles.count - $0.count)) + [syntheticCell.text(in: about.language)] })
        let notes = lead + header + footer
        return page([.table(titles: marked.0, rows: marked.1)] + (notes.isEmpty ? [] : [.line("")] + notes),
                    title: title, format: format, titleRow: false)
    }

    /// A page's blocks under its title: in Markdown a paragraph a line (its indent left out: four spaces make a
    /// code block), `##` headings and tables; in CSV a row a line or heading (the title first, unless `titleRow` is
    /// false), a table's rows under its titles, every row as wide as the widest.
    static func page(_ blocks: [Block], title: String, format: Format, titleRow: Bool = true) -> String {
        switch format {
        case .csv:
            var rows = titleRow ? [[title]] : []
            for block in blocks {
                switch block {
                case .line(let text), .heading(let text): rows.append([text])
                case .table(let titles, let cells): rows += (titles.isEmpty ? [] : [titles]) + cells
                }
            }
            let width = rows.map(\.count).max() ?? 1
            return rows.map { ExportReport.csvLine($0 + Array(repeating: "", count: width - $0.count)) }.joined(separator: "\n") + "\n"
        case .markdown:
            var parts = ["# " + MarkdownText.inline(title)]
            for block in blocks {
                switch block {
                case .line(let text): parts.append(MarkdownText.line(String(text.drop { $0 == " " })))
                case .heading(let text): parts.append("## " + MarkdownText.inline(text))
                case .table(let titles, let cells):
                    let width = max(titles.count, cells.map(\.count).max() ?? 0)
                    func line(_ row: [String]) -> String {
                        "| " + (row + Array(repeating: "", count: width - row.count)).map(MarkdownText.cell).joined(separator: " | ") + " |"
                    }
                    parts.append(([line(titles)] + ["|" + String(repeating: "---|", count: width)] + cells.map(line)).joined(separator: "\n"))
                }
            }
            return parts.joined(separator: "\n\n") + "\n"
        }
    }
}
