/// What the selected row stands for, so that the cursor stays on it when rows are added above it (a review
/// written on a document adds its reviews section over the text: the cursor landed three rows off the clause,
/// and a second `o` no longer found it).
/// Saved with a session (`ViewState.anchor`), it puts the restored screen back on that row whatever the language and
/// the size it is restored at, where the row number would be another row.
enum RowAnchor: Hashable, Sendable, Codable {
    /// A line of document text, by the offset of its first character.
    case text(Int)
    /// A row that opens something (a passage of a document: the document, at the passage).
    case target(Route, focus: Int?)
    /// A row of a comparison: the line of a passage that holds the same characters, wrapped anew.
    case compared(ComparedLine)
    case cells([String])

    init?(_ state: AppState) {
        let rows = Layout.shown(state).content.rows
        guard rows.indices.contains(state.view.selected) else { return nil }
        // On a search's match, the match: the row's start is the row above it once the text wraps narrower.
        if let query = state.view.search, let offset = Search.matchOffset(in: rows, at: state.view.selected, query) {
            self = .text(offset)
            return
        }
        self.init(rows[state.view.selected])
    }

    init(_ row: ScreenContent.Row) {
        if let offset = row.textOffset {
            self = .text(offset)
        } else if let line = row.comparedLine {
            self = .compared(line)
        } else if let target = row.target {
            self = .target(target, focus: row.focus)
        } else {
            self = .cells(row.cells)
        }
    }

    /// `state` with the cursor moved to the row this anchor stands for, the view scrolled with it (the row keeps
    /// its place on the screen); unchanged when no row or several rows stand for it.
    func reselect(in state: AppState) -> AppState {
        guard let found = row(in: state), found != state.view.selected else { return state }
        var s = state
        s.view.offset = max(0, s.view.offset + found - s.view.selected)
        s.view.selected = found
        return s
    }

    /// The index of the one row of `state`'s screen this anchor stands for; nil when none or several do. Found in the
    /// page built whole (waited for where it is built in the background): a session restored on a Tools cell's
    /// clauses came back on its row, not on the loading line.
    func row(in state: AppState) -> Int? {
        let rows = Layout.wholeShown(state).content.rows
        let matches: [Int]
        if case .compared(let line) = self {
            matches = ComparedLine.holding(line, in: rows.map(\.comparedLine)).map { [$0] } ?? []
        } else if case .text(let offset) = self {
            // The line holding that character: with anything reviewed the text wraps short of the marks' column,
            // so its lines may start elsewhere.
            let holding = rows.indices.last { (rows[$0].textOffset ?? .max) <= offset }
            matches = holding.map { [$0] } ?? []
        } else {
            matches = rows.indices.filter { RowAnchor(rows[$0]) == self }
        }
        return matches.count == 1 ? matches.first : nil
    }
}
