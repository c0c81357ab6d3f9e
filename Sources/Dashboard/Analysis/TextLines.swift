import TerminalUI

/// A document's text laid out in rows of a given width, with styled ranges given in Unicode-scalar offsets
/// (the analysis's unit) mapped onto the characters of each row (the layout's unit).
struct TextLines {
    struct Overlay {
        /// Unicode-scalar offsets into the stored text, end exclusive.
        var range: Range<Int>
        var style: Style
        /// A finding starts here: `]` / `[` stop on its first row.
        var isFinding = false
    }

    struct Gutter {
        struct Mark {
            /// The clause's Unicode-scalar range and its index in the document's coding.
            var range: Range<Int>
            var clause: Int
            /// Two columns: a tool-class letter, or blanks for a clause with no tool.
            var mark: String
            var style: Style
        }

        var marks: [Mark]
    }

    /// The rule between the gutter and the text: the tool letters stand in a column of their own, never read
    /// as the text's first character (also without colour).
    static let gutterRule = "┊"

    /// Rows of text; `gutter` marks take the first two columns of every row, then the rule.
    static func rows(_ text: String, width: Int, overlays: [Overlay], gutter: Gutter? = nil) -> [ScreenContent.Row] {
        // Character index -> scalar offset of its start (and the end), to translate both ways.
        var scalarStart: [Int] = []
        scalarStart.reserveCapacity(text.count + 1)
        var scalars = 0
        for ch in text {
            scalarStart.append(scalars)
            scalars += ch.unicodeScalars.count
        }
        scalarStart.append(scalars)
        func characterIndex(ofScalar offset: Int) -> Int {
            // First character whose start is >= offset (binary search).
            var lo = 0, hi = scalarStart.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if scalarStart[mid] < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        // In the caller's order: later overlays are drawn over earlier ones.
        let mapped = overlays.map { o in
            (range: characterIndex(ofScalar: o.range.lowerBound)..<characterIndex(ofScalar: o.range.upperBound), o)
        }
        let marks = (gutter?.marks ?? []).map { m in
            (range: characterIndex(ofScalar: m.range.lowerBound)..<characterIndex(ofScalar: m.range.upperBound), mark: m)
        }
        let gutterWidth = gutter == nil ? 0 : 3
        let lines = TextView.wrap(text, width: max(10, width - gutterWidth))
        var rows: [ScreenContent.Row] = []
        rows.reserveCapacity(lines.count)
        var findingStarts = Set(mapped.filter { $0.1.isFinding }.map { $0.range.lowerBound })
        for line in lines {
            let lineRange = line.start..<(line.start + line.count)
            var prefix = ""
            var spans: [ScreenContent.StyledRange] = []
            var clause: ClauseRef?
            if gutter != nil {
                // The line belongs to the clause it starts in (or the first it touches).
                let hit = marks.first { $0.range.contains(line.start) } ?? marks.first { $0.range.overlaps(lineRange) }
                if let m = hit {
                    prefix = m.mark.mark
                    spans.append(.init(range: 0..<prefix.count, style: m.mark.style))
                    clause = ClauseRef(index: m.mark.clause, start: m.mark.range.lowerBound, end: m.mark.range.upperBound)
                } else {
                    prefix = "  "
                }
                spans.append(.init(range: prefix.count..<(prefix.count + 1), style: .dim))
                prefix += gutterRule
            }
            let shift = prefix.count
            var isFinding = false
            for (range, overlay) in mapped where range.overlaps(lineRange) {
                let lower = max(range.lowerBound, lineRange.lowerBound) - line.start + shift
                let upper = min(range.upperBound, lineRange.upperBound) - line.start + shift
                spans.append(.init(range: lower..<upper, style: overlay.style))
            }
            for start in findingStarts where lineRange.contains(start) || (line.count == 0 && start == line.start) {
                isFinding = true
                findingStarts.remove(start)
            }
            var row = ScreenContent.Row(cells: [prefix + line.text], kind: .text)
            row.spans = spans
            row.isFinding = isFinding
            row.textOffset = scalarStart[min(line.start, scalarStart.count - 1)]
            row.textStart = prefix.count
            row.clause = clause
            row.continuation = line.continuation
            rows.append(row)
        }
        return rows
    }
}
