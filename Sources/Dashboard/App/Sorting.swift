import TerminalUI

/// Sorting a screen's rows by a column: `s` moves to the next column, `S` reverses.
/// Lists with section headings keep their order: sorting across sections would mix them.
enum Sorting {
    static func isSortable(_ content: ScreenContent) -> Bool {
        !content.rows.isEmpty && content.rows.allSatisfy { $0.kind == .item } && content.columns.count > 1
    }

    /// The rows as shown: those holding every word of the view's row filter (`f` on a list tab), sorted.
    static func apply(_ content: ScreenContent, view: ViewState) -> ScreenContent {
        var content = content
        if let filter = view.rowFilter {
            let words = filter.lowercased().split(separator: " ").map(String.init)
            var aboveKept = false
            content.rows = content.rows.compactMap { row in
                let kept = row.kind == .item && words.allSatisfy { word in row.cells.contains { holds($0.lowercased(), word) } }
                defer { aboveKept = kept }
                guard kept else { return nil }
                // The rest of a wrapped row whose start is filtered out stands alone: an export would join it to another.
                var row = row
                if !aboveKept { row.continuation = nil }
                return row
            }
        }
        guard let column = column(view, in: content), isSortable(content) else { return content }
        var c = content
        let indexed = c.rows.enumerated().map { ($0.offset, $0.element) }
        c.rows = indexed.sorted { a, b in
            let ka = key(a.1, column), kb = key(b.1, column)
            if ka == kb { return a.0 < b.0 }
            if ka == .missing { return false }
            if kb == .missing { return true }
            return view.ascending ? ka < kb : kb < ka
        }.map(\.1)
        return c
    }

    /// Whether a cell (lower-cased) holds a filter word: a word that starts with a Latin letter where a word of
    /// the cell starts ("east" finds East, not Northeast, as "东部" finds 东部 and not 东北), anything else
    /// (Chinese, numbers, ids) anywhere.
    static func holds(_ cell: String, _ word: String) -> Bool {
        guard let first = word.first, first.isASCII, first.isLetter else { return cell.contains(word) }
        var from = cell.startIndex
        while let found = cell.range(of: word, range: from..<cell.endIndex) {
            if found.lowerBound == cell.startIndex { return true }
            let before = cell[cell.index(before: found.lowerBound)]
            if !(before.isASCII && before.isLetter) { return true }
            from = cell.index(after: found.lowerBound)
        }
        return false
    }

    /// The sorted column in this content: by title when it is still there, else by place.
    static func column(_ view: ViewState, in content: ScreenContent) -> Int? {
        if let title = view.sortTitle, let index = content.columns.firstIndex(where: { $0.title == title }) { return index }
        return view.sortColumn.flatMap { content.columns.indices.contains($0) ? $0 : nil }
    }

    static func key(_ row: ScreenContent.Row, _ column: Int) -> SortKey {
        if row.sortKeys.indices.contains(column) { return row.sortKeys[column] }
        return row.cells.indices.contains(column) ? .text(row.cells[column]) : .missing
    }

    static func cycle(_ state: AppState, shown: ShownContent, reverse: Bool) -> AppState {
        var s = state
        let content = shown.content
        guard shown.isSortable else {
            s.message = Label.thisListCannotBeSorted.text(in: s.language)
            return s
        }
        let current = column(s.view, in: content)
        if reverse {
            s.view.sortColumn = current ?? 0
            s.view.ascending.toggle()
        } else {
            let next = (current.map { $0 + 1 } ?? 0)
            s.view.sortColumn = next < content.columns.count ? next : nil
            s.view.ascending = true
        }
        s.view.sortTitle = s.view.sortColumn.map { content.columns[$0].title }
        s.view.selected = 0
        s.view.offset = 0
        // The row the cursor was on stays selected, wherever the new order puts it (it went to the first row); the
        // list is shown from its top when that row is on the first page.
        if let found = RowAnchor(state)?.row(in: s) {
            s.view.jump(to: found, visible: Layout(state: s, content: Layout.shown(s).content).tableRows)
        }
        let name = s.view.sortColumn.map { content.columns[$0].title } ?? (Label.originalOrder.text(in: s.language))
        s.message = (Label.sortedBy.text(in: s.language)) + name + (s.view.ascending ? " ▲" : " ▼")
        return s
    }
}
