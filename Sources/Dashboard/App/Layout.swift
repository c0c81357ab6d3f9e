import PolicyAnalysis
import PolicyModel
import TerminalUI

/// Where each part of the screen goes at the current size; shared by update (page size) and render.
struct Layout {
    static let minimumSize = Size(width: 40, height: 10)

    let tabs: Rect
    let header: Rect
    let chart: Rect
    /// The chart collapses to one sparkline row when there is no room for a bar per value.
    let compactChart: Bool
    let table: Rect
    /// The footer's lines under the table (`ScreenContent.footer`); empty where a side panel takes them.
    let footer: Rect
    let status: Rect
    let prompt: Rect?
    /// Whether the table's first row is its column titles.
    let titled: Bool

    init(state: AppState, content: ScreenContent) {
        titled = content.showsColumnTitles
        let full = Rect(size: state.size)
        var rest = full
        (tabs, rest) = rest.splitTop(1)
        if state.prompt != nil {
            let (above, bottom) = rest.splitBottom(1)
            prompt = bottom
            rest = above
        } else {
            prompt = nil
        }
        (rest, status) = rest.splitBottom(max(1, Layout.messageRows(state).count))
        let headerRows = min(Layout.headerLines(content, width: full.width).count, Layout.headerRoom(rest.height))
        (header, rest) = rest.splitTop(headerRows)
        if let chart = content.chart, !chart.bars.isEmpty {
            let full = chart.bars.count + 1
            if rest.height - full >= max(10, rest.height / 2) {
                compactChart = false
                (self.chart, rest) = rest.splitTop(full)
            } else if rest.height > 6 {
                compactChart = true
                (self.chart, rest) = rest.splitTop(1)
            } else {
                compactChart = true
                (self.chart, rest) = rest.splitTop(0)
            }
        } else {
            compactChart = false
            (chart, rest) = rest.splitTop(0)
        }
        let footerRows = content.panel.isEmpty ? min(Layout.headerLines(content.footer, width: full.width).count, Layout.headerRoom(rest.height)) : 0
        (table, footer) = rest.splitBottom(footerRows)
    }

    /// What a key just said (a prompt's refusal, else the message), wrapped to the status line's width after its
    /// leading column: a message too long to read beside the place takes the status line whole while it is
    /// shown, and the rows above it where one row is not enough (at 80 columns an export's path was cut in its
    /// middle); the place, the position and the keys come back with the next key. At most three rows (two on a
    /// short screen), the last cut at its start so that the end, a file's path, stays. Empty: no message.
    static func messageRows(_ state: AppState) -> [String] {
        guard let message = (state.prompt?.refusal ?? state.message).map(Sanitizer.sanitize), !message.isEmpty else { return [] }
        let width = max(1, state.size.width - 1), most = state.size.height >= 20 ? 3 : 2
        let rows = TextView.wrap(message, width: width).map(\.text)
        guard rows.count > most else { return rows }
        let rest = rows[(most - 1)...].joined(separator: " ")
        return rows.prefix(most - 1) + [endOfWholeWords(rest, width: width)]
    }

    /// The end of `text` in `width` columns, cut at its start before a word ('… policy-reviews-findings.csv'): cut
    /// anywhere, the first file's name read '…ws-disagreements.csv'. A last word wider than the row alone is cut at
    /// its start.
    static func endOfWholeWords(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var start = text.startIndex
        while let space = text[start...].firstIndex(of: " ") {
            start = text.index(after: space)
            let end = "… " + text[start...]
            if DisplayWidth.of(end) <= width { return end }
        }
        return DisplayWidth.truncateHead(text, to: width)
    }

    /// The rows the header may take of the `rows` between the tab row and the status line (and a prompt's): a third.
    static func headerRoom(_ rows: Int) -> Int { max(0, rows / 3) }

    /// Header lines wrapped to the width, so that a long title or note is read, not cut.
    static func headerLines(_ content: ScreenContent, width: Int) -> [ScreenContent.Line] {
        headerLines(content.header, width: width)
    }

