import SafeText

/// Terminal column widths, the one measure every layout in TerminalUI uses.
///
/// Widths come from `WidthTable` (generated from glibc's wcwidth) rather than from calling
/// wcwidth at run time, so results do not depend on the process locale.
/// Strings are measured as they will be drawn: after sanitising (a control character becomes
/// a one-column placeholder) and per grapheme cluster (see `Glyph`).
public enum DisplayWidth {
    /// Columns a scalar occupies: 0, 1 or 2, or -1 when the terminal cannot print it
    /// (controls, unassigned code points), exactly like wcwidth.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Printable ASCII is by far the most common case.
        if v >= 0x20 && v < 0x7F { return 1 }
        if contains(WidthTable.zero, v) { return 0 }
        if contains(WidthTable.unprintable, v) { return -1 }
        if contains(WidthTable.wide, v) { return 2 }
        return 1
    }

    /// Columns a character occupies once drawn (see `Glyph.glyphs(of:)`).
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        // Fast path for the common single-scalar character (all of CJK); mirrors `Glyph`.
        if scalars.count == 1, let scalar = scalars.first {
            if let placeholder = Sanitizer.replacement(for: scalar) { return of(placeholder) }
            if Glyph.isNeverDrawn(scalar) { return 0 }
            return max(of(scalar), 1)
        }
        return Glyph.glyphs(of: character).reduce(0) { $0 + $1.width }
    }

    /// Columns a string occupies once sanitised and drawn on one row.
    public static func of(_ string: String) -> Int {
        var total = 0
        var allPrintableASCII = true
        for byte in string.utf8 where byte < 0x20 || byte >= 0x7F {
            allPrintableASCII = false
            break
        }
        if allPrintableASCII { return string.utf8.count }
        for character in string { total += of(character) }
        return total
    }

    /// The longest prefix of `string` that fits in `width` columns, and its width.
    /// Never splits a character: a wide character that would cross the limit is left out.
    public static func prefix(_ string: String, fitting width: Int) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let w = of(string[index])
            if used + w > width { break }
            used += w
            end = string.index(after: index)
        }
        return (String(string[string.startIndex..<end]), used)
    }

    /// The longest suffix of `string` that fits in `width` columns, and its width.
    public static func suffix(_ string: String, fitting width: Int) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        var used = 0
        var start = string.endIndex
        while start > string.startIndex {
            let previous = string.index(before: start)
            let w = of(string[previous])
            if used + w > width { break }
            used += w
            start = previous
        }
        return (String(string[start..<string.endIndex]), used)
    }

    /// Brackets a cut closes, and their closers (`Brackets.closing`; ‘’ only as `openBrackets` says).
    private static let closingBrackets = Brackets.closing

    /// Each closer's opener: `closingBrackets` turned round.
    private static let openingBrackets = Dictionary(uniqueKeysWithValues: closingBrackets.map { ($1, $0) })

    /// `character` as a mirror shows it: an opener becomes its closer and a closer its opener.
    private static func mirrored(_ character: Character) -> Character {
        closingBrackets[character] ?? openingBrackets[character] ?? character
    }

    /// `string` cut to `width` columns, ending in `ellipsis` when something was cut: the one cut of the interface
    /// (table cells, text rows, the status line, prompts). A cut never ends in a number: a number cut inside its
    /// digits reads as another number ('人社部发〔2016〕1…' could be 1 or 133), and one cut just after reads as
    /// perhaps cut, so the cut goes before it ('人社部发〔2016〕…'). A cut inside brackets closes them after the ellipsis,
    /// innermost first ("服务外包（机器编码：应…）"), where "服务外包（机器编码：应用…" read as if the closing bracket were
    /// lost; a cut that would keep fewer than two characters of a bracketed part goes before its bracket instead
    /// ("服务外包…"). Inside brackets a cut goes back to the last of `separators` of the innermost bracket's own, so
    /// that no half item is left (a prompt's "导出（markdown|csv|json 文件名；…）"). `closesBrackets` false: nothing
    /// after the ellipsis (`ipap list`'s line, where '关于“互联…”' read as a whole title). The result never exceeds `width`.
    public static func truncate(_ string: String, to width: Int, ellipsis: String = "…", backTo separators: Set<Character> = [],
                                closesBrackets: Bool = true) -> String {
        guard width > 0 else { return "" }
        if of(string) <= width { return string }
        let mark = of(ellipsis) > width ? "" : ellipsis
        // The longest start that, cut and closed, fits; closers take columns, so a shorter start may be needed.
        var room = width - of(mark)
        let text = Substring(string)
        while room > 0 {
            let end = text.index(text.startIndex, offsetBy: prefix(string, fitting: room).text.count)
            let (kept, closers) = closedCut(text, at: end, backTo: separators)
            let space = kept.last.map { $0.isASCII && separators.contains($0) } == true ? " " : ""
            let cut = String(kept) + space + mark + (closesBrackets ? String(closers) : "")
            if of(cut) <= width { return cut }
            room -= 1
        }
        return mark
    }

    /// The start of `text` up to `end`, `kept`, shortened where it must be (back to a separator, before a bracket
    /// with too little left in it), and the closers of the brackets it still leaves open, innermost first.
    private static func closedCut<Text: BidirectionalCollection>(_ text: Text, at end: Text.Index, backTo separators: Set<Character>,
                                                                  mirrored: Bool = false) -> (kept: Text, closers: [Character])
    where Text.Element == Character, Text.SubSequence == Text {
        var kept = text[..<end]
        var open = openBrackets(in: text, before: end, mirrored: mirrored)
        if let inner = open.last, !separators.isEmpty {
            // The innermost bracket's own last separator, not one inside a bracket it holds.
            var depth: [Character] = [], last: Text.Index?
            for i in kept[kept.index(after: inner.at)...].indices {
                if isInControlSequence(text, at: i, mirrored: mirrored) { continue }
                if let closer = closingBrackets[kept[i]] { depth.append(closer) } else if depth.last == kept[i] { depth.removeLast() }
                else if depth.isEmpty, separators.contains(kept[i]) { last = i }
            }
            if let last {
                kept = kept[...last]
                open = openBrackets(in: text, before: kept.endIndex, mirrored: mirrored)
            }
        }
        // No number at the end (dropping one never passes an opener); too little of a bracketed part left to tell
        // what it was: cut before its bracket; and again, as what is then last may be a number.
        while true {
            kept = droppingNumber(at: kept, of: text)
            guard let inner = open.last,
                  kept[kept.index(after: inner.at)...].filter({ !$0.isWhitespace && !separators.contains($0) }).count < 2
            else { break }
            kept = kept[..<inner.at]
            open.removeLast()
        }
        return (kept, open.reversed().map(\.closer))
    }

    /// A decimal digit, of any script's digits ('1', '１'); not a numeral written as a word ('一', '万').
    public static func isDigit(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first?.properties.numericType == .decimal
    }

    /// Marks inside a number ('1.5', '1,200') when digits stand on both sides.
    private static let numberMarks: Set<Character> = [".", ",", "．"]

    /// `kept`, the start of `text`, without the number it ends in (and the spaces before that number): a cut's mark
    /// after it would read as the number's own end. Mirrored texts read the same way, so a cut from the front too.
    private static func droppingNumber<Text: BidirectionalCollection>(at kept: Text, of text: Text) -> Text
    where Text.Element == Character, Text.SubSequence == Text {
        var start = kept.endIndex
        while start > kept.startIndex {
            let i = kept.index(before: start)
            if isDigit(kept[i]) { start = i; continue }
            guard numberMarks.contains(kept[i]), i > kept.startIndex, isDigit(kept[kept.index(before: i)]),
                  start < text.endIndex, isDigit(text[start]) else { break }
            start = i
        }
        guard start < kept.endIndex else { return kept }
        var head = kept[..<start]
        while let last = head.last, last.isWhitespace { head = head.dropLast() }
        return head
    }

    /// The brackets `text` opens before `end` and does not close before it, outermost first. A ‘ counts only when
    /// `text` closes it after `end`: its ’ is also an apostrophe, which a mirrored text ("analyst’s", cut from the
    /// front) turns into an opener.
    private static func openBrackets<Text: BidirectionalCollection>(in text: Text, before end: Text.Index, mirrored: Bool) -> [(at: Text.Index, closer: Character)]
    where Text.Element == Character, Text.SubSequence == Text {
        var open: [(at: Text.Index, closer: Character)] = []
        for i in text[..<end].indices where !isInControlSequence(text, at: i, mirrored: mirrored) {
            if let closer = closingBrackets[text[i]] { open.append((i, closer)) } else if open.last?.closer == text[i] { open.removeLast() }
        }
        guard open.contains(where: { $0.closer == "’" }) else { return open }
        // Each closer after `end` that no bracket opened after `end` takes closes the innermost of them it closes;
        // any inside that one close nowhere.
        var unclosed = open, closed: [Text.Index] = [], inner: [Character] = []
        for c in text[end...] {
            if unclosed.isEmpty { break }
            if let closer = closingBrackets[c] { inner.append(closer) } else if inner.last == c { inner.removeLast() }
            else if inner.isEmpty, let k = unclosed.lastIndex(where: { $0.closer == c }) {
                closed.append(unclosed[k].at)
                unclosed.removeSubrange(k...)
            }
        }
        return open.filter { $0.closer != "’" || closed.contains($0.at) }
    }

    /// A list of names joined by `separator` ("SC, GO, MOFCOM") cut to `width` columns after its last whole item
    /// ("SC, GO, …"): cut inside an item, an abbreviation reads as another (MOFCOM as MOF, the Ministry of Finance).
    /// When not even the first item fits whole, only the ellipsis. The result never exceeds `width`.
    public static func truncateList(_ string: String, separator: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(string) <= width { return string }
        var kept = ""
        for item in string.components(separatedBy: separator).dropLast() {
            let longer = kept + item + separator
            // The separator's trailing space stays (", …"); one without ("、") is followed by the ellipsis directly.
            guard of(longer + ellipsis) <= width else { break }
            kept = longer
        }
        return of(ellipsis) > width ? "" : kept + ellipsis
    }

    /// Whether the character at `i` comes right after an escape, or the ␛ the sanitiser shows for one: the `[` of
    /// "␛[31m" (and the `]` of "␛]0;") belongs to an escape sequence shown harmless, and opens nothing a cut should
    /// close. In a `mirrored` text (`truncateHead`) the escape stands after it.
    private static func isInControlSequence<Text: BidirectionalCollection>(_ text: Text, at i: Text.Index, mirrored: Bool) -> Bool
    where Text.Element == Character {
        func isEscape(_ c: Character) -> Bool { c == "\u{1B}" || c == "\u{241B}" }
        if mirrored {
            let next = text.index(after: i)
            return next < text.endIndex && isEscape(text[next])
        }
        return i > text.startIndex && isEscape(text[text.index(before: i)])
    }

    /// `string` cut with a leading ellipsis so that its end stays visible (paths, breadcrumbs): `truncate`'s mirror.
    /// A cut inside brackets puts their openers back after the ellipsis, outermost first, and marks the cut inside
    /// them with a second ellipsis ("…（…应用示范）"): the line still starts with the ellipsis that says something
    /// came before, and the bracket does not read as holding all of what it held. A cut that would keep fewer
    /// than two characters of a bracketed part goes after its bracket instead. The result never exceeds `width`.
    public static func truncateHead(_ string: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(string) <= width { return string }
        let mark = of(ellipsis) > width ? "" : ellipsis
        var room = width - of(mark)
        // The text mirrored (its characters reversed, each bracket turned round): its end is a start that `closedCut`
        // cuts as `truncate` does; its closers, mirrored back, are the openers to put back.
        let mirror = ArraySlice(string.reversed().map(mirrored))
        while room > 0 {
            let end = mirror.index(mirror.startIndex, offsetBy: suffix(string, fitting: room).text.count)
            let (kept, closers) = closedCut(mirror, at: end, backTo: [], mirrored: true)
            let reopened = closers.isEmpty ? "" : String(closers.reversed().map(mirrored)) + mark
            let cut = mark + reopened + String(kept.reversed().map(mirrored))
            if of(cut) <= width { return cut }
            room -= 1
        }
        return mark
    }

    /// `string` truncated to `width` and padded with spaces to exactly `width` columns.
    /// A wide character that does not fit leaves a space, so the result is always `width` wide.
    public static func pad(_ string: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…",
                           itemSeparator: String? = nil) -> String {
        guard width > 0 else { return "" }
        let cut = itemSeparator.map { truncateList(string, separator: $0, to: width, ellipsis: ellipsis) } ?? truncate(string, to: width, ellipsis: ellipsis)
        let gap = max(0, width - of(cut))
        let spaces = String(repeating: " ", count: gap)
        switch alignment {
        case .left: return cut + spaces
        case .right: return spaces + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Binary search over flat inclusive range pairs.
    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            let first = ranges[mid * 2]
            let last = ranges[mid * 2 + 1]
            if value < first {
                high = mid - 1
            } else if value > last {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
