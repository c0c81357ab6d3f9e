/// Finding words in a document's stored text: one rule for the dashboard's `/` in the Documents tab and for
/// `ipap list --search`. Offsets are Unicode scalar offsets into the stored text (what `TextSpan` counts).
public enum TextSearch {
    /// What a search found, said the same by `ipap list --search` and the dashboard's text search: what was listed,
    /// and what the texts could say. A document without a text was not searched, and a count of hits in texts that
    /// were not there is no 0 ("0 hits in their texts" over a catalogue that ships no text).
    public static func summary(listed: Int, hits: Int, textsSearched: Int, withoutText: Int) -> LocalizedText {
        let listedLine = LocalizedText(zh: "\(listed) 份文件", en: EnglishCount.of(listed, "document"))
        switch (textsSearched, withoutText) {
        case (_, 0):
            return LocalizedText(zh: listedLine.zh + "，正文中 \(hits) 处", en: listedLine.en + ", \(EnglishCount.of(hits, "hit")) in their texts")
        case (0, _):
            return LocalizedText(zh: "\(listedLine.zh)；正文未检索：\(withoutText) 份文件都没有正文",
                                 en: "\(listedLine.en); no text searched: none of the \(EnglishCount.of(withoutText, "document")) has a text")
        default:
            return LocalizedText(zh: "\(listedLine.zh)，已检索 \(textsSearched) 份文件的正文，其中 \(hits) 处；\(withoutText) 份文件没有正文，未检索",
                                 en: "\(listedLine.en), \(EnglishCount.of(hits, "hit")) in the texts of \(textsSearched) searched; "
                                     + "not searched for want of a text: \(EnglishCount.of(withoutText, "document"))")
        }
    }

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
