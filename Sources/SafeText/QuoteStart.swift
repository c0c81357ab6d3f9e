/// How a quote of a stored text starts: one rule for every quote of a span, the dashboard's evidence and search
/// quotes and the report's evidence (Markdown, CSV, JSON) (`ipap list --search` marks every cut of its windows
/// instead: its lines give no range). A quote is exactly the characters of its span; where the span starts inside a
/// bracketed part opened just before it ("（二）发展目标" quoted from "二）") it starts with an ellipsis, "…二）发展目标",
/// where a bare "二）" read as garbled text.
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

    /// The same for the span `start..<end` of a text's scalars; its characters are made into a string only where
    /// the text just before it leaves a bracket open (a report quotes thousands of spans).
    public static func mark(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        let lead = lead(scalars, before: start)
        guard innermostOpen(in: lead) != nil, start >= 0, start <= end, end <= scalars.count else { return "" }
        return mark(String(String.UnicodeScalarView(scalars[start..<end])), after: lead)
    }

    /// Whether `excerpt` closes a bracket it did not open whose opener is in `lead`, still open at the excerpt's start.
    static func isInsideBracket(_ excerpt: String, after lead: String) -> Bool {
        guard let open = innermostOpen(in: lead) else { return false }
        let closers = Set(Brackets.closing.values)
        // The excerpt's first closer of a bracket opened before it.
        var opened: [Character] = []
        for c in excerpt {
            if let closer = Brackets.closing[c] { opened.append(closer) }
            else if closers.contains(c) {
                if opened.last == c { opened.removeLast() } else if opened.isEmpty { return c == open }
            }
        }
        return false
    }

    /// The closer of the innermost bracket still open at the end of `lead`, if any.
    private static func innermostOpen(in lead: String) -> Character? {
        let closers = Set(Brackets.closing.values)
        var closed: [Character] = []
        for c in lead.reversed() {
            if let closer = Brackets.closing[c] {
                if closed.last == closer { closed.removeLast() } else { return closer }
            } else if closers.contains(c) { closed.append(c) }
        }
        return nil
    }
}
