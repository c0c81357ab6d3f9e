/// Finding words in a document's stored text: one rule for the dashboard's `/` in the Documents tab and for
/// `ipap list --search`. Offsets are Unicode scalar offsets into the stored text (what `TextSpan` counts).
public enum TextSearch {
    /// Where `query` starts in `text`, not overlapping, ASCII letters compared without case.
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

    static func folded(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        scalars.map { s in ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32) ?? s : s }
    }
}
