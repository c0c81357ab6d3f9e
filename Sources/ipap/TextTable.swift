import TerminalUI

/// A plain-text table aligned by display width, so Chinese and Latin columns line up.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns aligned right (numbers).
    var rightAligned: Set<Int> = []

    /// Renders with two spaces between columns; when `maxWidth` is given the last column is clipped with `…`.
    func render(maxWidth: Int? = nil) -> String {
        let cells = ([headers] + rows).map { $0.map { Sanitizer.sanitize($0) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        var lines: [String] = []
        for row in cells {
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                let last = i == widths.count - 1
                let pad = widths[i] - DisplayWidth.of(cell)
                if rightAligned.contains(i) {
                    line += String(repeating: " ", count: pad) + cell
                } else {
                    line += cell + (last ? "" : String(repeating: " ", count: pad))
                }
                if !last { line += "  " }
            }
            if let maxWidth { line = DisplayWidth.truncate(line, to: maxWidth) }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// Comma-separated values as RFC 4180 has them: quotes around fields that need them, doubled inside.
enum CSV {
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }
}
