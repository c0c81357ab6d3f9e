import PolicyAnalysis
import PolicyModel
import TerminalUI

/// `update(state, message) -> (state, effects)`: all the dashboard's behaviour, with no I/O.
public enum Dashboard {
    /// The next state for one message, and what the edge is to do for it.
    public static func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        var s = state
        s.effects = []
        switch message {
        case .key(let key):
            s = update(s, key: key)
        case .analysis(let event):
            s = following(s, event)
        case .textSearch(let event):
            s = TextSearching.following(s, event)
        case .journalsChanged(let store):
            // A document's page is where reviews add rows above the cursor (its reviews section); elsewhere the
            // anchor cost two builds of the screen at every start, when the journals are first read.
            let anchor: RowAnchor? = if case .document = s.route { RowAnchor(s) } else { nil }
            s.reviews = store
            s.analysis = s.baseAnalysis?.applying(s.reviews, corpus: s.corpus)
            if let anchor { s = anchor.reselect(in: s) }
        case .reviewWritten(let id):
            s.ownEntries.append(id)
        case .effectDone(let report):
            s.message = s.text(report)
        case .corpusChangedOnDisk(let stamp):
            s.corpusChangeSaid = stamp
            s.message = Label.corpusChangedOnDisk.text(in: s.language)
        case .exportStarted(let job):
            s.exportJob = job
        case .exportTargetsExist(let existing, let target):
            s = ReviewActions.askingToOverwrite(s, existing: existing, target: target)
        case .exportFinished(let report):
            s.exportJob = nil
            s.message = s.text(report)
        case .pageBuilt:
            s = makingMovesTypedWhileLoading(s)
        }
        s = TextSearching.follow(s)
        s.showsLoadingPage = Layout.isLoading(s)
        let effects = s.effects
        s.effects = []
        return (s, effects)
    }

    /// Takes what the background analysis did into the state.
    static func following(_ state: AppState, _ event: AnalysisEvent) -> AppState {
        var s = state
        // After `x` the job is gone: whatever it still reports is not taken.
        guard s.analysisJob != nil else { return s }
        switch event {
        case .progress(let progress):
            s.analysisProgress = progress
            return s
        case .finished(let view, let corpus, let notStored):
            // A document's page gains its analysed rows (indicators, shared text) above its text: the cursor stays
            // on its line, as when reviews add rows (a session restored on a line came back on another).
            // A restored session's saved anchor, kept for now (`anchored`): the line found before the analysis starts
            // before the saved character, and the analysed text wraps narrower.
            let anchor: RowAnchor? = if let saved = s.view.anchor { saved } else if case .document = s.route { RowAnchor(s) } else { nil }
            s.views[s.route]?.anchor = nil
            s.corpus = corpus
            s.baseAnalysis = view
            let clock = PhaseClock()
            s.analysis = view.applying(s.reviews, corpus: s.corpus)
            clock.lap("analysis taken, overrides applied")
            s.analysisStatus = .ready
            s.message = Phrase.analysisReady(notStored: notStored).text(in: s.language)
            s.effects.append(.prefetchTabs)
            if let anchor { s = anchor.reselect(in: s) }
        case .failed(let reason):
            s.analysisStatus = .failed(reason)
            s.message = reason.text(in: s.language)
        case .cancelled:
            s.analysisStatus = .cancelled
        }
        s.analysisJob = nil
        s.analysisProgress = nil
        return s
    }

    /// The cursor moves typed while the page was built, made on it now that it is there.
    static func makingMovesTypedWhileLoading(_ state: AppState) -> AppState {
        var s = state
        let moves = s.movesWhileLoading
        s.movesWhileLoading = []
        for move in moves { s = update(s, action: move) }
        return s
    }

    /// Decodes a key into an action (prompt keys go to the prompt) and applies it.
    static func update(_ state: AppState, key: Key) -> AppState {
        if state.prompt != nil {
            return update(state, action: .input(key))
        }
        guard let action = KeyMap.action(for: key) else { return state }
        return update(state, action: action)
    }

    static func update(_ state: AppState, action: Action) -> AppState {
        var s = state
        // j, k, PgDn… typed while the page is built did nothing, and the analyst found the cursor at the top: they are
        // kept and made once it is there. Any other key first waits for the page and makes them, so that keys take
        // effect in the order typed (`/` and a view's export wait for the page already).
        if Layout.isLoading(s), action.movesTheCursor {
            s.movesWhileLoading.append(action)
            return s
        }
        if !s.movesWhileLoading.isEmpty {
            _ = Layout.wholeShown(s)
            s = makingMovesTypedWhileLoading(s)
        }
        // The analyst has moved on from where a restored session put them.
        s.views[s.route]?.anchor = nil
        // A message stays through a resize, which is no step of the analyst's: the comparison's 'passage 2 of 4' was
        // gone, the cursor on the same passage.
        switch action {
        case .input, .resize: break
        default: s.message = nil
        }
        // The rows as shown (filtered and sorted): what the cursor moves over.
        let shown = Layout.shown(s)
        let content = shown.content
        let selectable = shown.selectable
        let visible = Layout(state: s, content: content).tableRows
        let page = max(1, visible - 1)

        let screen = ScreenContext(state: s).screen
        if let handled = screen.handle(action, in: s, content: content) {
            return settled(handled, from: state)
        }
        if let grid = content.grid, let moved = GridNavigation.handle(action, state: s, grid: grid, page: page) {
            return moved
        }
        switch action {
        case .up: s.view.selected = shown.step(from: s.view.selected, by: -1)
        case .down:
            s.view.selected = shown.step(from: s.view.selected, by: 1)
            s = revealingTheEnd(s, shown: shown, visible: visible)
        case .pageUp: s.view.selected = shown.step(from: s.view.selected, by: -page)
        case .pageDown:
            s.view.selected = shown.step(from: s.view.selected, by: page)
            s = revealingTheEnd(s, shown: shown, visible: visible)
        case .top: s.view.selected = selectable.first ?? 0
        case .bottom:
            s.view.selected = selectable.last ?? 0
            s = revealingTheEnd(s, shown: shown, visible: visible)
        case .nextFinding, .previousFinding:
            let findings = content.rows.indices.filter { content.rows[$0].isFinding }
            let next = action == .nextFinding ? findings.first { $0 > s.view.selected } : findings.last { $0 < s.view.selected }
            // In a comparison the findings are the shared passages (n and N move between them): named so, and at an
            // end, which end (the same words at both told the analyst neither; each passage's line is headed §N).
            let comparing = s.route.isComparison
            if let next {
                s.view.jump(to: next, visible: visible)
                // Which passage, as the ends say it: moving to the only passage of a comparison said nothing. And the
                // whole of it in sight where it fits: at 80x24 `n` stopped with half a passage below the status line.
                if comparing, let index = findings.firstIndex(of: next) {
                    s.message = Phrase.passageReached(index + 1, of: findings.count).text(in: s.language)
                    s.view.reveal(CompareScreen.rowsOfPassage(startingAt: next, in: content.rows), visible: visible)
                }
            } else if findings.isEmpty {
                s.message = (comparing ? Label.noPassagesHere : Label.noFindingsHere).text(in: s.language)
            } else {
                let last = action == .nextFinding
                s.message = Phrase.noFindingBeyond(last: last, count: findings.count, passages: comparing).text(in: s.language)
            }
        case .compare:
            let rows = content.rows
            if let marked = s.marked, rows.indices.contains(s.view.selected), case .document(let other)? = rows[s.view.selected].target,
               other != marked {
                s.stack.append(.comparing(marked, other, in: s.analysis))
            } else {
                s.message = Label.nothingToCompare.text(in: s.language)
            }
        case .copyPassage:
            s.message = Label.pressYOnALine.text(in: s.language)
        case .markForCompare:
            let rows = content.rows
            var chosen: String?
            if case .document(let id) = s.route { chosen = id }
            if chosen == nil, rows.indices.contains(s.view.selected), case .document(let id)? = rows[s.view.selected].target { chosen = id }
            if let chosen {
                s.marked = chosen
                let label = ScreenContext(state: s).documentLabel(chosen)
                s.message = Phrase.marked(label).text(in: s.language)
            } else {
                s.message = Label.noDocumentHereToMark.text(in: s.language)
            }
        case .tag, .annotate, .rate, .overrideCode, .undo, .reloadReviews, .export:
            s = ReviewActions.handle(action, state: s, content: content)
        case .cancelAnalysis:
            if let stopped = TextSearching.stop(s) {
                s = stopped
            } else if let job = s.analysisJob {
                s.effects.append(.cancelAnalysis(job))
                s.analysisJob = nil
                s.analysisProgress = nil
                s.analysisStatus = .cancelled
                s.message = Label.analysisCancelledMetadataIndicatorsOnly.text(in: s.language)
            } else {
                // Said, so that x is never a key that silently does nothing.
                s.message = Label.nothingRunningToStop.text(in: s.language)
            }
        case .cycleView:
            s.message = Label.nothingToSwitchHereV.text(in: s.language)
        case .left, .back:
            if s.stack.count > 1 {
                s.stack.removeLast()
            } else if s.route != .overview {
                s.stack = [.overview]
            }
        case .right, .drill:
            if content.grid == nil, content.rows.indices.contains(s.view.selected), let key = content.rows[s.view.selected].expands {
                // The rest listed in place: the cursor stays on the row, now the first of them.
                s.view.expanded = (s.view.expanded ?? []).union([key])
            } else if let target = shown.opening(s.view, on: screen, at: s.route) {
                s = open(target, in: s, focus: content.rows[s.view.selected].focus)
            } else if content.grid == nil, content.rows.indices.contains(s.view.selected),
                      let why = content.rows[s.view.selected].whyNothingOpens {
                // Said, so that Enter on a row such as '（无：…）' is not a key that silently does nothing.
                s.message = why
            }
        case .nextTab, .previousTab:
            let current = s.stack.first?.tabIndex ?? 0
            let count = Route.tabs.count
            s.stack = [Route.tabs[(current + (action == .nextTab ? 1 : count - 1)) % count]]
        case .tab(let i):
            if Route.tabs.indices.contains(i) { s.stack = [Route.tabs[i]] }
        case .help:
            if s.route != .help { s.stack.append(.help) }
        case .toggleLanguage:
            s = speaking(s, s.language.other)
        case .toggleScope:
            s.scope = s.scope.isAll ? .review : .all
            // When active, the status line shows the scope itself.
            s.message = s.scope.isAll ? Label.scopeEveryDocument.text(in: s.language) : nil
        case .quit:
            s.quit = true
        case .search:
            s.prompt = Prompt(kind: .search)
        case .palette:
            s.prompt = Prompt(kind: .palette)
        case .filter:
            s.prompt = Prompt(kind: .filter, text: FilterSyntax.format(s.filter, taxonomy: s.corpus.taxonomy))
        case .clearFilter:
            s.filter = DocumentFilter()
            s.views[.documents] = nil
            s.message = Label.filterCleared.text(in: s.language)
        case .nextMatch, .previousMatch:
            s = Search.jump(s, forward: action == .nextMatch, fromNext: true)
        case .sort, .reverseSort:
            s = Sorting.cycle(s, shown: shown, reverse: action == .reverseSort)
        case .resize:
            break
        case .input(let key):
            s = PromptInput.handle(s, key: key)
        }
        return settled(s, from: state)
    }

    /// On the last row the cursor stops on, the rows after it in sight: a count of a document's clauses not quoted
    /// ('… 7 条（未摘录）') follows its row, and G left the last one below the table.
    static func revealingTheEnd(_ state: AppState, shown: ShownContent, visible: Int) -> AppState {
        var s = state
        guard let last = shown.selectable.last, s.view.selected == last else { return s }
        s.view.offset = max(s.view.offset, shown.content.rows.count - visible)
        return s
    }

    /// The state after an action, with a fresh view for a route just opened and the scroll position following
    /// the selection (the table only moves when the selection leaves it).
    static func settled(_ state: AppState, from before: AppState) -> AppState {
        var s = fitted(state)
        let after = Layout.shown(s).content
        if s.views[s.route] == nil, s.route != before.route {
            s.views[s.route] = ViewState(firstSelectable: after)
        }
        // Keep the scroll position between frames: the table only moves when the selection leaves it.
        let visible = Layout(state: s, content: after).tableRows
        s.view.offset = Scroll.offset(current: s.view.offset, selected: s.view.selected, visible: visible, count: after.rows.count)
        return s
    }

    /// The state at a new terminal size. On a page of text the selection stays at the same place in the text
    /// (the line that now holds the character the selected line began with), not at the same line number. On any
    /// screen it stays in sight as after a jump (`ViewState.jump`), with rows after it: scrolled only as far as
    /// needed, a terminal made shorter left it on the table's last row. Only the screen shown is laid out again
    /// now; every other screen with a view (those under it on the stack, the other tabs) keeps the size its view
    /// was fitted to and is fitted when shown again (`fitted`): laying out all the stacked screens at the new size
    /// took 140-215 ms at 10,000 documents with three of them.
    public static func resized(_ state: AppState, to size: Size) -> AppState {
        guard size != state.size else { return state }
        let now = fitted(state)
        var s = now
        s.size = size
        s.views[s.route] = viewResized(now, to: s)
        for route in s.views.keys where route != s.route && s.views[route]?.fittedTo == nil {
            s.views[route]?.fittedTo = state.size
        }
        return s
    }

    /// The state in `language`, every screen's view to be fitted to it when shown (`fitted`; the one shown at once,
    /// by `settled`): the cursor stays on the same line of text, document or passage, not on the same row number
    /// (after `L` on the line of (一) 深入实施网络会展数据基地, the cursor was on (二), and `t` tagged its clause).
    public static func speaking(_ state: AppState, _ language: Language) -> AppState {
        var s = state
        guard language != s.language else { return s }
        for route in s.views.keys where s.views[route]?.fittedLanguage == nil { s.views[route]?.fittedLanguage = s.language }
        s.language = language
        return s
    }

    /// The state with the screen shown put back on the row its saved anchor stands for (a session restored), else
    /// fitted as `fitted` fits it.
    static func anchored(_ state: AppState) -> AppState {
        guard let anchor = state.view.anchor else { return fitted(state) }
        var s = state
        // Kept while the analysis is coming: it adds rows and wraps the text anew (`following`).
        if s.analysisJob == nil { s.view.anchor = nil }
        s.view.fittedTo = nil
        s.view.fittedLanguage = nil
        return anchor.reselect(in: s)
    }

    /// The state with the screen shown fitted to the terminal's size and the language, when either changed while
    /// the screen was not shown: going back (Esc) to a list found its selection on the table's last row, or on a
    /// page of text on the line of another place (the line number it had at the old width).
    static func fitted(_ state: AppState) -> AppState {
        let view = state.view
        guard view.fittedTo != nil || view.fittedLanguage != nil else { return state }
        var s = state
        s.view.fittedTo = nil
        s.view.fittedLanguage = nil
        var before = s
        before.size = view.fittedTo ?? s.size
        before.language = view.fittedLanguage ?? s.language
        guard before.size != s.size || before.language != s.language else { return s }
        s.views[s.route] = viewResized(before, to: s)
        return s
    }

    /// The view of the screen shown in `before` as `resized` (or `speaking`) leaves it in `after`, the same state
    /// at the new size (in the new language): on the row that stands for what the selected row stood for.
    private static func viewResized(_ before: AppState, to after: AppState) -> ViewState {
        var s = after
        if let anchor = RowAnchor(before) { s = anchor.reselect(in: s) }
        let shown = Layout.shown(s).content
        guard shown.grid == nil, shown.rows.indices.contains(s.view.selected) else { return s.view }
        s.view.jump(to: s.view.selected, visible: Layout(state: s, content: shown).tableRows)
        return s.view
    }

    /// Pushes a route; with a focus (an offset into a document's text) the new view starts on that line.
    static func open(_ target: Route, in state: AppState, focus: Int?) -> AppState {
        var s = state
        s.stack.append(target)
        let content = Layout.content(s)
        var view = s.views[target] ?? ViewState(firstSelectable: content)
        if let focus, let row = content.rows.lastIndex(where: { $0.textOffset.map { $0 <= focus } ?? false }) {
            view.selected = row
            view.offset = max(0, row - ViewState.jumpContext)
        }
        s.views[target] = view
        return s
    }
}

extension ViewState {
    /// A fresh view starts on the first row that is not a heading; on a heat map, on its strongest cell that
    /// opens something (not on the empty diagonal).
    init(firstSelectable content: ScreenContent) {
        self.init()
        selected = content.rows.firstIndex { $0.isSelectable } ?? 0
        if let grid = content.grid, grid.kind == .heat, let cell = grid.strongestCell {
            selected = cell.row
            column = cell.column
        }
    }
}

extension Dashboard {
    /// The stored-text range of the document line at `row` of a screen (to the next line's start), if it
    /// is a line of text.
    static func textRange(at row: Int, in content: ScreenContent) -> Range<Int>? {
        guard content.rows.indices.contains(row), let start = content.rows[row].textOffset else { return nil }
        let end = content.rows[(row + 1)...].lazy.compactMap(\.textOffset).first ?? start + 1
        return start..<max(end, start + 1)
    }
}
