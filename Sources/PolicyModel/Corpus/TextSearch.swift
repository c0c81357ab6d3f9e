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

    /// The part of a text of `count` scalars quoted for a hit of `length` at `hit`: some text on either side.
    public static func quoted(hit: Int, length: Int, in count: Int) -> Range<Int> {
        let start = min(max(0, hit - 12), count)
        return start..<min(max(start, hit + length + 24), count)
    }

    static func folded(_ scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        scalars.map { s in ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32) ?? s : s }
    }
}
