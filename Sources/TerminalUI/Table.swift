/// Rows and columns of text, aligned by display width, with a selected row and a sort marker.
public struct Table: Widget, Sendable {
    public enum Width: Sendable, Equatable {
        case fixed(Int)
        /// Shares the columns left over by fixed columns, in proportion to `weight`.
        case flexible(minimum: Int, weight: Int)

        public static let flexible = Width.flexible(minimum: 1, weight: 1)
    }

    public struct Column: Sendable {
        public var title: String
        public var width: Width
        public var alignment: Alignment
        /// A column of lists of names joined by this separator: a cell is cut after its last whole name.
        public var itemSeparator: String?

        public init(_ title: String, width: Width = .flexible, alignment: Alignment = .left, itemSeparator: String? = nil) {
            self.title = title
            self.width = width
            self.alignment = alignment
            self.itemSeparator = itemSeparator
        }
    }

    public struct Row: Sendable {
        public var cells: [String]
        /// Per-cell styles layered over the row style; missing entries use the row style.
        public var cellStyles: [Style?]
        public var style: Style

        public init(_ cells: [String], cellStyles: [Style?] = [], style: Style = .plain) {
            self.cells = cells
            self.cellStyles = cellStyles
            self.style = style
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public var selected: Int?
    /// The first row shown; adjusted at render time so that `selected` is visible.
    public var offset: Int
    /// The sorted column and its direction, shown as ▲ (ascending) or ▼ after the title.
    public var sort: (column: Int, ascending: Bool)?
    public var headerStyle: Style
    public var selectedStyle: Style
    public var columnSpacing: Int
    public var showHeader: Bool
    /// Shown under the header when there are no rows.
    public var emptyText: String?

    public init(
        columns: [Column], rows: [Row], selected: Int? = nil, offset: Int = 0,
        sort: (column: Int, ascending: Bool)? = nil,
        headerStyle: Style = Style(bold: true, underline: true), selectedStyle: Style = .reverse,
        columnSpacing: Int = 1, showHeader: Bool = true, emptyText: String? = nil
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.sort = sort
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
        self.columnSpacing = columnSpacing
        self.showHeader = showHeader
        self.emptyText = emptyText
    }

    /// How many body rows fit in `area`.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showHeader ? 1 : 0))
    }

    /// The offset render will use in `area`; store it back in the app state so that scrolling
    /// stays put between frames.
    public func effectiveOffset(in area: Rect) -> Int {
        Scroll.offset(current: offset, selected: selected, visible: visibleRowCount(in: area), count: rows.count)
    }

    /// Column widths for a total width: fixed first, then flexible by weight.
    public func columnWidths(totalWidth: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let spacing = max(0, columnSpacing) * (columns.count - 1)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): return max(0, w)
            case .flexible(let minimum, _): return max(0, minimum)
            }
        }
        var rest = totalWidth - spacing - widths.reduce(0, +)
        let flexible = columns.indices.filter {
            if case .flexible = columns[$0].width { return true }
            return false
        }
        let totalWeight = flexible.reduce(0) { sum, i in
            if case .flexible(_, let weight) = columns[i].width { return sum + max(1, weight) }
            return sum
        }
        guard rest > 0, totalWeight > 0 else { return widths }
        var given = 0
        for i in flexible {
            if case .flexible(_, let weight) = columns[i].width {
                let share = rest * max(1, weight) / totalWeight
                widths[i] += share
                given += share
            }
        }
        rest -= given
        // Hand out the rounding remainder from the first flexible column on.
        var k = 0
        while rest > 0 && !flexible.isEmpty {
            widths[flexible[k % flexible.count]] += 1
            rest -= 1
            k += 1
        }
        return widths
    }

    /// Column widths as drawn in `area`: a column that runs past its right edge is as wide as what is left of the
    /// area, so that a cut title or cell ends in "…" as any cut cell does ('最相似省…', not '最相似省', which read
    /// as whole; '  1' for 1370).
    private func shownWidths(in area: Rect) -> [Int] {
        var x = area.x
        return columnWidths(totalWidth: area.width).map { width in
            defer { x += width + columnSpacing }
            return max(0, min(width, area.maxX - x))
        }
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let widths = shownWidths(in: area)
        var y = area.y
        if showHeader {
            canvas.fill(area.row(0), style: headerStyle)
            var x = area.x
            for (i, column) in columns.enumerated() {
                var title = column.title
                if let sort, sort.column == i {
                    let marker = sort.ascending ? "▲" : "▼"
                    title = DisplayWidth.truncate(title, to: max(0, widths[i] - 1)) + marker
                }
                drawCell(title, at: x, y: y, width: widths[i], alignment: column.alignment, style: headerStyle, canvas: &canvas, area: area)
                x += widths[i] + columnSpacing
            }
            y += 1
        }
        let visible = visibleRowCount(in: area)
        guard visible > 0 else { return }
        if rows.isEmpty {
            if let emptyText { canvas.put(emptyText, x: area.x, y: y, style: .dim, maxWidth: area.width) }
            return
        }
        let first = effectiveOffset(in: area)
        for index in first..<min(rows.count, first + visible) {
            let row = rows[index]
            var rowStyle = row.style
            if index == selected { rowStyle = rowStyle.merged(with: selectedStyle) }
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle)
            var x = area.x
            for (i, column) in columns.enumerated() {
                let text = i < row.cells.count ? row.cells[i] : ""
                var style = row.style
                if i < row.cellStyles.count, let cellStyle = row.cellStyles[i] { style = style.merged(with: cellStyle) }
                if index == selected { style = style.merged(with: selectedStyle) }
                drawCell(text, at: x, y: y, width: widths[i], alignment: column.alignment, itemSeparator: column.itemSeparator,
                         style: style, canvas: &canvas, area: area)
                x += widths[i] + columnSpacing
            }
            y += 1
        }
    }

    private func drawCell(
        _ text: String, at x: Int, y: Int, width: Int, alignment: Alignment, itemSeparator: String? = nil, style: Style,
        canvas: inout Canvas, area: Rect
    ) {
        let available = min(width, area.maxX - x)
        guard available > 0 else { return }
        // Pad to the column's full width so alignment is by display width, then clip at the edge.
        let padded = DisplayWidth.pad(Sanitizer.sanitize(text), to: width, alignment: alignment, itemSeparator: itemSeparator)
        canvas.put(padded, x: x, y: y, style: style, maxWidth: available)
    }
}
