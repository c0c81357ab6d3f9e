import PolicyModel

/// One screen of the dashboard, as tig has one view per kind of list: what it shows, what Enter opens from a
/// row, the keys it gives a meaning of its own, and how `/` finds matches in it. Every route has one
/// (`ScreenContext.screen(for:)`); `update` asks the current screen first and handles the common keys itself.
protocol Screen {
    /// What the screen shows (pure: the same context gives the same content).
    func content() -> ScreenContent
    /// What Enter on a row opens: its target, unless the screen says otherwise.
    func opening(_ row: ScreenContent.Row) -> Route?
    /// The screen's own meaning of an action, or nil to leave it to the common handling.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState?
    /// The rows where `/` finds `query` (a document's text is searched across its screen lines).
    func matches(of query: String, in rows: [ScreenContent.Row]) -> [Int]
    /// Where `/` takes the analyst instead of the next matching row (the Documents tab searches the texts).
    func searchResults(for query: String) -> Route?
}

extension Screen {
    func opening(_ row: ScreenContent.Row) -> Route? { row.target }
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? { nil }
    func matches(of query: String, in rows: [ScreenContent.Row]) -> [Int] { Search.hitRows(rows, query) }
    func searchResults(for query: String) -> Route? { nil }
}

/// A screen slow to build whole (it reads and codes documents' texts to quote them), built on a background thread
/// while the dashboard shows `loadingContent` and answers keys (`Layout.content`): a Tools cell's clauses took
/// 0.1-0.2 s at 10,000 documents, every key held meanwhile.
protocol BuildsInBackground: Screen {
    /// What the screen shows until it is built: nil where it is quick to build whole (it is then built at once).
    func loadingContent() -> ScreenContent?
}

/// A list tab whose rows `f` filters in place by words they hold (`F` clears): provinces, issuers, areas,
/// indicators. The Documents tab has its own filter syntax, the Reviews tab its own.
protocol FiltersRows: Screen {}

extension FiltersRows {
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        var s = state
        switch action {
        case .filter:
            s.prompt = Prompt(kind: .rowFilter, text: s.view.rowFilter ?? "")
        case .clearFilter:
            s.view.rowFilter = nil
            s.message = Label.filterCleared.text(in: s.language)
        default:
            return nil
        }
        return s
    }
}

/// A screen that draws one of several views of the same data (`v` switches: tools by area, level or year;
/// the timeline by year or month).
protocol SwitchesViews: Screen {}

extension SwitchesViews {
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        guard action == .cycleView else { return nil }
        var s = state
        s.view.variant += 1
        s.view.column = 0
        s.view.columnOffset = 0
        return s
    }
}
