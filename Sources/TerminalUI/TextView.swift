/// Multi-line text wrapped to the width of its area, scrollable, with highlighted spans
/// (search matches, passages).
///
/// Offsets everywhere are counted in `Character`s of the original text (extended grapheme
/// clusters; "\r\n" is one), so a span found by `Array(text)` indexing maps straight onto
/// the screen.
public struct TextView: Widget, Sendable {
    /// One screen row of wrapped text.
    public struct Line: Sendable, Equatable {
        /// Offset of the row's first character in the text.
        public var start: Int
        /// The characters shown on this row (no line break characters).
        public var text: String
        /// `text.count`, kept to avoid recounting.
        public var count: Int
        /// On a row that goes on with the paragraph of the row before (the wrap broke it there, not a line break):
        /// the spaces the break dropped between the two ("" inside a word or between CJK characters), so that
        /// the rows joined give the paragraph back; nil on a paragraph's first row.
        public var continuation: String?

        public init(start: Int, text: String, count: Int, continuation: String? = nil) {
            self.start = start
            self.text = text
            self.count = count
            self.continuation = continuation
        }
    }

    public struct Highlight: Sendable, Equatable {
        public var range: Range<Int>
        public var style: Style

        public init(_ range: Range<Int>, style: Style = .reverse) {
            self.range = range
            self.style = style
        }
    }

    private enum Source: Sendable {
        case text(String)
        case lines([Line])
    }

    private var source: Source
    /// The first visible row; clamped at render time.
    public var offset: Int
    public var highlights: [Highlight]
    public var style: Style

    /// Wraps `text` to the area's width when rendered.
    public init(text: String, offset: Int = 0, highlights: [Highlight] = [], style: Style = .plain) {
        self.source = .text(text)
        self.offset = offset
        self.highlights = highlights
        self.style = style
    }

    /// Uses rows already wrapped with `TextView.wrap` (cache them for long documents).
    public init(lines: [Line], offset: Int = 0, highlights: [Highlight] = [], style: Style = .plain) {
        self.source = .lines(lines)
        self.offset = offset
        self.highlights = highlights
        self.style = style
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let lines: [Line]
        switch source {
        case .text(let text): lines = Self.wrap(text, width: area.width)
        case .lines(let given): lines = given
        }
        canvas.fill(area, style: style)
        let first = min(max(0, offset), max(0, lines.count - area.height))
        let sorted = highlights.filter { !$0.range.isEmpty }
        for (row, line) in lines[first..<min(lines.count, first + area.height)].enumerated() {
            var x = area.x
            var index = line.start
            for character in line.text {
                var charStyle = style
                for highlight in sorted where highlight.range.contains(index) {
                    charStyle = charStyle.merged(with: highlight.style)
                }
                let advanced = canvas.put(String(character), x: x, y: area.y + row, style: charStyle, maxWidth: area.maxX - x)
                x += advanced
                index += 1
                if x >= area.maxX { break }
            }
        }
    }

    /// The row index containing character `offset`, for scrolling to a match.
    public static func lineIndex(containing offset: Int, in lines: [Line]) -> Int? {
        guard !lines.isEmpty else { return nil }
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return lines[low].start <= offset ? low : nil
    }

