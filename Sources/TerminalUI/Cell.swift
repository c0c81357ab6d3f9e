/// One terminal column. A wide glyph occupies its cell (width 2) and the next one, which is a
/// continuation cell (width 0, empty symbol) that backends skip.
public struct Cell: Sendable, Equatable {
    /// The text drawn in this cell: one glyph (see `Glyph`), or "" for a continuation.
    public var symbol: String
    /// 1 or 2 for a glyph, 0 for the continuation of a wide glyph.
    public var width: Int
    public var style: Style

    public init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
