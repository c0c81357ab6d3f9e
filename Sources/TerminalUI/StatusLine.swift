/// The bottom line: where you are (breadcrumb) on the left; information and the keys that
/// matter on the right. When space runs out, key hints go first, then the breadcrumb loses
/// its head, whole steps at a time (the current place, at its tail, stays visible); what one
/// leaves unused goes to the other (see `packed(width:)`).
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
            + DisplayWidth.of(rightText(hints))
    }

    /// The right-hand text with `shown` of the hints.
    func rightText(_ shown: [Hint]) -> String {
        var parts: [String] = []
        if !info.isEmpty { parts.append(info) }
        parts.append(contentsOf: shown.map(\.text))
        return parts.isEmpty ? "" : parts.joined(separator: "  ") + " "
    }

    /// The line `width` columns wide: the breadcrumb, and the information with the hints shown. The breadcrumb is
    /// promised up to two thirds of the line (more for its current place and the step before it) and the information
    /// its share; within its promise the breadcrumb keeps whole steps. Every hint that fits the columns the breadcrumb
    /// leaves is shown, in order (one too long for them no longer hides a shorter one after it); then the breadcrumb
    /// takes back, whole steps, what the hints left. So no hint is left out, and no step, that the unused columns
    /// would hold: a breadcrumb cut at a step left most of its promise empty beside hints that had given way to it
    /// ("… › demo-00019 › 对照 demo-00001 ↔ demo-00019", 27 columns empty, and 'Esc 返回' the only hint).
    func packed(width: Int) -> (left: String, right: String) {
        let leftWidth = DisplayWidth.of(wholeBreadcrumb)
        // Hints also give way for the current place whole, and the step before it ("… › Tools › " and the last
        // step): otherwise a long last step starts mid-word, or loses the mark that steps came before it, or the
        // step that says what it is a place in.
        let placeWidth = breadcrumb.count > 2 ? DisplayWidth.of(headMark + breadcrumb.suffix(2).map(Sanitizer.sanitize).joined(separator: separator)) : leftWidth
        // The breadcrumb (where you are) is promised up to two thirds of the line and hints give way first;
        // the information (progress, corpus, SYNTHETIC, position) may take more, but never the breadcrumb's
        // last third: a long progress message left no room for the place.
        let infoWidth = DisplayWidth.of(rightText([]))
        let kept = min(leftWidth, width / 3)
        let rightBudget = max(min(infoWidth, width - 1 - kept), width - min(leftWidth, max(1, width * 2 / 3, placeWidth)) - 1, 0)
        let promised = DisplayWidth.of(breadcrumbText(fitting: max(0, width - 1 - rightBudget)))
        let room = max(0, width - 1 - promised)
        var shown: [Hint] = []
        for hint in hints where DisplayWidth.of(rightText(shown + [hint])) <= room {
            shown.append(hint)
        }
        let right = DisplayWidth.truncate(Sanitizer.sanitize(rightText(shown)), to: room)
        let rightWidth = DisplayWidth.of(right)
        return (breadcrumbText(fitting: width - rightWidth - (rightWidth > 0 ? 1 : 0)), right)
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
        let packing = packed(width: line.width)
        let rightWidth = DisplayWidth.of(packing.right)
        let leftBudget = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        canvas.put(packing.left, x: line.x, y: line.y, style: style, maxWidth: leftBudget)
        if rightWidth > 0 {
            canvas.put(packing.right, x: line.maxX - rightWidth, y: line.y, style: style, maxWidth: rightWidth)
        }
    }
}
