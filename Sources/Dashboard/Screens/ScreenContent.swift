import PolicyModel
import TerminalUI

/// What a screen shows, independent of how it is drawn: header lines above a table of rows.
/// Every row that stands for something can be opened (its `target`), so every number drills down.
struct ScreenContent {
    /// Lines above the table (a document's metadata, a province's profile).
    var header: [Line] = []
    var columns: [Column] = []
    /// Whether the columns' titles head the table. Off on a detail page (a document, a province, an issuer,
    /// an area): its rows start with its own headings and text, and its documents' rows say what they are.
    var showsColumnTitles = true
    var rows: [Row] = []
    /// A chart drawn between header and table (overview, indicators).
    var chart: Chart?
    /// What a view's export writes instead of the header and rows, where these are laid out for the screen alone (a
    /// comparison's two panes, each wrapped to half its width, the right pane nowhere in a row's first cell). Nil:
    /// the header and rows as shown.
    var exported: [ViewExport.Block]?
    /// A slow screen's stand-in while it is built in the background (`BuildsInBackground.loadingContent`).
    var isLoading = false

    struct Line {
        var text: String
        var style: Style = .plain
        /// Whether the items the text separates by two spaces ("seen on official sites 0  on copies or reports 0")
        /// wrap as wholes (`Layout.packItems`), so that no count starts a row apart from its label.
        var keepsItemsWhole = false
        /// What Enter opens from a side panel's line where it stands as a row (below `Layout.panelMinimumWidth`).
        var target: Route?
        /// The indicators a line of several stands for (governance's five topics, measures with funding), in order, for
        /// `r`; empty: its target alone.
        var rates: [Route] = []

        init(_ text: String, style: Style = .plain, keepsItemsWhole: Bool = false, target: Route? = nil, rates: [Route] = []) {
            self.text = text
            self.style = style
            self.keepsItemsWhole = keepsItemsWhole
            self.target = target
            self.rates = rates
        }
    }

    struct Column {
        var title: String
        /// Fixed width in columns; nil takes what is left.
        var width: Int?
        var alignment: Alignment = .left
        /// The columns a view's export writes in this one's place, where its cells are glyphs that stand for several
        /// numbers (the Tools column's sparkline: a share a column); the rows give their cells (`Row.exportedCells`).
        var exportedTitles: [String]? = nil
        /// The fixed width is at most: narrower when no cell needs it (`fitColumnsToCells`).
        var fitsCells = false
        /// A column of lists of names joined by this separator, cut after a whole name (`DisplayWidth.truncateList`).
        var itemSeparator: String?
    }

    /// The columns a table of these columns needs: the fixed widths, a flexible one's title (less would cut a
    /// main document to "demo-00…"), and the one-column gaps between them (as `Table` lays them out).
    static func width(of columns: [Column]) -> Int {
        columns.reduce(0) { $0 + ($1.width ?? DisplayWidth.of($1.title)) } + max(0, columns.count - 1)
    }

    struct Row {
        var cells: [String]
        /// Values for sorting, one per cell (numbers sort as numbers).
        var sortKeys: [SortKey] = []
        var target: Route?
        /// What Enter says on a row the cursor rests on that opens nothing, why (as a grid's `notes`); nil: nothing.
        var whyNothingOpens: String?
        var kind: Kind = .item
        /// Styled character ranges of a text row (passages by origin, search hits), over the row's style.
        var spans: [StyledRange] = []
        /// The right pane's styled ranges of a split row.
        var rightSpans: [StyledRange] = []
        /// A row where a finding starts (a copied passage, a vague measure): `]` and `[` jump between them.
        var isFinding = false
        /// Where to open `target` (a Unicode-scalar offset into its text), for evidence that points into a document.
        var focus: Int?
        /// False for a row that is a thing of its own opening what it is about (a finding opens its province): it is
        /// not that target, and carries none of the target's review marks.
        var isItsTarget = true
        /// For a line of document text: the Unicode-scalar offset of its first character.
        var textOffset: Int?
        /// For a row of a comparison: which passage, and where in its two texts the row starts.
        var comparedLine: ComparedLine?
        /// For a line of document text: characters of `cells[0]` before the text (the policy-tool gutter).
        var textStart = 0
        /// On a row that stands for the items a list leaves out ('… 另有 34 处：Enter 列出'), the key Enter adds to the
        /// view's `expanded`, so that the screen lists them in its place (QA pass 47: the row opened nothing, and 64 of
        /// 164 measures counted could not be seen).
        var expands: String?
        /// What a view's export writes instead of `cells[0]` where the screen's words hold a key hint ("Text (] [
        /// jump …)"): a file has no keys. Nil: the cell as shown.
        var exportedText: String?
        /// What a view's export writes for a cell, by the cell's index, in a column with `exportedTitles`: the numbers
        /// its glyphs stand for.
        var exportedCells: [Int: [String]] = [:]
        /// A side panel's line as a row: the indicators it stands for (`Line.rates`).
        var rates: [Route] = []
        /// For a line of document text inside a clause: which clause (for review overrides).
        var clause: ClauseRef?
        /// On a row that goes on with the row above, a paragraph wrapped to the screen (`TextView.Line.continuation`):
        /// what joins the two again ("" or the space the wrap dropped). A view's export writes them as one
        /// paragraph, or one row. Nil: a row of its own.
        var continuation: String?

