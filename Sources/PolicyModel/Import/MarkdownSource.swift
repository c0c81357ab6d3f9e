/// The text of an imported Markdown file without its markup (QA pass 51: "## 第一章 总则", "|---|---|" and "| 指标 |
/// 2016年 |" were stored and analysed as they stood). Line by line, so that every line of text stays a line:
/// - a heading's `#` marks, a block quote's `>` and a list item's bullet (`-`, `*`, `+`) are dropped; numbered items
///   keep their numbers, which policy texts cite;
/// - a table's rule line (`|---|:--:|`), a thematic break (`---`, `***`) and a code fence (```` ``` ````) become an
///   empty line; a table row's cells are joined with " | ", as an imported page's table rows are;
/// - inline: `**strong**` and `__strong__`, `` `code` ``, `[text](address)` and `![text](address)` keep their text,
///   and a backslash escape its character.
/// Anything else, an odd `*` or `_` among them, stays as written.
public enum MarkdownSource {
    public static func plainText(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { plainLine(String($0)) }.joined(separator: "\n")
    }

    static func plainLine(_ line: String) -> String {
        let trimmed = line.trimmingWhitespace()
        if isRule(trimmed) || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { return "" }
        var text = Substring(trimmed)
        var marked = false
        // Block quotes, then a heading's marks or a bullet.
        while text.hasPrefix(">") {
            text = text.dropFirst().drop { $0 == " " }
            marked = true
        }
        if let hashes = headingMarks(text) {
            text = text.dropFirst(hashes).drop { $0 == " " }
            // A closing run of # after a space.
            if let last = text.lastIndex(where: { $0 != "#" }), last < text.index(before: text.endIndex), text[last] == " " {
                text = text[..<last]
            }
            marked = true
        } else if let bullet = text.first, "-*+".contains(bullet), text.dropFirst().first == " " {
            text = text.dropFirst(2)
            marked = true
        }
        if text.hasPrefix("|"), text.dropFirst().contains("|") {
            var cells = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            return inline(cells.joined(separator: " | ").trimmingWhitespace())
        }
        // A line without block markup keeps its indentation (a paragraph's 　　).
        return inline(marked ? String(text).trimmingWhitespace() : line)
    }

    /// 1-6 `#` then a space (or the end): a heading.
    static func headingMarks(_ text: Substring) -> Int? {
        let count = text.prefix { $0 == "#" }.count
        guard (1...6).contains(count) else { return nil }
        let after = text.dropFirst(count).first
        return after == nil || after == " " ? count : nil
    }

    /// A thematic break (three or more of one of `-*_`, spaces allowed) or a table's rule line (pipes, dashes,
    /// colons and spaces, with at least one dash and one pipe).
    static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard !marks.isEmpty else { return false }
        if marks.count >= 3, let c = marks.first, "-*_".contains(c), marks.allSatisfy({ $0 == c }) { return true }
        return marks.contains("|") && marks.contains("-") && marks.allSatisfy { "|-:".contains($0) }
    }

    static func inline(_ line: String) -> String {
        guard line.contains(where: { "*_`[\\".contains($0) }) else { return line }
        var out = ""
        var i = line.startIndex
        func rest(_ from: String.Index) -> Substring { line[from...] }
        while i < line.endIndex {
            let c = line[i]
            let next = line.index(after: i)
            if c == "\\", next < line.endIndex, "\\`*_{}[]()#+-.!|>".contains(line[next]) {
                out.append(line[next])
                i = line.index(after: next)
                continue
            }
            if c == "*" || c == "_", rest(i).hasPrefix(String([c, c])),
               let close = rest(line.index(i, offsetBy: 2)).range(of: String([c, c])), close.lowerBound > line.index(i, offsetBy: 2) {
                out += line[line.index(i, offsetBy: 2)..<close.lowerBound]
                i = close.upperBound
                continue
            }
            if c == "`", let close = rest(next).firstIndex(of: "`"), close > next {
                out += line[next..<close]
                i = line.index(after: close)
                continue
            }
            let image = c == "!" && next < line.endIndex && line[next] == "["
            if c == "[" || image {
                let open = image ? next : i
                if let textEnd = rest(open).firstIndex(of: "]"), line.index(after: textEnd) < line.endIndex,
                   line[line.index(after: textEnd)] == "(", let addressEnd = rest(textEnd).firstIndex(of: ")") {
                    out += line[line.index(after: open)..<textEnd]
                    i = line.index(after: addressEnd)
                    continue
                }
            }
            out.append(c)
            i = next
        }
        return out
    }
}