    /// The header's (or the footer's) lines drawn in `rows`: when not all fit (the header takes a third of the
    /// screen), the last one drawn ends in "…", so that a cut header says so (the 创业创新 page at 80x24 ended in
    /// '…创新创业、创', its keywords cut mid-word, nothing to say that more followed).
    static func shownLines(_ content: [ScreenContent.Line], width: Int, rows: Int) -> [ScreenContent.Line] {
        let lines = headerLines(content, width: width)
        guard lines.count > rows, rows > 0 else { return Array(lines.prefix(rows)) }
        var shown = Array(lines.prefix(rows))
        shown[rows - 1].text = markedCut(shown[rows - 1].text, room: max(10, width - 2))
        return shown
    }

    /// A cut header's last line ending in "…", never glued to nor inside a number: the 益民服务 page at 80x24 ended
    /// in '未知的省份（…） 19…', which read as a count cut short (190?), not as the header going on; now '19 …'.
    static func markedCut(_ line: String, room: Int) -> String {
        let marked = line + (line.last.map(DisplayWidth.isDigit) == true ? " …" : "…")
        if DisplayWidth.of(marked) <= room { return marked }
        // Cut shorter: the one cut, which goes before a number it would end in.
        return DisplayWidth.truncate(line + "…", to: room)
    }

    /// Each line through the one sanitiser before it is wrapped: a header line is one line, and a line break in a
    /// document's title (or number, issuer text) broke it over two rows where the list shows it as ␊.
    static func headerLines(_ lines: [ScreenContent.Line], width: Int) -> [ScreenContent.Line] {
        lines.flatMap { line in
            let width = max(10, width - 2), text = Sanitizer.sanitize(line.text)
            let rows = line.keepsItemsWhole ? packItems(text, width: width) : TextView.wrap(text, width: width).map(\.text)
            return rows.map { ScreenContent.Line($0, style: line.style) }
        }
    }

    /// Items separated by two spaces, as many to a row as fit; an item wider than a row wraps on its own.
    static func packItems(_ text: String, width: Int) -> [String] {
        packItems(text.components(separatedBy: "  "), width: width)
    }

