/// The bottom line: where you are (breadcrumb) on the left; information and the keys that
/// matter on the right. When space runs out, key hints go first, then the breadcrumb loses
/// its head, whole steps at a time (the current place, at its tail, stays visible); what one
/// leaves unused goes to the other (see `packed(width:)`). A message (what a key just did, a progress) stands before
/// the information and is cut before it: the information (SYNTHETIC, the position) is never cut for a message.
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
    /// What a key just did, or a progress: before the information, and cut at its end (with "…") before it is.
    public var message: String
    public var info: String
    public var hints: [Hint]
    public var style: Style
    public var separator: String
    /// Whether the place's last step may be cut so that the first hint shows (`placeCutForTheFirstHint`); a caller
    /// whose place fits whole beside the information keeps it whole (a comparison's second document id).
    public var cutsThePlaceForTheFirstHint = true

    public init(breadcrumb: [String], message: String = "", info: String = "", hints: [Hint] = [], style: Style = .reverse,
                separator: String = " › ") {
        self.breadcrumb = breadcrumb
        self.message = message
        self.info = info
        self.hints = hints
        self.style = style
        self.separator = separator
    }

    /// The columns between the breadcrumb and what follows it, at the least: as many as between the hints, so that
    /// a full line does not run the place into a message ('Overview match 1/2: Gu').
    public static let gap = 2

    /// Columns the whole line needs: the breadcrumb, the message, the information and every hint, with their spacing.
    public var neededWidth: Int {
        DisplayWidth.of(wholeBreadcrumb) + Self.gap
            + DisplayWidth.of(rightText(hints))
    }

    /// What `packed(width:)` shows: the breadcrumb, the right-hand text and the hints in it.
    public struct Packing: Sendable, Equatable {
        public var left: String
        public var right: String
        public var hints: [Hint]
        /// Whether the place's last step was cut for the first hint.
        public var cutsThePlace = false
    }

    /// The right-hand text with `shown` of the hints, and `message` (the whole message unless given).
    func rightText(_ shown: [Hint], message: String? = nil) -> String {
        var parts: [String] = []
        let message = message ?? self.message
        if !message.isEmpty { parts.append(message) }
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
    /// A message too long for its room is cut at its end, the information after it kept whole ('SYNTHETI…' was cut
    /// for a message at 40 columns). Where no hint fits beside a place whose last step is long, that step is cut at
    /// its end, keeping at least half of it, so that the first key shows (`placeCutForTheFirstHint`).
    public func packed(width: Int) -> Packing {
        let gap = Self.gap
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
        let rightBudget = max(min(infoWidth, width - gap - kept), width - min(leftWidth, max(1, width * 2 / 3, placeWidth)) - gap, 0)
        let promised = DisplayWidth.of(breadcrumbText(fitting: max(0, width - gap - rightBudget)))
        var room = max(0, width - gap - promised)
        var shown = hintsFitting(room)
        if let first = hints.first, shown.first != first {
            // The first key wins over the steps before the place: at 80 columns a compare view offered '/ 搜索'
            // beside '2017 ›' and not 'Esc 返回'. Then over the end of a long last step. The hints are fitted to the
            // room beside the place, not the room the steps took ('… · 1/117  E…' at 100 columns).
            let placeRoom = width - gap - DisplayWidth.of(breadcrumbText(fitting: placeWidth))
            let atPlace = hintsFitting(placeRoom)
            if atPlace.first == first {
                shown = atPlace
                room = placeRoom
            } else if cutsThePlaceForTheFirstHint, let cut = placeCutForTheFirstHint(width: width) {
                return cut
            }
        }
        let right = fitted(rightText(shown), room: room)
        let rightWidth = DisplayWidth.of(right)
        return Packing(left: breadcrumbText(fitting: width - rightWidth - (rightWidth > 0 ? gap : 0)), right: right, hints: shown)
    }

    /// The hints, in order, that fit `room` beside the message and the information, in the margin at the right
    /// edge too (`fitted` gives it up).
    private func hintsFitting(_ room: Int) -> [Hint] {
        var shown: [Hint] = []
        for hint in hints where DisplayWidth.of(rightText(shown + [hint])) - 1 <= room {
            shown.append(hint)
        }
        return shown
    }

    /// The right-hand text cut to `room`: its margin at the right edge first; then the message, in its middle (its
    /// start says what happened, its end often what came of it: 'not exported: /tmp/…/view.csv exists'; at its end
    /// in a narrow room), down to two columns; then, the message left out, the information.
    private func fitted(_ right: String, room: Int) -> String {
        let right = Sanitizer.sanitize(right)
        guard DisplayWidth.of(right) > room else { return right }
        if DisplayWidth.of(right) == room + 1, right.hasSuffix(" ") { return String(right.dropLast()) }
        let withoutMessage = Sanitizer.sanitize(rightText([], message: ""))
        let messageRoom = room - DisplayWidth.of(withoutMessage) - (info.isEmpty ? 0 : 2)
        if !message.isEmpty, messageRoom >= 2 {
            return rightText([], message: Self.cutMessage(Sanitizer.sanitize(message), to: messageRoom))
        }
        return DisplayWidth.truncate(message.isEmpty || info.isEmpty ? right : withoutMessage, to: room)
    }

    /// A message of parts two spaces apart (a progress, then what a key just did) gives up its earlier parts first,
    /// while they keep 8 columns: 'n/N：仍在检索' lost its 'n/N' to a cut in the middle of both.
    static func cutMessage(_ message: String, to width: Int) -> String {
        guard DisplayWidth.of(message) > width, let split = message.range(of: "  ", options: .backwards) else {
            return cutInTheMiddle(message, to: width)
        }
        let last = String(message[split.upperBound...])
        let earlierRoom = width - DisplayWidth.of(last) - 2
        guard earlierRoom >= 8 else { return cutInTheMiddle(message, to: width) }
        return cutMessage(String(message[..<split.lowerBound]), to: earlierRoom) + "  " + last
    }

    /// `text` cut to `width` with "…" in its middle: as much of its start as of its end. Below 25 columns, at its
    /// end: halves of a few columns say nothing ('mark…pare').
    static func cutInTheMiddle(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width >= 25 else { return DisplayWidth.truncate(text, to: width) }
        // Neither side ends inside a number: '…2016〕1…' or '…3.md' would read as other numbers (as `DisplayWidth.truncate`).
        let start = DisplayWidth.prefix(text, fitting: width / 2)
        let head = start.text.count < text.count && DisplayWidth.isDigit(Array(text)[start.text.count])
            ? String(start.text.reversed().drop(while: DisplayWidth.isDigit).reversed()) : start.text
        let end = DisplayWidth.suffix(text, fitting: width - 1 - DisplayWidth.of(head))
        let cutBefore = text.count - end.text.count - 1
        let tail = cutBefore >= 0 && DisplayWidth.isDigit(Array(text)[cutBefore])
            ? String(end.text.drop(while: DisplayWidth.isDigit)) : end.text
        return head + "…" + tail
    }

    /// The line with the place's last step cut at its end so that the first hint shows beside it and the message
    /// and information whole, where that keeps at least half of the step and 12 columns of it; else nil. A tool's
    /// clauses at 80 columns ('Tools › Talent development · Entrepreneurship and innovation  SYNTHETIC · 1/23')
    /// offered no key.
    private func placeCutForTheFirstHint(width: Int) -> Packing? {
        guard let first = hints.first, let last = breadcrumb.last.map(Sanitizer.sanitize) else { return nil }
        let right = Sanitizer.sanitize(rightText([first]))
        let before = breadcrumb.count > 2 ? headMark : " "
        let previous = breadcrumb.count > 1 ? Sanitizer.sanitize(breadcrumb[breadcrumb.count - 2]) + separator : ""
        let stepRoom = width - DisplayWidth.of(right) - Self.gap - DisplayWidth.of(before + previous)
        let lastWidth = DisplayWidth.of(last)
        guard stepRoom < lastWidth, stepRoom >= max(12, (lastWidth + 1) / 2) else { return nil }
        return Packing(left: before + previous + DisplayWidth.truncate(last, to: stepRoom), right: right, hints: [first], cutsThePlace: true)
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
        let leftBudget = line.width - rightWidth - (rightWidth > 0 ? Self.gap : 0)
        canvas.put(packing.left, x: line.x, y: line.y, style: style, maxWidth: leftBudget)
        if rightWidth > 0 {
            canvas.put(packing.right, x: line.maxX - rightWidth, y: line.y, style: style, maxWidth: rightWidth)
        }
    }
}
