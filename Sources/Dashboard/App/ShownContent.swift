/// A screen's rows as shown: filtered by the view's row filter (`f`) and sorted by its column (`s`), with what
/// every keystroke asks of them worked out once (the rows a cursor can rest on, whether the list sorts).
/// Built once per content and view settings (`Layout.shown`): on a list of 50,000 documents, filtering,
/// sorting and scanning every row again at each keystroke took longer than a frame.
struct ShownContent {
    let content: ScreenContent
    /// The rows a cursor can rest on (not headings, not notes), ascending.
    let selectable: [Int]
    let isSortable: Bool
    /// Whether `/` has anything to find: rows to rest on, a document's text or a grid's row labels.
    let isSearchable: Bool

    init(_ content: ScreenContent, view: ViewState) {
        let shown = Sorting.apply(content, view: view)
        self.content = shown
        selectable = shown.rows.indices.filter { shown.rows[$0].isSelectable }
        isSortable = Sorting.isSortable(shown)
        isSearchable = shown.grid.map { !$0.rowLabels.isEmpty } ?? (!selectable.isEmpty || shown.rows.contains { $0.textOffset != nil })
    }

    /// What Enter opens from the selection of `view` on `screen`, shown at `route`: the selected row's target as the
    /// screen reads it (Enter or →), or on a grid the target of the cell under the cursor; nil where there is none
    /// or it is the place already shown. The status line offers '⏎ open' only where this is something: it offered
    /// it on a screen where any row opened, and on the findings check the first finding (whose evidence names no
    /// document) was selected, offered '⏎ 打开', and Enter did nothing; a grid, whose rows are not a list's,
    /// never offered it, though Enter opened its cells.
    func opening(_ view: ViewState, on screen: any Screen, at route: Route) -> Route? {
        let target: Route?
        if let grid = content.grid {
            let cell = grid.cursor(view)
            target = grid.target(row: cell.row, column: cell.column)
        } else {
            target = content.rows.indices.contains(view.selected) ? screen.opening(content.rows[view.selected]) : nil
        }
        return target == route ? nil : target
    }

    /// How many selectable rows lie at or before `row`.
    func selectableCount(through row: Int) -> Int {
        firstSelectable(atOrAfter: row + 1)
    }

    /// The selectable row `delta` places from `current` (from the first selectable row at or after it),
    /// clamped at both ends; 0 when no row is selectable.
    func step(from current: Int, by delta: Int) -> Int {
        guard !selectable.isEmpty else { return 0 }
        let position = min(firstSelectable(atOrAfter: current), selectable.count - 1)
        return selectable[min(max(position + delta, 0), selectable.count - 1)]
    }

    /// The place in `selectable` of the first row at or after `row` (`selectable.count` when none is).
    private func firstSelectable(atOrAfter row: Int) -> Int {
        var lo = 0, hi = selectable.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if selectable[mid] < row { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// What the rows as shown depend on: the screen's inputs and the view's row filter and sort.
struct ShownContentKey: Hashable {
    var inputs: ScreenInputs
    var rowFilter: String?
    var sortColumn: Int?
    var sortTitle: String?
    var ascending: Bool
    /// Whether the rows are a slow screen's loading content (`Layout.isLoading`), not yet its own.
    var loading = false

    init(_ state: AppState) {
        inputs = ScreenInputs(state)
        rowFilter = state.view.rowFilter
        sortColumn = state.view.sortColumn
        sortTitle = state.view.sortTitle
        ascending = state.view.ascending
    }
}
