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
                if rows[i].isSelectable && matches(rows[i], query) { hits.append(i) }
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

    /// The labels that hold `query`, by index.
    static func labelHits(_ labels: [String], _ query: String) -> [Int] {
        labels.indices.filter { holds(labels[$0], query) }
    }

    /// Moves the selection to the next (or previous) row that matches the view's search, wrapping around.
    /// `fromNext` starts after the current row (n / N); otherwise at it (a new search).
    static func jump(_ state: AppState, forward: Bool, fromNext: Bool) -> AppState {
        var s = state
        guard let query = s.view.search, !query.isEmpty else {
            s.message = Label.noSearchYetPressTo.text(in: s.language)
            return s
        }
        // The page built whole: one built in the background is waited for, its quotes searched, not its loading line.
        let content = Layout.wholeShown(s).content
        // A matrix or heat map has no list rows: its rows' labels are searched (湘 Hunan, S Funding).
        let hits = content.grid.map { labelHits($0.rowLabels, query) }
            ?? ScreenContext(state: s).screen.matches(of: query, in: content.rows)
        guard !hits.isEmpty else {
            s.message = (Label.notFound.text(in: s.language)) + query
            return s
        }
        let current = s.view.selected
        let next: Int
        if forward {
            next = hits.first { fromNext ? $0 > current : $0 >= current } ?? hits[0]
        } else {
            next = hits.last { $0 < current } ?? hits[hits.count - 1]
        }
        s.view.jump(to: next, visible: Layout(state: s, content: content).tableRows)
        let position = (hits.firstIndex(of: next) ?? 0) + 1
        s.message = (Label.matchPrefix.text(in: s.language)) + "\(position)/\(hits.count)" + Label.colon.text(in: s.language) + query
        return s
    }
}