    /// Characters that a Chinese line should not start with (kinsoku): closing punctuation, and the signs that
    /// follow a number (a row of '〕' alone closed a cited finding's '〔陈磊等 2020，二（三）〕'; '42' over '%。').
    public static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝", "〗", "〙", "〛",
        "”", "’", "…", "·",
        ",", ".", ";", ":", "?", "!", ")", "]", "}",
        "%", "％", "‰",
    ]

    /// Characters that a Chinese line should not end with (kinsoku): opening punctuation.
    public static let noLineEnd: Set<Character> = [
        "（", "「", "『", "【", "《", "〈", "〔", "“", "‘", "(", "[", "{",
    ]

    /// How many characters at the end of a full `row` go down to the next with `next`, the character that did
    /// not fit, so that no row starts with a closing mark or ends with an opening one (kinsoku): closing
    /// punctuation takes the marks before it and the character they close ('…（横向同质化）' over '，与…' is now
    /// '…（横向同质' over '化），与…'), a number or Latin word goes down whole ("扩散型 3" over "3）" split 33),
    /// and an opening mark goes down with what it opens. Where that would leave the row empty (a narrow pane),
    /// the rule before it stands: one character before a closing mark, a word whole; and if that empties it too,
    /// one character before a closing mark, if the row has two.
    public static func carried(before next: Character, row: ArraySlice<Character>) -> Int {
        let withMarks = carriedStart(before: next, row: row, marksToo: true)
        if row[..<withMarks].contains(where: { $0 != " " }) { return row.endIndex - withMarks }
        let before = carriedStart(before: next, row: row, marksToo: false)
        if before > row.startIndex { return row.endIndex - before }
        guard let last = row.last, noLineStart.contains(next), !noLineStart.contains(last) else { return 0 }
        return row.count >= 2 ? 1 : 0
    }

    /// Where the carried characters start. `marksToo`: closing marks at the row's end go down with `next` (else
    /// none is carried when the row ends in one) and so do opening marks before what goes down.
    private static func carriedStart(before next: Character, row: ArraySlice<Character>, marksToo: Bool) -> Int {
        var start = row.endIndex
        if noLineStart.contains(next) {
            if marksToo {
                while start > row.startIndex && noLineStart.contains(row[start - 1]) { start -= 1 }
            } else if let last = row.last, noLineStart.contains(last) {
                return row.endIndex
            }
            start = max(row.startIndex, start - 1)
        }
        if isWordPart(start < row.endIndex ? row[start] : next) {
            while start > row.startIndex && isWordPart(row[start - 1]) { start -= 1 }
        }
        while marksToo && start > row.startIndex && noLineEnd.contains(row[start - 1]) { start -= 1 }
        return start
    }

    /// A character of a Latin word or a number (narrow, not a space or punctuation).
    static func isWordPart(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) && DisplayWidth.of(c) == 1
    }

    /// Wraps `text` into rows of at most `width` columns. Lines come from line breaks;
    /// CJK may break between any two characters (but a row does not start with closing
    /// punctuation nor end with opening punctuation when avoidable: `carried`), Latin words
    /// break at spaces when possible, and spaces at a break are dropped. A character wider than `width` gets a row of its own.
    public static func wrap(_ text: String, width: Int) -> [Line] {
        let chars = Array(text)
        var lines: [Line] = []
        var paragraphStart = 0
        var i = 0
        while i <= chars.count {
            if i == chars.count || LineBreak.isBreak(chars[i]) {
                wrapParagraph(chars, from: paragraphStart, to: i, width: max(1, width), into: &lines)
                paragraphStart = i + 1
            }
            i += 1
        }
        return lines
    }

    private static func wrapParagraph(_ chars: [Character], from start: Int, to end: Int, width: Int, into lines: inout [Line]) {
        if start >= end {
            lines.append(Line(start: start, text: "", count: 0))
            return
        }
        var i = start
        while i < end {
            var used = 0
            var j = i
            var lastBreak = i  // index where a new row may start, after i
            while j < end {
                let w = DisplayWidth.of(chars[j])
                if used + w > width { break }
                if j > i && (w == 2 || DisplayWidth.of(chars[j - 1]) == 2 || chars[j - 1] == " ") { lastBreak = j }
                used += w
                j += 1
            }
            var stop = j
            if j < end {
                if j == i {
                    stop = i + 1  // wider than the whole row
                } else {
                    if chars[j] == " " || DisplayWidth.of(chars[j]) == 2 || DisplayWidth.of(chars[j - 1]) == 2 || chars[j - 1] == " " {
                        stop = j
                    } else if lastBreak > i {
                        stop = lastBreak  // break before the Latin word that did not fit
                    }
                    stop -= carried(before: chars[stop], row: chars[i..<stop])
                }
            }
            // Trailing spaces at a break are not shown; the offsets of what is shown stay exact.
            var shown = stop
            while shown > i + 1 && chars[shown - 1] == " " && stop < end { shown -= 1 }
            let continuation = i == start ? nil : String(repeating: " ", count: i - (lines.last.map { $0.start + $0.count } ?? i))
            lines.append(Line(start: i, text: String(chars[i..<shown]), count: shown - i, continuation: continuation))
            i = stop
            if i < end && stop != end {
                while i < end && chars[i] == " " { i += 1 }
            }
        }
    }
}
