import PolicyAnalysis
import PolicyModel
import TerminalUI

/// A plain-text table aligned by display width, so Chinese and Latin columns line up.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns aligned right (numbers).
    var rightAligned: Set<Int> = []
    /// A column (names) that is cut with `…` to the width before any other rule applies, so that the short columns
    /// after it stay: `ipap stats` in English at 80 columns cut the issuers' document counts to "…".
    var narrowable: Int? = nil
    /// The language of the line that names the columns left out.
    var language: Language = Terminal.language
    /// The last column (a reason, a note) wraps under itself at `maxWidth` instead of being clipped, while 20
    /// columns are left to it: `ipap findings` at 80 columns kept some 30 columns of each reason.
    var wrapsLast = false
    /// Whether a line cut at `maxWidth` closes the brackets it cuts inside after its `…` (`DisplayWidth.truncate`);
    /// false: it ends with the `…` (`ipap list`: a title cut as '关于“互联…”' read as if it ended there).
    var cutClosesBrackets = true

    /// The widest column that may be left out whole at a narrow width.
    static let leftOutWidth = 12

    /// Renders with two spaces between columns. With `maxWidth` a long last column (a title) is clipped with `…`;
    /// when the columns before it do not fit either and those left over are short (numbers), the columns that fit
    /// are shown whole and a last line names the others (cut at the edge, the analysis table lost its funding,
    /// evaluation and governance columns to a single "…"); else every line is clipped.
    func render(maxWidth: Int? = nil) -> String {
        var cells = ([headers] + rows).map { $0.map { Sanitizer.sanitize($0) } }
        var widths = Self.widths(cells, count: headers.count)
        if let maxWidth, let narrowable, narrowable < widths.count {
            let excess = widths.reduce(0, +) + 2 * (widths.count - 1) - maxWidth
            if excess > 0 {
                widths[narrowable] = max(min(widths[narrowable], 8), widths[narrowable] - excess)
                cells = cells.map { row in
                    var row = row
                    if narrowable < row.count { row[narrowable] = DisplayWidth.truncate(row[narrowable], to: widths[narrowable]) }
                    return row
                }
            }
        }
        var shown = widths.count
        if let maxWidth, shown > 1 {
            // Every column whole and at least 8 columns of the last one; else only the columns that fit whole.
            let beforeLast = widths.dropLast().reduce(0) { $0 + $1 + 2 }
            if beforeLast + min(widths[shown - 1], 8) > maxWidth {
                var used = 0
                shown = 0
                while shown < widths.count && used + widths[shown] <= maxWidth {
                    used += widths[shown] + 2
                    shown += 1
                }
                shown = max(1, shown)
                // Only short columns (numbers, marks) are left out: a text column (the problems' text) is worth
                // more cut than gone, so then the lines are clipped as before.
                if widths[shown...].contains(where: { $0 > Self.leftOutWidth }) { shown = widths.count }
            }
        }
        let lastStart = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let lastRoom = maxWidth.map { $0 - lastStart } ?? 0
        let wrapping = wrapsLast && shown == widths.count && lastRoom >= 20 && widths[shown - 1] > lastRoom
        var lines: [String] = []
        for row in cells {
            if wrapping, row.count == widths.count, let last = row.last {
                let wrapped = TextView.wrap(last, width: lastRoom).map(\.text)
                let head = zip(row.dropLast(), widths).map { cell, width in
                    cell + String(repeating: " ", count: width - DisplayWidth.of(cell)) + "  "
                }.joined()
                lines.append(head + (wrapped.first ?? ""))
                lines += wrapped.dropFirst().map { String(repeating: " ", count: lastStart) + $0 }
                continue
            }
            var line = ""
            for (i, cell) in row.enumerated() where i < shown {
                let last = i == shown - 1
                let pad = widths[i] - DisplayWidth.of(cell)
                if rightAligned.contains(i) {
                    line += String(repeating: " ", count: pad) + cell
                } else {
                    line += cell + (last ? "" : String(repeating: " ", count: pad))
                }
                if !last { line += "  " }
            }
            if let maxWidth { line = DisplayWidth.truncate(line, to: maxWidth, closesBrackets: cutClosesBrackets) }
            lines.append(line)
        }
        if shown < headers.count {
            let note = Self.leftOutNote(Array(cells[0][shown...]), language: language)
            lines += maxWidth.map { TextView.wrap(note, width: $0).map(\.text) } ?? [note]
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `render(maxWidth:)` cuts the `narrowable` column (names) to fit: said on stderr, as the columns
    /// `ipap list` leaves out are.
    func cutsNames(maxWidth: Int?) -> Bool {
        guard let maxWidth, narrowable != nil else { return false }
        let widths = Self.widths(([headers] + rows).map { $0.map { Sanitizer.sanitize($0) } }, count: headers.count)
        return widths.reduce(0, +) + 2 * (widths.count - 1) > maxWidth
    }

    private static func widths(_ cells: [[String]], count: Int) -> [Int] {
        var widths = Array(repeating: 0, count: count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        return widths
    }

    /// The line that names the columns a table left out at a narrow width, in one wording for every table: the
    /// columns a table could not fit whole (above) and those `ipap list` gives up to the title (`ListTable`) said
    /// it two ways ('（终端宽度不足，未显示 2 列：资金、评估）', '（终端宽度不足，未显示：文号；ipap show 或
    /// --format csv 可见）'). `seeAlso`: what shows them (commands, options), said after the names.
    static func leftOutNote(_ names: [String], language: Language, seeAlso: [String] = []) -> String {
        if language == .chinese {
            return "（终端宽度不足，未显示 \(names.count) 列：\(names.joined(separator: "、"))"
                + (seeAlso.isEmpty ? "" : "；可用 \(seeAlso.joined(separator: " 或 ")) 查看") + "）"
        }
        return "(\(EnglishCount.of(names.count, "column")) not shown at this width: \(names.joined(separator: ", "))"
            + (seeAlso.isEmpty ? "" : "; see \(seeAlso.joined(separator: " or "))") + ")"
    }
}

/// Comma-separated values as RFC 4180 has them: the one quoting of every CSV ipap writes (`ExportReport.csvLine`,
/// which looks at bytes: a comma or quote that a combining mark joins, or CR LF, is one character of its own).
enum CSV {
    static func line(_ fields: [String]) -> String { ExportReport.csvLine(fields) }
}
