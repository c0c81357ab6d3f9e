/// A vertical list of one-line items with a selection that is kept in view.
public struct ListView: Widget, Sendable {
    public struct Item: Sendable {
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var items: [Item]
    public var selected: Int?
    public var offset: Int
    public var selectedStyle: Style
    /// Drawn before the selected item (others get as many spaces), e.g. "▶ "; "" for none.
    public var marker: String

    public init(items: [Item], selected: Int? = nil, offset: Int = 0, selectedStyle: Style = .reverse, marker: String = "") {
        self.items = items
        self.selected = selected
        self.offset = offset
        self.selectedStyle = selectedStyle
        self.marker = marker
    }

    public init(_ strings: [String], selected: Int? = nil, offset: Int = 0) {
        self.init(items: strings.map { Item($0) }, selected: selected, offset: offset)
    }

    public func effectiveOffset(in area: Rect) -> Int {
        Scroll.offset(current: offset, selected: selected, visible: area.height, count: items.count)
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let first = effectiveOffset(in: area)
        let markerWidth = DisplayWidth.of(marker)
        for (row, index) in (first..<min(items.count, first + area.height)).enumerated() {
            let item = items[index]
            let isSelected = index == selected
            let style = isSelected ? item.style.merged(with: selectedStyle) : item.style
            let line = area.row(row)
            canvas.fill(line, style: style)
            let prefix = isSelected ? marker : String(repeating: " ", count: markerWidth)
            let used = canvas.put(prefix, x: line.x, y: line.y, style: style, maxWidth: line.width)
            let text = DisplayWidth.truncate(Sanitizer.sanitize(item.text), to: line.width - used)
            canvas.put(text, x: line.x + used, y: line.y, style: style, maxWidth: line.width - used)
        }
    }
}
