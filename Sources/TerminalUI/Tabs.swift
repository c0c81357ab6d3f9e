/// A row of numbered titles with the active one highlighted: " 1 概览 │ 2 省份 ".
public struct Tabs: Widget, Sendable {
    public var titles: [String]
    public var active: Int
    public var numbered: Bool
    public var style: Style
    public var activeStyle: Style
    public var separator: String

    public init(
        titles: [String], active: Int, numbered: Bool = true, style: Style = .plain,
        activeStyle: Style = Style(bold: true, reverse: true), separator: String = "│"
    ) {
        self.titles = titles
        self.active = active
        self.numbered = numbered
        self.style = style
        self.activeStyle = activeStyle
        self.separator = separator
    }

    /// No padding around titles, for narrow terminals (pair with a one-space separator).
    public var compact = false

    /// The label drawn for tab `index`, with its padding.
    public func label(_ index: Int) -> String {
        let title = numbered ? "\(index + 1) \(titles[index])" : titles[index]
        return compact ? title : " \(title) "
    }

    /// Columns all tabs take side by side.
    public var fullWidth: Int {
        titles.indices.map { DisplayWidth.of(Sanitizer.sanitize(label($0))) }.reduce(0, +)
            + max(0, titles.count - 1) * DisplayWidth.of(separator)
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let line = area.row(0)
        canvas.fill(line, style: style)
        let separatorWidth = DisplayWidth.of(separator)
        let widths = titles.indices.map { DisplayWidth.of(Sanitizer.sanitize(label($0))) }
        // Drop tabs from the left until the active one fits.
        var first = 0
        let activeIndex = min(max(0, active), titles.count - 1)
        func span(_ from: Int, _ to: Int) -> Int {
            (from...to).reduce(0) { $0 + widths[$1] } + (to - from) * separatorWidth
        }
        // Once a tab is dropped, the "‹" that says so takes its column too.
        let droppedMarkWidth = DisplayWidth.of("‹")
        func needed(_ from: Int, _ to: Int) -> Int { (from > 0 ? droppedMarkWidth : 0) + span(from, to) }
        while first < activeIndex && needed(first, activeIndex) > line.width { first += 1 }
        // Tabs right of the active one that do not fit whole are dropped too, and "›" says so (a cut tab showed
        // its number alone: the Chinese bar at 60 columns ended in "0"). Padded labels need no separator before it.
        let markGap = compact ? separatorWidth : 0
        var last = titles.count - 1
        while last > activeIndex && needed(first, last) + (last < titles.count - 1 ? markGap + droppedMarkWidth : 0) > line.width {
            last -= 1
        }
        var x = line.x
        if first > 0 { x += canvas.put("‹", x: x, y: line.y, style: style, maxWidth: line.maxX - x) }
        for index in first...last {
            if x >= line.maxX { break }
            if index > first {
                x += canvas.put(separator, x: x, y: line.y, style: style, maxWidth: line.maxX - x)
            }
            let tabStyle = index == activeIndex ? style.merged(with: activeStyle) : style
            x += canvas.put(label(index), x: x, y: line.y, style: tabStyle, maxWidth: line.maxX - x)
        }
        if last < titles.count - 1, x + markGap + droppedMarkWidth <= line.maxX {
            if compact { x += canvas.put(separator, x: x, y: line.y, style: style, maxWidth: line.maxX - x) }
            _ = canvas.put("›", x: x, y: line.y, style: style, maxWidth: line.maxX - x)
        }
    }
}