        enum Kind {
            /// A selectable row.
            case item
            /// A section heading inside a list (not sortable, skipped by sorting).
            case heading
            /// Text (a wrapped paragraph line of a document).
            case text
            /// Two panes side by side (compare): cells[0] on the left, cells[1] on the right.
            case split
            /// Explanatory text in a list (a definition, a legend): shown dim, skipped by the cursor.
            case note
        }

        /// Whether the cursor stops on this row: not on headings and notes.
        var isSelectable: Bool { kind != .heading && kind != .note }
    }

    /// A matrix or heat map with a row and column cursor, drawn instead of the table.
    var grid: Grid?

    struct Grid {
        enum Kind { case heat, matrix }
        var kind: Kind
        var rowLabels: [String]
        var columnLabels: [String]
        /// The columns' full names, for the line under the grid when the labels are abbreviations (皖 for Anhui).
        var columnNames: [String]? = nil
        /// Values for shading (heat) or emphasis (matrix); nil cells are empty.
        var values: [[Double?]]
        /// Text of each cell (matrix); heat maps show shades, or the text of a cell that has one ("" or none: the shade).
        var texts: [[String]] = []
        /// What Enter opens on each cell.
        var targets: [[Route?]]
        /// What Enter says on a cell that opens nothing, why there is nothing ("" or none: 'empty cell').
        var notes: [[String]] = []
        /// Width of a cell in columns.
        var cellWidth = 5
        /// Decimals of a heat map's shares where a cell is named, as its scale names them ('1.2%–1.7%': '2.3%', not '2%').
        var percentDecimals = 0
        /// The mark a matrix shows for a count of zero ('·' in the tool matrix): a view's export writes 0 in its place,
        /// a file's cell holding the number.
        var zeroMark: String? = nil
        /// What a heat map's empty cell (no value and no text: the '·' the map draws) is where its scale says so (the
        /// similarity map's '· none shared': 0%): a view's export writes it, an empty cell reading as unknown. Nil:
        /// the export leaves such a cell empty.
        var emptyCellMeans: String? = nil

