/// What to show instead of the app when the terminal is below its minimum size.
/// Works at any size down to 1x1 (everything is clipped, nothing can go out of bounds).
public struct TooSmall: Widget, Sendable {
    public var minimum: Size
    public var title: String

    /// The title in both languages, one line each.
    public init(minimum: Size, title: String = "终端窗口太小\nTerminal too small") {
        self.minimum = minimum
        self.title = title
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        // Wrapped, never cut: the message is read whole at any width it fits in at all.
        let size = "\(area.width)x\(area.height) < \(minimum.width)x\(minimum.height)"
        let titleLines = TextView.wrap(title, width: area.width).map(\.text)
        let lines = titleLines.map { ($0, Style.bold) } + TextView.wrap(size, width: area.width).map { ($0.text, Style.plain) }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, (line, style)) in lines.enumerated() where top + i < area.maxY {
            let text = DisplayWidth.truncate(line, to: area.width)
            let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
            canvas.put(text, x: x, y: top + i, style: style, maxWidth: area.maxX - x)
        }
    }
}
