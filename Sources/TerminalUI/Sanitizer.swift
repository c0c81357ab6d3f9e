import SafeText

/// Turns everything a terminal would interpret instead of print into a visible placeholder.
///
/// Data (document titles, imported text) must never reach the terminal as control sequences:
/// `ESC ] 0 ; … BEL` would retitle the window, `ESC [ 2 J` clear it, bidi overrides reorder
/// what the analyst reads. Policy:
/// - C0 controls U+0000–U+001F become their Control Pictures (U+2400 + code; ESC is ␛),
///   except TAB, which becomes one space: tabs in documents are layout noise, and a visible
///   arrow in the middle of Chinese prose distracts more than it informs.
///   Line breaks become ␊/␍ here; multi-line text is split into rows by the layout
///   (`TextView`) before it is sanitised, so a newline only shows up where it is data.
/// - DEL becomes ␡ (U+2421).
/// - C1 controls U+0080–U+009F, format controls (bidi embeddings, overrides and isolates,
///   U+200B/E/F, U+2060–U+206F, BOM, …), line/paragraph separators and code points that the
///   terminal cannot print (unassigned in glibc's table) become U+FFFD �.
///   ZWJ and ZWNJ are kept in the text (they shape emoji and scripts where the whole text is
///   printed, as the CLI does); the dashboard never draws them (`Glyph`).
/// - More than four combining marks in a row: the rest are dropped (the dashboard's cells hold four).
/// - Everything else passes through.
public enum Sanitizer {
    /// The placeholder for a scalar that must not be printed as is, or nil when it is fine: the controls
    /// of `ControlCharacters`, and what the terminal cannot print (unassigned in glibc's table).
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let control = ControlCharacters.replacement(for: scalar) { return control }
        if scalar.value < 0x7F { return nil }
        if scalar.value == 0x200C || scalar.value == 0x200D { return nil }
        if DisplayWidth.of(scalar) < 0 { return "\u{FFFD}" }
        return nil
    }

    /// True when `string` contains anything `sanitize` would replace or drop.
    public static func needsSanitizing(_ string: String) -> Bool {
        string.unicodeScalars.contains { replacement(for: $0) != nil } || ControlCharacters.hasExcessMarks(string)
    }

    /// `string` with every unprintable scalar replaced by its placeholder, and at most
    /// `ControlCharacters.maxCombiningMarks` marks on one character (the dashboard's `Glyph` keeps as many).
    public static func sanitize(_ string: String) -> String {
        guard needsSanitizing(string) else { return string }
        return ControlCharacters.rewriting(string, replacement)
    }

    /// Multi-line text for a terminal: line breaks stay, every other control becomes visible.
    public static func sanitizeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
