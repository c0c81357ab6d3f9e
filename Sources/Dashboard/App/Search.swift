import PolicyModel

/// `/` search within the current screen's rows (a document's text included), `n` / `N` to move between matches.
enum Search {
    static func matches(_ row: ScreenContent.Row, _ query: String) -> Bool {
        row.cells.contains { holds($0, query) }
    }

    /// Whether `text` holds `query`, letter case and width aside (`TextSearch.key`: ＋ finds +, （ finds ( and the
    /// other way round): what `/` matches in a row's cell or a grid's label.
    static func holds(_ text: String, _ query: String) -> Bool {
        TextSearch.key(text).contains(TextSearch.key(query))
    }

    /// Rows holding a match: a row's cells, or for the lines of a document's text, the text itself across
    /// the screen's line breaks (a match that wraps counts on the line it starts on).
    static func hitRows(_ rows: [ScreenContent.Row], _ query: String) -> [Int] {
        let q = Array(TextSearch.key(query))
        guard !q.isEmpty else { return [] }
        var hits: [Int] = []
        var i = 0
        while i < rows.count {
            guard rows[i].textOffset != nil else {
                // Every row shown, a note or a heading too (QA pass 47: a finding's reason, '› 相符：天津…' and an evidence
                // page's '本文件：32%…' were on the screen, and `/` said "not found"): `jump` rests the cursor near it.
                if matches(rows[i], query) { hits.append(i) }
                i += 1
                continue
            }
            // A run of text lines, searched as one text.
            var text: [Character] = []
            var line: [Int] = []
            var j = i
            while j < rows.count, rows[j].textOffset != nil {
                for c in TextSearch.key(String((rows[j].cells.first ?? "").dropFirst(rows[j].textStart))) {
                    text.append(c)
                    line.append(j)
                }
                j += 1
            }
            var last = -1
            if q.count <= text.count {
                for start in 0...(text.count - q.count) where text[start] == q[0] && line[start] != last
                    && text[start..<(start + q.count)].elementsEqual(q) {
                    hits.append(line[start])
                    last = line[start]
                }
            }
            i = j
        }
        return hits
    }

    /// Where the first match of `query` that starts on text row `index` starts, as an offset into the text (Unicode
    /// scalars); nil where none starts on it. A match later in a row is on the next row once the text wraps narrower:
    /// anchored at the row's start, a resize put the cursor one row above the match (QA pass 48b).
    static func matchOffset(in rows: [ScreenContent.Row], at index: Int, _ query: String) -> Int? {
        guard rows.indices.contains(index), let start = rows[index].textOffset else { return nil }
        let q = Array(TextSearch.key(query))
        guard !q.isEmpty else { return nil }
        func line(_ row: ScreenContent.Row) -> [Character] { Array((row.cells.first ?? "").dropFirst(row.textStart)) }
        let own = line(rows[index])
        // Keyed characters, each with the row character it came from; the next text row too, for a match that wraps.
        var keyed: [Character] = [], from: [Int] = []
        for (i, c) in (own + (rows.indices.contains(index + 1) && rows[index + 1].textOffset != nil ? line(rows[index + 1]) : [])).enumerated() {
            for k in TextSearch.key(String(c)) { keyed.append(k); from.append(i) }
        }
        guard q.count <= keyed.count else { return nil }
        for at in 0...(keyed.count - q.count) where from[at] < own.count && keyed[at..<(at + q.count)].elementsEqual(q) {
            return start + own[..<from[at]].reduce(0) { $0 + $1.unicodeScalars.count }
        }
        return nil
    }

    /// The labels that hold `query`, by index.
    static func labelHits(_ labels: [String], _ query: String) -> [Int] {
        labels.indices.filter { holds(labels[$0], query) }
    }

    /// Moves the selection to the next (or previous) row that matches the view's search, wrapping around.
    /// `fromNext` starts after the current match (n / N); otherwise at the selected row (a new search).
    /// A match on a row the cursor cannot rest on (a note, a heading) is scrolled into sight and the cursor rests on
    /// the nearest row above it that it can (`restingRow`), the match highlighted; `n` goes on from the match.
    /// A grid's rows' labels are searched, then its columns'. Text found only outside the list (the header above it,
    /// the side panel) is said to be there, never "not found".
    static func jump(_ state: AppState, forward: Bool, fromNext: Bool) -> AppState {
        var s = state
        guard let query = s.view.search, !query.isEmpty else {
            s.message = Label.noSearchYetPressTo.text(in: s.language)
            return s
        }
        // The page built whole: one built in the background is waited for, its quotes searched, not its loading line.
        let content = Layout.wholeShown(s).content
        if let grid = content.grid {
            return jump(s, in: grid, query: query, forward: forward, fromNext: fromNext, content: content)
        }
        let hits = visited(ScreenContext(state: s).screen.matches(of: query, in: content.rows), in: content.rows)
        guard !hits.isEmpty else {
            s.message = notInTheRows(query, content: content, language: s.language)
            return s
        }
        let visible = Layout(state: s, content: content).tableRows
        // From the match the cursor was put beside, while it has not moved since.
        let current = fromNext ? s.view.matchRow.flatMap { restingRow(for: $0, in: content.rows, visible: visible) == s.view.selected ? $0 : nil }
            ?? s.view.selected : s.view.selected
        let next: Int
        if forward {
            next = hits.first { fromNext ? $0 > current : $0 >= current } ?? hits[0]
        } else {
            next = hits.last { $0 < current } ?? hits[hits.count - 1]
        }
        s.view.jump(to: next, visible: visible)
        let rest = restingRow(for: next, in: content.rows, visible: visible)
        s.view.matchRow = rest == next ? nil : next
        if rest != next {
            s.view.selected = rest
            if rest < s.view.offset { s.view.offset = rest }
        }
        let position = (hits.firstIndex(of: next) ?? 0) + 1
        s.message = (Label.matchPrefix.text(in: s.language)) + "\(position)/\(hits.count)" + Label.colon.text(in: s.language) + query
        return s
    }

