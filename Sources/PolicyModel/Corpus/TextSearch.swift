/// Finding words in a document's stored text: one rule for the dashboard's `/` in the Documents tab and for
/// `ipap list --search`. Offsets are Unicode scalar offsets into the stored text (what `TextSpan` counts).
public enum TextSearch {
    /// Where `query` starts in `text`, not overlapping, ASCII letters compared without case and full-width forms
    /// as their ASCII (`folded`): 互联网＋ finds 互联网+, （一） finds (一), and the other way round.
    public static func offsets(of query: String, in text: String) -> [Int] {
        let needle = folded(query.unicodeScalars)
        guard let first = needle.first else { return [] }
        let haystack = folded(text.unicodeScalars)
        guard haystack.count >= needle.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// The query's length in the units `offsets` counts.
    public static func length(of query: String) -> Int { query.unicodeScalars.count }

    /// The part of a text of `count` scalars quoted for a hit of `length` at `hit`: some text on either side.
    public static func quoted(hit: Int, length: Int, in count: Int) -> Range<Int> {
        let start = min(max(0, hit - 12), count)
        return start..<min(max(start, hit + length + 24), count)
    }

    static func folded(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        scalars.map(folded)
    }

    /// A scalar as search compares it, one for one (so offsets and highlights stay on the stored characters):
    /// the full-width forms of ASCII (！ to ～: ＋, （ ）, ５, Ｇ) as ASCII, the ideographic space as a space (the
    /// NFKC of each), then ASCII letters lower-cased.
    public static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var v = widthFolded(s).value
        if (0x41...0x5A).contains(v) { v += 32 }
        return Unicode.Scalar(v) ?? s
    }

    /// `s` with the full-width forms of ASCII as ASCII and the ideographic space as a space (the NFKC of each),
    /// case kept.
    public static func widthFolded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if (0xFF01...0xFF5E).contains(v) { return Unicode.Scalar(v - 0xFEE0) ?? s }
        return v == 0x3000 ? " " : s
    }

    /// A name as typed (a province, issuer, area, level, document id or number), as the taxonomy's and the corpus's
    /// names are looked up: full-width ASCII as ASCII (ＭＩＩＴ is MIIT, ｈｅｂｅｉ is hebei, as search folds them),
    /// then trimmed; case kept, for each lookup to compare as it does.
    public static func nameKey(_ text: String) -> String {
        eachScalar(of: text, widthFolded).trimmingWhitespace()
    }

    /// Whether search folds `s` with another scalar (`folded`): ASCII, its full-width forms, the ideographic space.
    public static func hasWidthVariant(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 || (0xFF01...0xFF5E).contains(s.value) || s.value == 0x3000
    }

    /// A text as search compares it (`folded`, scalar by scalar), then lower-cased: what the dashboard's `/` and
    /// the metadata search of `list --search` look for, and look in.
    public static func key(_ text: String) -> String {
        eachScalar(of: text, folded).lowercased()
    }

    /// `text` with each scalar replaced by `fold`'s.
    private static func eachScalar(of text: String, _ fold: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.map(fold))
        return String(scalars)
    }
}
