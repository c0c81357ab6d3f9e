/// How a quote of a stored text starts: one rule for the dashboard's evidence and search quotes (`ipap list
/// --search` marks every cut of its windows instead: its lines give no range). A quote is exactly the characters of its span; where the span starts inside a bracketed
/// part opened just before it ("（二）发展目标" quoted from "二）") it starts with an ellipsis, "…二）发展目标", where a
/// bare "二）" read as garbled text.
public enum QuoteStart {
    /// How many characters before a span are looked at for a bracket the span starts inside.
    public static let leadLength = 8

    /// The few characters of a text just before `start` (the `lead` of `mark`).
    public static func lead(_ scalars: [Unicode.Scalar], before start: Int) -> String {
        let end = min(max(0, start), scalars.count)
        return String(String.UnicodeScalarView(scalars[max(0, end - leadLength)..<end]))
    }

    /// What a quote of `excerpt` starts with: "…" when it starts inside a bracket opened in `lead` (the text just
    /// before it, `lead(_:before:)`), else nothing.
    public static func mark(_ excerpt: String, after lead: String) -> String {
        isInsideBracket(excerpt, after: lead) ? "…" : ""
    }

    /// Whether `excerpt` closes a bracket it did not open whose opener is in `lead`, still open at the excerpt's start.
    static func isInsideBracket(_ excerpt: String, after lead: String) -> Bool {
        let brackets = DisplayWidth.closingBrackets
        let closers = Set(brackets.values)
        // The excerpt's first closer of a bracket opened before it.
        var open: [Character] = [], stray: Character?
        for c in excerpt {
            if let closer = brackets[c] { open.append(closer) }
            else if closers.contains(c) {
                if open.last == c { open.removeLast() } else if open.isEmpty { stray = c; break }
            }
        }
        guard let stray else { return false }
        // The innermost bracket still open at the end of `lead`.
        var closed: [Character] = []
        for c in lead.reversed() {
            if let closer = brackets[c] {
                if closed.last == closer { closed.removeLast() } else { return closer == stray }
            } else if closers.contains(c) { closed.append(c) }
        }
        return false
    }
}