    /// The row the cursor rests on for a match on `row`: the row itself where the cursor can rest on it; else, for a
    /// heading, the nearest row after it that it heads; for a note, the nearest row above it, which it is about (a
    /// finding's reason, a document's value under its row); each only in sight with the match (within `visible`
    /// rows), else the nearest on the other side, else the match's own row.
    static func restingRow(for row: Int, in rows: [ScreenContent.Row], visible: Int) -> Int {
        guard rows.indices.contains(row), !rows[row].isSelectable else { return row }
        let reach = max(0, visible - 1)
        let above = stride(from: row - 1, through: max(0, row - reach), by: -1).first { rows[$0].isSelectable }
        let below = stride(from: row + 1, through: min(rows.count - 1, row + reach), by: 1).first { rows[$0].isSelectable }
        // A note under its section's heading (a problem's description) is about the rows after it: the row above it
        // is another section's (`r` there rated problem 1's indicator for a hit in problem 2's description).
        let headsItsSection = above.map { a in rows[(a + 1)..<row].contains { $0.kind == .heading } } ?? false
        return (rows[row].kind == .heading || headsItsSection ? below ?? above : above ?? below) ?? row
    }

    /// The matches `n` and `N` visit: every row's, but a heading's where a row in its section matches too, and a note's
    /// where the row the cursor would rest on for it matches too (the same place, visited once; both are highlighted).
    /// `/目标导向` on the Indicators tab went to the heading "6. 政策工具与目标导向" and Enter opened the row above it.
    static func visited(_ hits: [Int], in rows: [ScreenContent.Row]) -> [Int] {
        let onRows = Set(hits.filter { rows.indices.contains($0) && rows[$0].isSelectable })
        guard onRows.count < hits.count, !onRows.isEmpty else { return hits }
        return hits.filter { hit in
            guard rows.indices.contains(hit), !rows[hit].isSelectable else { return true }
            if rows[hit].kind == .heading {
                var next = hit + 1
                while next < rows.count, rows[next].kind != .heading {
                    if onRows.contains(next) { return false }
                    next += 1
                }
                return true
            }
            guard let above = stride(from: hit - 1, through: 0, by: -1).first(where: { rows[$0].isSelectable }) else { return true }
            return !onRows.contains(above)
        }
    }

    /// A matrix or heat map has no list rows: its rows' labels are searched (湘 Hunan, S Funding), then its columns'
    /// (labels and full names), the column cursor moved to the match.
    private static func jump(_ state: AppState, in grid: ScreenContent.Grid, query: String, forward: Bool, fromNext: Bool,
                             content: ScreenContent) -> AppState {
        var s = state
        let rowHits = labelHits(grid.rowLabels, query)
        let names = grid.columnNames ?? []
        let columnHits = grid.columnLabels.indices.filter { holds(grid.columnLabels[$0], query) || (names.indices.contains($0) && holds(names[$0], query)) }
        let (hits, current) = rowHits.isEmpty ? (columnHits, s.view.column) : (rowHits, s.view.selected)
        guard !hits.isEmpty else {
            s.message = notInTheRows(query, content: content, language: s.language)
            return s
        }
        let next = forward ? hits.first { fromNext ? $0 > current : $0 >= current } ?? hits[0]
            : hits.last { $0 < current } ?? hits[hits.count - 1]
        if rowHits.isEmpty {
            s.view.column = next
        } else {
            s.view.jump(to: next, visible: Layout(state: s, content: content).tableRows)
        }
        let position = (hits.firstIndex(of: next) ?? 0) + 1
        s.message = (rowHits.isEmpty ? Label.matchColumnPrefix : Label.matchPrefix).text(in: s.language) + "\(position)/\(hits.count)"
            + Label.colon.text(in: s.language) + query
        return s
    }

    /// What is said when no row holds `query`: where on the page it is instead (the header above the list, the side
    /// panel, the lines at the table's foot), or that it is nowhere on the page, saying what was searched.
    private static func notInTheRows(_ query: String, content: ScreenContent, language: Language) -> String {
        let places: [(lines: [ScreenContent.Line], place: Phrase.SearchPlace)] = [(content.header, .header), (content.panel, .panel), (content.footer, .footer)]
        if let place = places.first(where: { $0.lines.contains { holds($0.text, query) } })?.place {
            return Phrase.foundOnlyIn(place, query: query).text(in: language)
        }
        return Phrase.notFoundOnThisPage(query, grid: content.grid != nil).text(in: language)
    }
}
