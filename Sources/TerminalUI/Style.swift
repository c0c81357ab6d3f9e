/// How a cell is drawn. A plain value; `merged(with:)` layers a highlight over a base style.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: Color = .default, background: Color = .default,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)
    public static let reverse = Style(reverse: true)

    /// `overlay` on top of `self`: its non-default colours win, attributes add up.
    public func merged(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground == .default ? foreground : overlay.foreground,
            background: overlay.background == .default ? background : overlay.background,
            bold: bold || overlay.bold,
            dim: dim || overlay.dim,
            underline: underline || overlay.underline,
            reverse: reverse || overlay.reverse
        )
    }
}
