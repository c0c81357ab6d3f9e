/// A table of targets in a goals section, read row by row (since analysis version 51): its header names the years
/// ("指标名称 | 单位 | 2015年 | 2018年 | 属性"), and each row's figure under the last year is a quantified goal dated by
/// that year ("网络零售额 | 亿元 | 7611 | 12000 | 预期性"): the row says no year itself. The header states no goal, nor
/// does a lead-in ending in a colon right above it ("主要指标如下："): neither is a goal clause.
struct TargetTable {
    /// The header in force: how many cells its rows have, and which cell holds the last year's figure.
    private var header: (cells: Int, lastYear: Int)?

    enum Reading: Equatable {
        /// A header row: no goal clause.
        case header
        /// A row with a figure under the header's last year: a quantified goal dated by that year.
        case datedRow
        /// Any other clause (a row without that figure is read as its words say).
        case clause
    }

    /// Reads the next goal clause (`text`: its folded scalars); a clause that is no table row ends the table.
    mutating func read(_ text: ArraySlice<UInt32>) -> Reading {
        let cells = TargetTable.cells(text)
        guard cells.count >= 3 else {
            header = nil
            return .clause
        }
        let years = cells.indices.filter { TargetTable.isYear(cells[$0]) }
        if let last = years.last, !cells.contains(where: { TargetTable.isFigure($0) }) {
            header = (cells.count, last)
            return .header
        }
        // A row may lack cells at its end (属性 left blank): its cells up to the last year's are in place.
        if let header, cells.count > header.lastYear, cells.count <= header.cells,
           cells[header.lastYear].contains(where: TargetTable.isDigit) {
            return .datedRow
        }
        return .clause
    }

    /// Cells of a row: split at tabs, bars, line breaks and runs of two or more spaces, trimmed. Between two
    /// bars an empty cell holds its column ("普及率 | % |  | 80": no base-year figure; HTML tables are imported
    /// so); other empty ones (at the row's ends, between tabs, which also pad columns, spaces or lines) are left out.
    static func cells(_ text: ArraySlice<UInt32>) -> [ArraySlice<UInt32>] {
        var cells: [ArraySlice<UInt32>] = []
        var start = text.startIndex, i = text.startIndex
        func close(_ end: Int) {
            var a = start, b = end
            while a < b && NormalizedText.isLineSpace(text[a]) { a += 1 }
            while b > a && (NormalizedText.isLineSpace(text[b - 1]) || text[b - 1] == 0x0A) { b -= 1 }
            if a < b { cells.append(text[a..<b]) }
        }
        while i < text.endIndex {
            let c = text[i]
            let doubleSpace = c == 0x20 && i + 1 < text.endIndex && text[i + 1] == 0x20
            // A line break too: a row whose cells a PDF gave a line each is one clause (`SectionParser.continuesTableRow`).
            if c == 0x09 || c == 0x7C || c == 0x0A || doubleSpace {
                close(i)
                let hadCell = !cells.isEmpty
                var bars = c == 0x7C ? 1 : 0
                i += 1
                while i < text.endIndex && (text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x7C) {
                    if text[i] == 0x7C { bars += 1 }
                    i += 1
                }
                // Empty cells between cells, not before the first or after the last.
                if hadCell && i < text.endIndex && bars > 1 {
                    cells.append(contentsOf: repeatElement(text[i..<i], count: bars - 1))
                }
                start = i
                continue
            }
            i += 1
        }
        close(text.endIndex)
        return cells
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// A year as a header names it: 2018 or 2018年 (1949-2099).
    static func isYear(_ cell: ArraySlice<UInt32>) -> Bool {
        let digits = cell.last == 0x5E74 ? cell.dropLast() : cell
        guard digits.count == 4, digits.allSatisfy(isDigit) else { return false }
        let year = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1949...2099).contains(year)
    }

    /// A figure in a cell: digits with a decimal point, thousands commas, a per cent or per mille sign, or a
    /// comparison (≥, >, <, ≤): "12000", "97.5%", ">90".
    static func isFigure(_ cell: ArraySlice<UInt32>) -> Bool {
        !isYear(cell) && cell.contains(where: isDigit)
            && cell.allSatisfy { isDigit($0) || [0x2E, 0x2C, 0x25, 0x2030, 0x3E, 0x3C, 0x2265, 0x2264].contains($0) }
    }
}
