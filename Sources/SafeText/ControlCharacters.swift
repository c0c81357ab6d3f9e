/// What counts as a control character in ipap's output, defined once: the terminal's `Sanitizer`,
/// the CSV and Markdown files, the JSON escaping and the import check all ask this type.
///
/// Policy (see `TerminalUI.Sanitizer` for why each placeholder):
/// - C0 controls U+0000–U+001F become their Control Pictures (U+2400 + code; ESC is ␛), TAB one space;
/// - DEL becomes ␡ (U+2421);
/// - C1 controls U+0080–U+009F, format controls (bidi embeddings, overrides and isolates, U+200B/E/F,
///   U+2060–U+206F, BOM, …), line and paragraph separators become U+FFFD �;
///   ZWJ and ZWNJ are kept: they shape emoji and scripts.
public enum ControlCharacters {
    /// The placeholder for a control scalar, or nil when the scalar is printed as is.
    @inline(__always)
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return nil }
        if v == 0x09 { return " " }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return "\u{2421}" }
        if v <= 0x9F { return "\u{FFFD}" }
        if v == 0x200C || v == 0x200D { return nil }
        // No control, format or separator character lies here (CJK, kana, hangul): skip the lookup.
        if v >= 0x2070 && v < 0xFEFF { return nil }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate:
            return "\u{FFFD}"
        default:
            return nil
        }
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        replacement(for: scalar) != nil
    }

    /// Whether JSON output writes `scalar` as a `\uXXXX` escape: every control, and ZWJ and ZWNJ as well, the two
    /// format controls (general category Cf) a terminal keeps for shaping: JSON escapes every format control
    /// (docs/data-format.md), and an escape keeps the value.
    public static func isEscapedInJSON(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// The first control scalar of `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// The first control scalar of `text` other than a line break (LF, CR): what free text may not hold.
    public static func firstBesideLineBreaks(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0 != "\n" && $0 != "\r" && isControl($0) }
    }

    /// `text` with each tab a space: free text typed or pasted into a note (a pasted table's cells) is kept, where
    /// the tab itself is a control character that a journal entry may not hold.
    public static func tabsAsSpaces(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ")
    }

    /// `text` with every control replaced by its placeholder, line breaks (LF) kept, and no more than
    /// `maxCombiningMarks` marks on one character: for text files (CSV, Markdown) that a terminal may show with `cat`.
    public static func sanitizeLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isControl($0) }) || hasExcessMarks(text) else { return text }
        return rewriting(text) { $0 == "\n" ? nil : replacement(for: $0) }
    }

    /// `text` with each scalar `placeholder` names replaced by it, and combining marks past `maxCombiningMarks` on
    /// one character dropped: the one loop of the terminal's `Sanitizer` and of the files' `sanitizeLines`.
    public static func rewriting(_ text: String, _ placeholder: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        var out = String.UnicodeScalarView()
        var marks = 0
        for scalar in text.unicodeScalars {
            marks = isCombiningMark(scalar) ? marks + 1 : 0
            if marks > maxCombiningMarks { continue }
            out.append(placeholder(scalar) ?? scalar)
        }
        return String(out)
    }

    /// Combining marks kept on one character, as the dashboard draws them (`Glyph.maxCombining`): a run of dozens
    /// stacks above and below the line in a terminal, over the rows around it (QA pass 51).
    public static let maxCombiningMarks = 4

    /// A nonspacing or enclosing mark. CJK and the ASCII range are answered without a lookup.
    @inline(__always)
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 || (v >= 0x3400 && v < 0xA000) || (v >= 0xAC00 && v < 0xD7A4) || (v >= 0xFF00 && v < 0xFFF0) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `text` holds more than `maxCombiningMarks` marks in a row.
    public static func hasExcessMarks(_ text: String) -> Bool {
        var marks = 0
        for scalar in text.unicodeScalars {
            marks = isCombiningMark(scalar) ? marks + 1 : 0
            if marks > maxCombiningMarks { return true }
        }
        return false
    }

    /// How a control is named in messages: `U+001B`.
    /// Whether a scalar is a bidirectional-text control (marks, embeddings, overrides, isolates): it changes the
    /// order text is shown in, so a message names it as such, not only by its number.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
