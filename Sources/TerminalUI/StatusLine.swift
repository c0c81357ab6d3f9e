/// The bottom line: where you are (breadcrumb) on the left; information and the keys that
/// matter on the right. When space runs out, key hints go first, then the breadcrumb loses
/// its head, whole steps at a time (the current place, at its tail, stays visible).
public struct StatusLine: Widget, Sendable {
    public struct Hint: Sendable, Equatable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }

        public var text: String { "\(key) \(label)" }
    }

    public var breadcrumb: [String]
    public var info: String
    public var hints: [Hint]
    public var style: Style
    public var separator: String

    public init(breadcrumb: [String], info: String = "", hints: [Hint] = [], style: Style = .reverse, separator: String = " › ") {
        self.breadcrumb = breadcrumb
        self.info = info
        self.hints = hints
        self.style = style
        self.separator = separator
    }

    /// Columns the whole line needs: the breadcrumb, the information and every hint, with their spacing.
    public var neededWidth: Int {
        DisplayWidth.of(wholeBreadcrumb) + 1
            + DisplayWidth.of(rightText(hintCount: hints.count))
    }

    /// The right-hand text with the first `hintCount` hints.
    func rightText(hintCount: Int) -> String {
        var parts: [String] = []
        if !info.isEmpty { parts.append(info) }
        parts.append(contentsOf: hints.prefix(hintCount).map(\.text))
        return parts.isEmpty ? "" : parts.joined(separator: "  ") + " "
    }

    /// The breadcrumb cut from the front to `width` at a separator, so that it starts with a whole step
    /// ("… › demo-00003 › Compare …", not "…uments › demo-00003"); only a last step too long to show whole
    /// is cut inside.
    func breadcrumbText(fitting width: Int) -> String {
        let whole = wholeBreadcrumb
        if DisplayWidth.of(whole) <= width { return whole }
        let steps = breadcrumb.map(Sanitizer.sanitize)
        for first in steps.indices.dropFirst() {
            let tail = headMark + steps[first...].joined(separator: separator)
            if DisplayWidth.of(tail) <= width { return tail }
        }
        return DisplayWidth.truncateHead(whole, to: width)
    }

    /// Every step, after the line's leading space.
    private var wholeBreadcrumb: String { " " + breadcrumb.map(Sanitizer.sanitize).joined(separator: separator) }

    /// What stands for the steps a cut breadcrumb left out: "… › ".
    private var headMark: String { "…" + separator }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        canvas.fill(line, style: style)
        let leftWidth = DisplayWidth.of(wholeBreadcrumb)
        // Hints also give way for the current place whole ("… › " and the last step): otherwise a long last
        // step starts mid-word, or loses the mark that steps came before it.
        let placeWidth = breadcrumb.count > 1 ? DisplayWidth.of(headMark + Sanitizer.sanitize(breadcrumb.last ?? "")) : leftWidth
        // The breadcrumb (where you are) is promised up to two thirds of the line and hints give way first;
        // the information (progress, corpus, SYNTHETIC, position) may take more, but never the breadcrumb's
        // last third: a long progress message left no room for the place.
        let infoWidth = DisplayWidth.of(rightText(hintCount: 0))
        let kept = min(leftWidth, line.width / 3)
        let rightBudget = max(min(infoWidth, line.width - 1 - kept), line.width - min(leftWidth, max(1, line.width * 2 / 3, placeWidth)) - 1, 0)
        var hintCount = hints.count
        var right = rightText(hintCount: hintCount)
        while hintCount > 0 && DisplayWidth.of(right) > rightBudget {
            hintCount -= 1
            right = rightText(hintCount: hintCount)
        }
        right = DisplayWidth.truncate(Sanitizer.sanitize(right), to: rightBudget)
        let rightWidth = DisplayWidth.of(right)
        let leftBudget = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        canvas.put(breadcrumbText(fitting: leftBudget), x: line.x, y: line.y, style: style, maxWidth: leftBudget)
        if rightWidth > 0 {
            canvas.put(right, x: line.maxX - rightWidth, y: line.y, style: style, maxWidth: rightWidth)
        }
    }
}
