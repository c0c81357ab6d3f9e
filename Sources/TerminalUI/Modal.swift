/// A centred box with a title and lines of content (help, confirmations), drawn over
/// whatever is beneath. Scrolls when the content is taller than the screen.
public struct Modal: Widget, Sendable {
    public var title: String
    public var lines: [String]
    /// Shown in the bottom border, e.g. "Esc 关闭".
    public var footer: String
    public var offset: Int
    public var style: Style
    public var borderStyle: Style

    public init(title: String, lines: [String], footer: String = "", offset: Int = 0,
                style: Style = .plain, borderStyle: Style = .bold) {
        self.title = title
        self.lines = lines
        self.footer = footer
        self.offset = offset
        self.style = style
        self.borderStyle = borderStyle
    }

    /// The box's rectangle inside `area`: content width plus borders and one column of padding.
    public func frame(in area: Rect) -> Rect {
        let contentWidth = max(
            lines.map { DisplayWidth.of($0) }.max() ?? 0,
            DisplayWidth.of(title) + 2, DisplayWidth.of(footer) + 2
        )
        return area.centered(width: contentWidth + 4, height: lines.count + 2)
    }

    /// How many content lines are visible in `area`.
    public func visibleLineCount(in area: Rect) -> Int { max(0, frame(in: area).height - 2) }

    public func render(into canvas: inout Canvas, area: Rect) {
        let box = frame(in: area)
        guard box.width >= 2, box.height >= 2 else {
            canvas.fill(box, style: style)
            return
        }
        canvas.fill(box, style: style)
        let inner = box.width - 2
        let horizontal = String(repeating: "─", count: inner)
        canvas.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: borderStyle)
        canvas.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: borderStyle)
        for y in (box.y + 1)..<(box.maxY - 1) {
            canvas.put("│", x: box.x, y: y, style: borderStyle)
            canvas.put("│", x: box.maxX - 1, y: y, style: borderStyle)
        }
        if !title.isEmpty {
            canvas.put(DisplayWidth.truncate(" " + title + " ", to: inner), x: box.x + 1, y: box.y, style: borderStyle, maxWidth: inner)
        }
        let visible = box.height - 2
        let first = min(max(0, offset), max(0, lines.count - visible))
        for (row, line) in lines[first..<min(lines.count, first + visible)].enumerated() {
            canvas.put(DisplayWidth.truncate(Sanitizer.sanitize(line), to: inner - 2), x: box.x + 2, y: box.y + 1 + row, style: style, maxWidth: inner - 2)
        }
        var bottom = footer
        if first > 0 || first + visible < lines.count {
            bottom = (bottom.isEmpty ? "" : bottom + " ") + "\(first + 1)-\(first + visible)/\(lines.count)"
        }
        if !bottom.isEmpty {
            let text = DisplayWidth.truncate(" " + bottom + " ", to: inner)
            canvas.put(text, x: box.maxX - 1 - DisplayWidth.of(text), y: box.maxY - 1, style: borderStyle, maxWidth: inner)
        }
    }
}
