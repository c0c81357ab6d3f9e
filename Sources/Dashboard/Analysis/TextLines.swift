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
        /// One tool class's letter as the gutter draws it.
        struct Letter {
            /// The class's place in the gutter (supply, environment, demand).
            var rank: Int
            var text: String
            var style: Style
        }

        struct Mark {
            /// The clause's Unicode-scalar range and its index in the document's coding.
            var range: Range<Int>
            var clause: Int
            /// Every class the clause is coded to (none for a clause with no tool).
            var letters: [Letter]
        }

        var marks: [Mark]

        /// What the gutter shows for a line holding `held` clauses: every class coded on any of them, once, in
        /// class order (供环 / SE); a class's first clause gives its style. The one place deciding the cell.
        static func letters(of held: [Mark]) -> [Letter] {
            var byRank: [Int: Letter] = [:]
            for m in held { for l in m.letters where byRank[l.rank] == nil { byRank[l.rank] = l } }
            return byRank.values.sorted { $0.rank < $1.rank }
        }

        /// The gutter's columns: two a class (a Chinese letter's width, 'S' padded), at least one class's, so that a
        /// text wraps alike in Chinese and English and a line stays selected across a language switch.
        static func width(of letters: [Letter]) -> Int {
            2 * max(1, letters.count)
        }
    }

    /// The rule between the gutter and the text: the tool letters stand in a column of their own, never read
    /// as the text's first character (also without colour).
    static let gutterRule = "┊"

    /// Rows of text; `gutter` marks take the first columns of every row (two, or as many as a line's classes need), then the rule.
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
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        /// The clauses a line holds (for an empty line, the one it stands in), in text order.
        func held(_ lineRange: Range<Int>, from first: inout Int) -> [(range: Range<Int>, mark: Gutter.Mark)] {
            while first < marks.count, marks[first].range.upperBound <= lineRange.lowerBound { first += 1 }
            var out: [(range: Range<Int>, mark: Gutter.Mark)] = []
            var i = first
            while i < marks.count, marks[i].range.lowerBound <= lineRange.upperBound {
                let r = marks[i].range
                if lineRange.isEmpty ? r.contains(lineRange.lowerBound) : r.overlaps(lineRange) { out.append(marks[i]) }
                i += 1
            }
            return out
        }
        // The gutter is as wide as its widest line needs; a narrower text can wrap otherwise, so until it holds.
        var gutterWidth = gutter == nil ? 0 : 2
        var lines: [TextView.Line] = []
        var heldByLine: [[(range: Range<Int>, mark: Gutter.Mark)]] = []
        while true {
            lines = TextView.wrap(text, width: max(10, width - (gutter == nil ? 0 : gutterWidth + 1)))
            guard gutter != nil else { break }
            var first = 0
            heldByLine = lines.map { held($0.start..<($0.start + $0.count), from: &first) }
            let need = heldByLine.map { Gutter.width(of: Gutter.letters(of: $0.map(\.mark))) }.max() ?? 2
            if need <= gutterWidth { break }
            gutterWidth = need
        }
        var rows: [ScreenContent.Row] = []
        rows.reserveCapacity(lines.count)
        var findingStarts = Set(mapped.filter { $0.1.isFinding }.map { $0.range.lowerBound })
        for (n, line) in lines.enumerated() {
            let lineRange = line.start..<(line.start + line.count)
            var prefix = ""
            var spans: [ScreenContent.StyledRange] = []
            var clause: ClauseRef?
            if gutter != nil {
                let held = heldByLine[n]
                for letter in Gutter.letters(of: held.map(\.mark)) {
                    spans.append(.init(range: prefix.count..<(prefix.count + letter.text.count), style: letter.style))
                    prefix += letter.text
                }
                prefix += String(repeating: " ", count: max(0, gutterWidth - DisplayWidth.of(prefix)))
                // The line belongs to the clause it starts in (or the first it touches).
                if let m = held.first(where: { $0.range.contains(line.start) }) ?? held.first {
                    clause = ClauseRef(index: m.mark.clause, start: m.mark.range.lowerBound, end: m.mark.range.upperBound)
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
