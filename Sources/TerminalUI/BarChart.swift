/// Horizontal bars, one per row: label, bar scaled to the largest value, value text.
/// Bars use eighth blocks (▏▎▍▌▋▊▉█) so they read without colour too.
public struct BarChart: Widget, Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Shown after the bar; nil formats `value`.
        public var valueText: String?
        public var style: Style?

        public init(_ label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    public var bars: [Bar]
    /// The value of a full-width bar; nil uses the largest value.
    public var maxValue: Double?
    public var barStyle: Style
    public var labelStyle: Style
    public var selected: Int?
    public var selectedStyle: Style
    public var offset: Int

    public init(
        bars: [Bar], maxValue: Double? = nil, barStyle: Style = Style(foreground: .cyan),
        labelStyle: Style = .plain, selected: Int? = nil, selectedStyle: Style = .reverse, offset: Int = 0
    ) {
        self.bars = bars
        self.maxValue = maxValue
        self.barStyle = barStyle
        self.labelStyle = labelStyle
        self.selected = selected
        self.selectedStyle = selectedStyle
        self.offset = offset
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `width` columns' worth of bar for `fraction` (0...1) in eighth blocks; a positive
    /// value always shows at least ▏ so that it is not mistaken for zero.
    public static func bar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction.isFinite, fraction > 0 else { return "" }
        var units = Int((min(1, fraction) * Double(width * 8)).rounded())
        units = max(1, units)
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }

    /// A value as short text: integers without decimals, others with one.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let tenths = (value * 10).rounded() / 10
        return String(tenths)
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labels = bars.map { Sanitizer.sanitize($0.label) }
        let values = bars.map { $0.valueText.map(Sanitizer.sanitize) ?? Self.format($0.value) }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(1, area.width / 3))
        let valueWidth = min(values.map(DisplayWidth.of).max() ?? 0, max(0, area.width / 4))
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let top = maxValue ?? bars.map(\.value).max() ?? 0
        let first = Scroll.offset(current: offset, selected: selected, visible: area.height, count: bars.count)
        for (row, index) in (first..<min(bars.count, first + area.height)).enumerated() {
            let y = area.y + row
            let isSelected = index == selected
            let rowLabelStyle = isSelected ? labelStyle.merged(with: selectedStyle) : labelStyle
            canvas.put(DisplayWidth.pad(labels[index], to: labelWidth), x: area.x, y: y, style: rowLabelStyle, maxWidth: labelWidth)
            let fraction = top > 0 ? max(0, bars[index].value) / top : 0
            let style = barStyle.merged(with: bars[index].style ?? .plain)
            let bar = Self.bar(fraction: fraction, width: barWidth)
            let barX = area.x + labelWidth + 1
            let drawn = canvas.put(bar, x: barX, y: y, style: style, maxWidth: barWidth)
            canvas.put(values[index], x: barX + drawn + 1, y: y, style: labelStyle, maxWidth: max(0, area.maxX - barX - drawn - 1))
        }
    }
}