        /// What a cell says, on the line under the grid and in a view's export: a matrix's text, a heat map's share as
        /// a percentage, or the text a heat map's cell has instead of one; nil for an empty cell.
        func shown(row r: Int, column c: Int) -> String? {
            let text = texts.indices.contains(r) && texts[r].indices.contains(c) ? texts[r][c].trimmingCharacters(in: .whitespaces) : nil
            if kind == .matrix, let text { return text }
            if values.indices.contains(r), values[r].indices.contains(c), let v = values[r][c] { return SharePercent.text(v, decimals: percentDecimals) }
            return text.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// What a view's export writes for a cell: what it says, a count of zero as 0 where the screen marks it, an
        /// empty heat map cell as what its scale says it is (`emptyCellMeans`).
        func exported(row r: Int, column c: Int) -> String? {
            guard let shown = shown(row: r, column: c) else { return emptyCellMeans }
            return zeroMark != nil && shown == zeroMark ? "0" : shown
        }

        /// The cell under a view's cursor, kept inside the grid (a view may come from a larger grid).
        func cursor(_ view: ViewState) -> (row: Int, column: Int) {
            (min(max(0, view.selected), max(0, rowLabels.count - 1)), min(max(0, view.column), max(0, columnLabels.count - 1)))
        }

        /// What Enter opens on a cell; nil on an empty cell, or outside the grid.
        func target(row r: Int, column c: Int) -> Route? {
            targets.indices.contains(r) && targets[r].indices.contains(c) ? targets[r][c] : nil
        }

        /// The cell with the largest value among those that open something (the first such, row by row).
        var strongestCell: (row: Int, column: Int)? {
            var best: (row: Int, column: Int, value: Double)?
            for (r, row) in values.enumerated() {
                for (c, value) in row.enumerated() {
                    guard let value, target(row: r, column: c) != nil else { continue }
                    if best.map({ value > $0.value }) ?? true { best = (r, c, value) }
                }
            }
            return best.map { ($0.row, $0.column) }
        }
    }

    /// Lines beside the table at wide sizes (a document's indicators); shown as rows above it when narrow.
    var panel: [Line] = []
    /// The panel's columns where the screen sets them (`Layout.panelWidth(screen:lines:)`, a document's, which grows
    /// on a wide screen); else `Layout.panelWidth`.
    var panelWidth: Int?
    /// Lines that say what a mark in the table's cells means (the Provinces tab's † on a lag counted to a
    /// publication date): at the foot of the table, which gives up its last rows for them, so that no row moves
    /// down as a header line would move it; under the side panel's lines where there is one. A view's export
    /// writes them after the rows.
    var footer: [Line] = []

    struct StyledRange {
        var range: Range<Int>
        var style: Style
    }

    struct Chart {
        var title: String
        var bars: [(label: String, value: Int)]
        /// The labels of the compact chart's ends where the bars are labelled by ranges (a histogram: the bottom of
        /// its first range, the top of its last); nil: the first and the last bar's label.
        var start: String? = nil
        var end: String? = nil

        /// A bar for every year from the first of `counts` to the last, an empty year too: the compact chart
        /// labels only its ends, so a missing bar would set the later years one early.
        static func perYear(_ title: String, _ counts: [(year: Int, count: Int)]) -> Chart {
            Chart(title: title, bars: CountTable.everyYear(counts).map { (String($0.year), $0.count) })
        }
    }

    /// The rows `fitColumnsToCells` measures when the list has none (a filter that matches nothing): the unfiltered
    /// list's, so that its columns stand where they stood (the date column had grown to its twelve columns).
    var rowsFittedWhenEmpty: [Row] = []

    /// Columns that fit their cells (`Column.fitsCells`) made no wider than their widest cell (nor narrower
    /// than their title and a sort marker, when titles show): the number column of documents that have none
    /// (synthetic, many municipal ones) takes its title's width instead of the eighteen a number needs.
    /// Measured once, when the screen is built.
    mutating func fitColumnsToCells() {
        guard columns.contains(where: \.fitsCells) else { return }
        var widest = [Int](repeating: 0, count: columns.count)
        var measured = false
        for row in rows.contains(where: { $0.kind == .item }) ? rows : rowsFittedWhenEmpty where row.kind == .item {
            measured = true
            for (i, cell) in row.cells.prefix(columns.count).enumerated() where columns[i].fitsCells {
                widest[i] = max(widest[i], DisplayWidth.of(cell))
            }
        }
        guard measured else { return }
        for i in columns.indices where columns[i].fitsCells {
            guard let width = columns[i].width else { continue }
            let title = showsColumnTitles ? DisplayWidth.of(columns[i].title) + 1 : 0
            columns[i].width = min(width, max(1, widest[i], title))
        }
    }
}

/// A clause of a document: its index in the document's coding and its Unicode-scalar span.
struct ClauseRef: Hashable {
    var index: Int
    var start: Int
    var end: Int
}

enum SortKey: Comparable {
    case missing
    case number(Double)
    case text(String)

    static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x < y
        case (.missing, .missing): return false
        case (.missing, _): return false
        case (_, .missing): return true
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}
