import SafeText
/// What one cell (or a wide pair of cells) shows: the single place that decides how a
/// grapheme cluster is drawn, so that measuring (`DisplayWidth`) and drawing (`Canvas`,
/// the backends) can never disagree.
///
/// A cluster is drawn as its first printing scalar (the base) plus the combining marks that
/// follow it, at most four, which is what ncurses' `cchar_t` holds. Further printing scalars
/// of the cluster (the rest of an emoji ZWJ sequence, the second half of a flag, a skin-tone
/// modifier), U+FE0F and the joiners ZWJ and ZWNJ are dropped: terminals disagree on how wide
/// such sequences are, and a width we cannot predict breaks every column to the right. A joiner
/// sent on its own is worse: tmux joins the next character it receives to it, so ncursesw's
/// next cell (a letter, the first of the next row) moved and the rest of the row with it.
/// 👨‍👩‍👧 is thus drawn as 👨, two columns, the width `DisplayWidth` gives it and the width tmux
/// draws the whole sequence in (the CLI prints it whole, padded to that width); drawn as
/// 👨👩👧, six columns, it would disagree with the CLI's tables.
/// A cluster without a base (a combining mark at the start of a string) is drawn on U+25CC ◌.
public struct Glyph: Equatable, Sendable {
    /// The text to send to the terminal.
    public var text: String
    /// Columns it occupies: 1 or 2.
    public var width: Int

    public init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    /// Combining scalars that fit in an ncurses cchar_t next to the base.
    package static let maxCombining = ControlCharacters.maxCombiningMarks

    /// U+FE0F (emoji presentation), ZWNJ and ZWJ: zero-width scalars no cell sends (see the type comment).
    package static func isNeverDrawn(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0F || scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// The glyphs that draw `character`, after sanitising. Usually exactly one; a sanitised
    /// "\r\n" gives two, a lone ZWJ none.
    public static func glyphs(of character: Character) -> [Glyph] {
        var result: [Glyph] = []
        var base: Unicode.Scalar?
        var baseWidth = 0
        var marks: [Unicode.Scalar] = []

        func flush() {
            if let b = base {
                var scalars = String.UnicodeScalarView()
                scalars.append(b)
                scalars.append(contentsOf: marks.prefix(maxCombining))
                result.append(Glyph(text: String(scalars), width: baseWidth))
            } else if !marks.isEmpty {
                var scalars = String.UnicodeScalarView()
                scalars.append("\u{25CC}")
                scalars.append(contentsOf: marks.prefix(maxCombining))
                result.append(Glyph(text: String(scalars), width: 1))
            }
            base = nil
            baseWidth = 0
            marks = []
        }

        for scalar in character.unicodeScalars {
            if let placeholder = Sanitizer.replacement(for: scalar) {
                // A placeholder always stands alone: marks after it must not combine with it.
                flush()
                result.append(Glyph(text: String(placeholder), width: DisplayWidth.of(placeholder)))
                continue
            }
            if isNeverDrawn(scalar) { continue }
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                marks.append(scalar)
            } else if base == nil && marks.isEmpty {
                base = scalar
                baseWidth = w
            } else if base == nil {
                flush()
                base = scalar
                baseWidth = w
            }
            // A second printing scalar inside one cluster is dropped (see the type comment).
        }
        flush()
        return result
    }

    /// The glyphs that draw `string` on one row.
    public static func glyphs(of string: String) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(string.utf8.count)
        for character in string {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                result.append(Glyph(text: String(character), width: 1))
            } else {
                result.append(contentsOf: glyphs(of: character))
            }
        }
        return result
    }
}
