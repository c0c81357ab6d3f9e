/// `/` search within the current screen's rows (a document's text included), `n` / `N` to move between matches.
enum Search {
    static func matches(_ row: ScreenContent.Row, _ query: String) -> Bool {
        let q = query.lowercased()
        return row.cells.contains { $0.lowercased().contains(q) }
    }

    /// Moves the selection to the next (or previous) row that matches the view's search, wrapping around.
    /// `fromNext` starts after the current row (n / N); otherwise at it (a new search).
    static func jump(_ state: AppState, forward: Bool, fromNext: Bool) -> AppState {
        var s = state
        guard let query = s.view.search, !query.isEmpty else {
            s.message = s.language == .chinese ? "没有搜索词：按 / 搜索" : "no search yet: press / to search"
            return s
        }
        let rows = Sorting.apply(Layout.content(s), view: s.view).rows
        let hits = rows.indices.filter { rows[$0].isSelectable && matches(rows[$0], query) }
        guard !hits.isEmpty else {
            s.message = (s.language == .chinese ? "未找到：" : "not found: ") + query
            return s
        }
        let current = s.view.selected
        let next: Int
        if forward {
            next = hits.first { fromNext ? $0 > current : $0 >= current } ?? hits[0]
        } else {
            next = hits.last { $0 < current } ?? hits[hits.count - 1]
        }
        s.view.selected = next
        let position = (hits.firstIndex(of: next) ?? 0) + 1
        s.message = (s.language == .chinese ? "匹配 " : "match ") + "\(position)/\(hits.count): " + query
        return s
    }
}
