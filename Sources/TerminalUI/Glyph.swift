/// What one cell (or a wide pair of cells) shows: the single place that decides how a
/// grapheme cluster is drawn, so that measuring (`DisplayWidth`) and drawing (`Canvas`,
/// the backends) can never disagree.
///
/// A cluster is drawn as its first printing scalar (the base) plus the zero-width scalars
/// that follow it (combining marks, ZWJ), at most four, which is what ncurses' `cchar_t`
/// holds. Further printing scalars of the cluster (the second half of an emoji ZWJ sequence
/// or of a flag, a skin-tone modifier) and U+FE0F are dropped: terminals disagree on how wide
/// such sequences are, and a width we cannot predict breaks every column to the right.
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
    package static let maxCombining = 4

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
            } else if marks.contains(where: { $0.value != 0x200C && $0.value != 0x200D }) {
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
            if scalar.value == 0xFE0F { continue }
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
