/// A grid of values graded into a few levels, with row and column labels and a cursor cell.
/// Each level has both a shade glyph (░▒▓█) and a colour, so it reads on monochrome
/// terminals as well; missing values show a dim "·".
public struct HeatMap: Widget, Sendable {
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// values[row][column]; nil is "no data".
    public var values: [[Double?]]
    public var cursor: (row: Int, column: Int)?
    /// Columns per cell including one column of gap; labels are cut to `cellWidth - 1`.
    public var cellWidth: Int
    /// Values mapped to the lowest and highest level; nil uses the data's range.
    public var range: ClosedRange<Double>?
    public var rowOffset: Int
    public var columnOffset: Int
    public var shades: [String]
    public var colors: [Color]
    public var cursorStyle: Style
    /// Text to show in each cell instead of a shade (a matrix of counts); the level still colours it. An empty text
    /// shows the shade (or the "·" of a missing value).
    public var texts: [[String]]?

    public init(
        rowLabels: [String], columnLabels: [String], values: [[Double?]], cursor: (row: Int, column: Int)? = nil,
        cellWidth: Int = 5, range: ClosedRange<Double>? = nil, rowOffset: Int = 0, columnOffset: Int = 0,
        shades: [String] = ["░", "▒", "▓", "█"], colors: [Color] = [.blue, .cyan, .yellow, .red],
        cursorStyle: Style = Style(bold: true, reverse: true), texts: [[String]]? = nil
    ) {
        self.texts = texts
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.cursor = cursor
        self.cellWidth = cellWidth
        self.range = range
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
        self.shades = shades
        self.colors = colors
        self.cursorStyle = cursorStyle
    }

    /// The level (0 ..< levels) of `value` within `range`.
    public static func level(of value: Double, in range: ClosedRange<Double>, levels: Int) -> Int {
        guard levels > 1 else { return 0 }
        let span = range.upperBound - range.lowerBound
        guard span > 0, value.isFinite else { return value > range.lowerBound ? levels - 1 : 0 }
        let fraction = (value - range.lowerBound) / span
        return min(levels - 1, max(0, Int(fraction * Double(levels))))
    }

    /// The range the levels are computed over.
    public var effectiveRange: ClosedRange<Double> {
        if let range { return range }
        let all = values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        guard let low = all.min(), let high = all.max() else { return 0...1 }
        return low...high
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let cell = max(2, cellWidth)
        let labels = rowLabels.map(Sanitizer.sanitize)
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(0, area.width / 3))
        let gridX = area.x + labelWidth + 1
        let visibleColumns = max(0, (area.maxX - gridX) / cell)
        let visibleRows = max(0, area.height - 1)
        let firstRow = Scroll.offset(current: rowOffset, selected: cursor?.row, visible: visibleRows, count: rowLabels.count)
        let firstColumn = Scroll.offset(current: columnOffset, selected: cursor?.column, visible: visibleColumns, count: columnLabels.count)
        let levels = min(shades.count, max(1, colors.count))
        let valueRange = effectiveRange

        let lastColumn = min(columnLabels.count, firstColumn + visibleColumns)
        for column in firstColumn..<max(firstColumn, lastColumn) {
            let x = gridX + (column - firstColumn) * cell
            let style = cursor?.column == column ? Style(bold: true, underline: true) : Style(bold: true)
            canvas.put(DisplayWidth.pad(Sanitizer.sanitize(columnLabels[column]), to: cell - 1), x: x, y: area.y, style: style, maxWidth: cell - 1)
        }
        // Columns left out are marked as the tab bar marks its tabs: '‹' before the first shown (in the column
        // between the row labels and the grid), '›' in the gap after the last shown.
        if firstColumn > 0, gridX - 1 >= area.x {
            canvas.put("‹", x: gridX - 1, y: area.y, style: .dim, maxWidth: 1)
        }
        if lastColumn < columnLabels.count, lastColumn > firstColumn {
            canvas.put("›", x: gridX + (lastColumn - firstColumn) * cell - 1, y: area.y, style: .dim, maxWidth: 1)
        }
        guard visibleRows > 0 else { return }
        for row in firstRow..<min(rowLabels.count, firstRow + visibleRows) {
            let y = area.y + 1 + row - firstRow
            let labelStyle = cursor?.row == row ? Style(bold: true, underline: true) : Style.plain
            canvas.put(DisplayWidth.pad(labels[row], to: labelWidth), x: area.x, y: y, style: labelStyle, maxWidth: labelWidth)
            for column in firstColumn..<max(firstColumn, lastColumn) {
                let x = gridX + (column - firstColumn) * cell
                let value = row < values.count && column < values[row].count ? values[row][column] : nil
                var text: String
                var style: Style
                let label = texts.flatMap { row < $0.count && column < $0[row].count && !$0[row][column].isEmpty ? $0[row][column] : nil }
                if let value, levels > 0 {
                    let level = Self.level(of: value, in: valueRange, levels: levels)
                    text = label.map { DisplayWidth.pad($0, to: cell - 1, alignment: .right) } ?? String(repeating: shades[level], count: cell - 1)
                    style = Style(foreground: level < colors.count ? colors[level] : .default, bold: label != nil && level == levels - 1)
                } else if let label {
                    text = DisplayWidth.pad(label, to: cell - 1, alignment: .right)
                    style = .dim
                } else {
                    text = DisplayWidth.pad("·", to: cell - 1, alignment: .center)
                    style = .dim
                }
                if let cursor, cursor.row == row, cursor.column == column {
                    style = style.merged(with: cursorStyle)
                }
                canvas.put(text, x: x, y: y, style: style, maxWidth: cell - 1)
            }
        }
    }
}
