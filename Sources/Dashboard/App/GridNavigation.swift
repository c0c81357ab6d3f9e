/// Moving a row and column cursor over a matrix or heat map; Enter opens the cell's target.
enum GridNavigation {
    /// The new state when the action moves or opens the grid; nil when the action is not about the grid.
    static func handle(_ action: Action, state: AppState, grid: ScreenContent.Grid, page: Int) -> AppState? {
        var s = state
        let rows = grid.rowLabels.count, columns = grid.columnLabels.count
        guard rows > 0, columns > 0 else { return nil }
        func clampRow(_ r: Int) -> Int { min(max(r, 0), rows - 1) }
        switch action {
        case .up: s.view.selected = clampRow(s.view.selected - 1)
        case .down: s.view.selected = clampRow(s.view.selected + 1)
        case .pageUp: s.view.selected = clampRow(s.view.selected - page)
        case .pageDown: s.view.selected = clampRow(s.view.selected + page)
        case .top: s.view.selected = 0
        case .bottom: s.view.selected = rows - 1
        case .left: s.view.column = max(0, s.view.column - 1)
        case .right: s.view.column = min(columns - 1, s.view.column + 1)
        case .drill:
            let (r, c) = grid.cursor(s.view)
            guard let target = grid.target(row: r, column: c) else {
                let note = grid.notes.indices.contains(r) && grid.notes[r].indices.contains(c) ? grid.notes[r][c] : ""
                s.message = note.isEmpty ? Label.emptyCell.text(in: s.language) : note
                return s
            }
            return Dashboard.open(target, in: s, focus: nil)
        default:
            return nil
        }
        s.message = nil
        return s
    }
}
