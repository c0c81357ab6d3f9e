/// Where stored text ends a line, one rule for every view that shows it (a document's page wraps its text with
/// `TextView.wrap`, a comparison its passages with `CompareScreen.paneLines`): LF, CR, CR LF (one break), NEL
/// (U+0085) and the line and paragraph separators (U+2028, U+2029). A comparison that kept CR and NEL as characters
/// showed them as ␍ and � where the document's page broke the line.
public enum LineBreak {
    /// Whether `scalar` ends a line; a CR before an LF ends none of its own (`isCarriageReturnBeforeLineFeed`).
    public static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Whether `character` ends a line: "\r\n" is one character, and one break.
    public static func isBreak(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { isBreak($0) }
    }

    /// Whether the scalar at `index` is the CR of a CR LF, which ends one line with the LF after it: neither a
    /// character to show nor a break of its own.
    public static func isCarriageReturnBeforeLineFeed<C: RandomAccessCollection>(at index: C.Index, in scalars: C) -> Bool
    where C.Element == Unicode.Scalar {
        guard scalars[index] == "\r" else { return false }
        let next = scalars.index(after: index)
        return next < scalars.endIndex && scalars[next] == "\n"
    }
}