    /// `items` two spaces apart on rows of at most `width` columns, each row after `indent`: an item is never split
    /// across rows (the header's wrapping breaks at any space or CJK character) unless it is wider than a row alone.
    static func packItems(_ items: [String], indent: String = "", width: Int) -> [String] {
        var rows: [String] = []
        var row = ""
        for item in items {
            let joined = row.isEmpty ? indent + item : row + "  " + item
            if DisplayWidth.of(joined) <= width {
                row = joined
                continue
            }
            if !row.isEmpty { rows.append(row) }
            let parts = TextView.wrap(indent + item, width: width).map(\.text)
            rows += parts.dropLast()
            row = parts.last ?? ""
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// Body rows of the table (its header row excluded).
    var tableRows: Int { max(0, table.height - (titled ? 1 : 0)) }

    /// Whether the table gives its last column to the review marks (`Render.renderTable`): when anything is
    /// reviewed and the table is wider than 20 columns. Text wrapped to the table leaves that column free.
    static func hasMarkColumn(anythingReviewed: Bool, width: Int) -> Bool { anythingReviewed && width > 20 }

    /// The table's columns on a screen `width` wide: all but a side panel's where the screen has one beside its rows.
    static func tableWidth(screen width: Int, besidePanel: Bool, panelWidth: Int = Layout.panelWidth) -> Int {
        besidePanel ? max(0, width - panelWidth) : width
    }

    /// The columns a table `width` wide draws its rows in: all but the review marks' column when anything is
    /// reviewed. The one width that screens wrap their text to (`ScreenContext.rowWidth`) and that the table is drawn
    /// in (`Render`): with one tag in the corpus, text wrapped to the screen's width lost the last character of
    /// every full line under the marks' column, shown as '…'.
    static func rowWidth(table width: Int, anythingReviewed: Bool) -> Int {
        hasMarkColumn(anythingReviewed: anythingReviewed, width: width) ? width - markColumnWidth : width
    }

    /// A compare view's left pane in rows `width` wide: a blank, the pane, a blank, a bar, a blank, the right pane
    /// (the rest, as wide or one wider).
    static func paneWidth(rows width: Int) -> Int { max(1, (width - 3) / 2) }

    /// The review mark's column: a blank, then ✎, so that the mark never reads as part of a value ('69%✎').
    static let markColumnWidth = 2

    /// Below this width a side panel becomes rows at the top of the list.
    static let panelMinimumWidth = 120
    static let panelWidth = 44

    /// A side panel of `lines` on a screen `width` wide: 44 columns, and on a wider screen than 120 as wide as its
    /// longest line needs, up to 44 plus 9/20 of the columns past 120 (80 at 200). At 200x60 a document's panel
    /// kept 44 while its text had 150: 目标导向 扩散导向（任务型条款 0，扩散型条款 20）wrapped.
    static func panelWidth(screen width: Int, lines: [ScreenContent.Line]) -> Int {
        let most = min(80, panelWidth + max(0, width - panelMinimumWidth) * 9 / 20)
        // `Render.renderPanel`: a border and a blank before each line.
        let needed = (lines.map { DisplayWidth.of($0.text) }.max() ?? 0) + 2
        return max(panelWidth, min(most, needed))
    }

    /// The content of the current route; rebuilt from the state, never stored in it. A screen slow to build
    /// (`BuildsInBackground`) is built on another thread where the edge does so (`AppState.buildsPagesInBackground`):
    /// until it is there, its loading content, and the edge draws the page again when it is (`Message.pageBuilt`).
    static func content(_ state: AppState) -> ScreenContent {
        let builder = ScreenContext(state: state)
        if state.buildsPagesInBackground, let slow = builder.screen as? any BuildsInBackground {
            if let built = state.cache.built(builder.inputs) { return built }
            // Made once per page (a key reads the content several times): it walks every document's counts.
            let loading = state.loadingCache.value(for: builder.inputs) { () -> ScreenContent? in
                guard var loading = slow.loadingContent() else { return nil }
                loading.fitColumnsToCells()
                loading.isLoading = true
                return loading
            }
            if let loading {
                state.cache.buildInBackground(builder.inputs) { builtContent(state, builder) }
                return loading
            }
        }
        return wholeContent(state)
    }

    /// The content of the current route built whole, waited for where it is being built in the background: what a
    /// view's export writes and `/` searches (the whole list, not a loading line).
    static func wholeContent(_ state: AppState) -> ScreenContent {
        let builder = ScreenContext(state: state)
        return state.cache.value(for: builder.inputs) { builtContent(state, builder) }
    }

    /// Whether the current route's page is being built in the background (it shows its loading content meanwhile).
    static func isLoading(_ state: AppState) -> Bool {
        guard state.buildsPagesInBackground else { return false }
        let inputs = ScreenInputs(state)
        return state.cache.isBuilding(inputs) && state.cache.built(inputs) == nil
    }

    /// The content of the current route as shown: filtered and sorted by the view, worked out once per
    /// content and view settings (a keystroke that only moves the cursor takes it from the cache; a loading
    /// content is asked for again, to be replaced when the page is built).
    static func shown(_ state: AppState) -> ShownContent {
        var key = ShownContentKey(state)
        // Rows of a content built whole are the only ones kept under a key that is not loading's.
        if let hit = state.shownCache.built(key) { return hit }
        let content = content(state)
        key.loading = content.isLoading
        return state.shownCache.value(for: key) { ShownContent(content, view: state.view) }
    }

    /// The same of the content built whole (`wholeContent`).
    static func wholeShown(_ state: AppState) -> ShownContent {
        state.shownCache.value(for: ShownContentKey(state)) { ShownContent(wholeContent(state), view: state.view) }
    }

    private static func builtContent(_ state: AppState, _ builder: ScreenContext) -> ScreenContent {
        let clock = PhaseClock()
        defer { clock.lap("\(state.route) built\(state.analysis == nil ? "" : " with the analysis")") }
        return build(builder)
    }

    private static func build(_ builder: ScreenContext) -> ScreenContent {
        var content = builder.screen.content()
        content.fitColumnsToCells()
        if !content.panel.isEmpty, builder.width < panelMinimumWidth {
            // Each line wrapped to the rows' width, as the panel wraps it: one row each was cut at 60 columns
            // ('Goal orientation diffusion-oriented (mission clauses 0,…)').
            let rows = content.panel.flatMap { line in
                builder.textRows(line.text, indent: "  ", target: line.target).map { row -> ScreenContent.Row in
                    var row = row
                    row.spans = [.init(range: 0..<(row.cells.first ?? "").count, style: line.style)]
                    row.rates = line.rates
                    return row
                }
            }
            content.rows = rows + content.rows
            content.panel = []
        }
        return content
    }
}
