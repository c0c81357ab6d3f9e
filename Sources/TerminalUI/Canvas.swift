/// A grid of cells that widgets draw into and backends flush to the terminal.
///
/// Invariants kept by `set(_:x:y:style:)`, the only writer: a wide glyph is always followed
/// by its continuation cell on the same row, never starts in the last column, and
/// overwriting either half of a wide glyph blanks the other half. Everything written is
/// sanitised (`Glyph`), so a Canvas cannot hold a control character.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size, style: Style = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public func cell(atX x: Int, y: Int) -> Cell? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        return cells[y * width + x]
    }

    public func style(atX x: Int, y: Int) -> Style? {
        cell(atX: x, y: y)?.style
    }

    /// Plain text of row `y`: a wide glyph once, continuation cells skipped.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            text += cells[y * width + x].symbol
        }
        return text
    }

    /// Every row as plain text, for snapshot tests.
    public var rows: [String] { (0..<height).map { row($0) } }

    /// Writes one glyph at (x, y). Returns the columns advanced (0 when off the canvas).
    /// A wide glyph that does not fit before `limit` (exclusive, default the right edge)
    /// leaves a space instead, so half a character is never drawn.
    @discardableResult
    public mutating func set(_ glyph: Glyph, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let right = min(width, limit ?? width)
        guard y >= 0, y < height, x >= 0, x < right else { return 0 }
        if glyph.width == 2 && x + 1 >= right {
            place(Cell.blank(style), x: x, y: y)
            return 1
        }
        if glyph.width == 2 {
            place(Cell(symbol: glyph.text, width: 2, style: style), x: x, y: y)
            return 2
        }
        place(Cell(symbol: glyph.text, width: 1, style: style), x: x, y: y)
        return 1
    }

    /// Writes `string` (sanitised) on row `y` from column `x`, clipped to `maxWidth` columns
    /// and to the canvas. Returns the columns written, including a filler space left where a
    /// wide character did not fit. Newlines are not interpreted; lay out rows first.
    @discardableResult
    public mutating func put(_ string: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for glyph in Glyph.glyphs(of: string) {
            if column >= limit { break }
            if column < 0 {
                // Clipped on the left: a wide glyph straddling column 0 leaves a space.
                if column + glyph.width > 0 { set(Glyph(text: " ", width: 1), x: 0, y: y, style: style, limit: limit) }
                column += glyph.width
                continue
            }
            let advanced = set(glyph, x: column, y: y, style: style, limit: limit)
            if advanced < glyph.width {
                column += advanced
                break
            }
            column += advanced
        }
        return max(0, column - max(x, 0))
    }

    /// Fills `rect` with `symbol` (a one-column string, default space) in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, symbol: String = " ") {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let glyph = Glyph.glyphs(of: symbol).first ?? Glyph(text: " ", width: 1)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                x += max(1, set(glyph, x: x, y: y, style: style, limit: area.maxX))
            }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text (selection bars, cursors).
    public mutating func updateStyle(in rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let i = y * width + x
                cells[i].style = transform(cells[i].style)
                // Keep the two halves of a wide glyph alike when the rect cuts through it.
                if cells[i].width == 2 && x + 1 < width && x + 1 >= area.maxX {
                    cells[i + 1].style = cells[i].style
                }
                if cells[i].width == 0 && x == area.x && x > 0 {
                    cells[i - 1].style = cells[i].style
                }
            }
        }
    }

    /// Stores a one- or two-column cell at (x, y), repairing any wide glyph it overwrites
    /// half of. The caller has checked that the whole span is on the canvas.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        let rowStart = y * width
        let span = cell.width == 2 ? 2 : 1
        if cells[rowStart + x].width == 0 && x > 0 {
            cells[rowStart + x - 1] = .blank(cells[rowStart + x - 1].style)
        }
        let after = x + span
        if after < width && cells[rowStart + after].width == 0 {
            cells[rowStart + after] = .blank(cells[rowStart + after].style)
        }
        cells[rowStart + x] = cell
        if span == 2 {
            cells[rowStart + x + 1] = Cell(symbol: "", width: 0, style: cell.style)
        }
    }
}
