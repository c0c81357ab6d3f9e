/// Text of documents, analysts and corpora put into Markdown, made to read as the text it is, defined once: every
/// Markdown writer (the report, `problems --format markdown`, the dashboard's `view FILE.md`) asks this type.
/// A Markdown file is often rendered as HTML, so nothing in such text may become markup:
/// - `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;` (raw HTML, autolinks, entities);
/// - `\\`, `` ` ``, `*`, `_`, `[`, `]`, `~` and `|` are escaped with a backslash (code spans, emphasis, links and
///   images, strikethrough, table cells);
/// - text that begins a line (`line`) also has a leading `#`, `+`, `-` or `=`, and the `.` or `)` after leading
///   digits, escaped (headings, lists, setext underlines).
/// Control characters are not its business: `ControlCharacters.sanitizeLines` runs over the whole file.
public enum MarkdownText {
    /// `text` inside a line (after other text: a heading's `# `, a list item's `- `) as Markdown that renders as
    /// `text`, on one line (line breaks become spaces).
    public static func inline(_ text: String) -> String {
        escaped(text, lineBreak: " ", startsLine: false)
    }

    /// The same for text that begins a line (a paragraph, a list item's continuation): a leading `#`, `-`, `1.` …
    /// stays text.
    public static func line(_ text: String) -> String {
        escaped(text, lineBreak: " ", startsLine: true)
    }

    /// `text` as one cell of a Markdown table: as `inline`, line breaks as `<br>`.
    public static func cell(_ text: String) -> String {
        escaped(text, lineBreak: "<br>", startsLine: false)
    }

    /// `text` as a code span (a path): fenced with more backticks than any run of them inside, on one line.
    public static func code(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
        var longest = 0, run = 0
        for c in line.unicodeScalars {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = longest > 0 ? " " : ""
        return fence + pad + line + pad + fence
    }

    /// By byte: 1 for a byte escaped wherever it stands, 2 for one escaped at the start of a line.
    private static let kind: [UInt8] = (0..<256).map { b in
        "\\`*_[]~|&<>\n\r".utf8.contains(UInt8(b)) ? 1 : "#+-=".utf8.contains(UInt8(b)) ? 2 : 0
    }

    private static func escaped(_ text: String, lineBreak: String, startsLine: Bool) -> String {
        // Most cells hold none of these: a report at 10,000 documents has 2.8 million cells.
        let first = text.utf8.first ?? 0
        let atLineStart = startsLine && (kind[Int(first)] == 2 || (0x30...0x39).contains(first))
        guard atLineStart || text.utf8.contains(where: { kind[Int($0)] == 1 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var digitsAtStart = atLineStart
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r":
                let next = scalars.index(after: index)
                if next < scalars.endIndex, scalars[next] == "\n" { index = next }
                out += lineBreak
            case "\n": out += lineBreak
            case ".", ")":
                // `1.` or `1)` beginning a line is an ordered list's marker.
                if digitsAtStart && index != scalars.startIndex { out += "\\" }
                out.unicodeScalars.append(c)
            default:
                if c.isASCII {
                    let k = kind[Int(c.value)]
                    if k == 1 || (k == 2 && atLineStart && index == scalars.startIndex) {
                        out += "\\"
                    }
                }
                out.unicodeScalars.append(c)
            }
            digitsAtStart = digitsAtStart && ("0"..."9").contains(c)
            index = scalars.index(after: index)
        }
        return out
    }
}
