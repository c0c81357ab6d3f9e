import PolicyAnalysis
import PolicyModel
import TerminalUI

/// `/` in the Documents tab: the documents (under the current filter) whose text or title holds the words,
/// each with the passages around its hits; Enter opens the document at the hit. The texts are searched in
/// the background (`TextSearchJob`): until the results are in, the screen says so.
struct TextSearchScreen: Screen {
    let context: ScreenContext
    let query: String

    func content() -> ScreenContent {
        var c = ScreenContent()
        guard let results = context.textSearch else {
            c.header = [.init(context[.textSearchRunning(query: query)], style: .bold)]
            c.rows = [.init(cells: ["…"], kind: .note)]
            return c
        }
        c.columns = context.documentColumns()
        var hits = 0, quoted = 0
        for found in results.found {
            hits += found.count
            quoted += found.excerpts.count
            c.rows.append(context.documentRow(found.document))
            for excerpt in found.excerpts {
                // The hit with some text on either side, opening the document at the hit itself.
                var row = context.quoteRow(excerpt: excerpt.text, span: excerpt.span, document: found.document.id, lead: excerpt.lead)
                row.focus = excerpt.hit
                c.rows.append(row)
            }
            if found.excerpts.isEmpty, found.count > 0 {
                c.rows.append(.init(cells: ["    … " + context[.hitsNotQuoted(found.count)]], kind: .note))
            } else if found.count > found.excerpts.count {
                c.rows.append(.init(cells: ["    … " + context[.moreHits(found.count - found.excerpts.count)]], kind: .note))
            }
        }
        c.header = [.init(context[.textSearchSummary(query: query, documents: results.found.count, hits: hits, quoted: quoted,
                                                     textsSearched: results.searched - results.withoutText,
                                                     withoutText: results.withoutText)], style: .bold)]
        if !results.isComplete {
            c.header.append(.init(context[.textSearchStopped(searched: results.searched, total: results.total)], style: .bold))
        }
        if results.quotesCapped {
            c.header.append(.init(context[.textSearchQuotesCapped(TextSearchResults.excerptsInAll)], style: .dim))
        }
        c.header.append(.init(context[.filterPrefix] + context.describe(context.filter) + context[.enterOpensTheDocumentAt], style: .dim))
        if c.rows.isEmpty { c.rows = [.init(cells: [context[.noneRow]], kind: .note)] }
        return c
    }

    /// For the search's own words, `n` / `N` visit the hits the header counts, the quotes (the only rows here
    /// with a place in the text to open at): not a document row whose title, place or number holds the words.
    func matches(of query: String, in rows: [ScreenContent.Row]) -> [Int] {
        guard query == self.query else { return Search.hitRows(rows, query) }
        return rows.indices.filter { rows[$0].focus != nil }
    }

    /// `n` / `N` before the results are in would say "not found": the search is still running.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        guard action == .nextMatch || action == .previousMatch, context.textSearch == nil else { return nil }
        var s = state
        s.message = Label.textSearchStillRunning.text(in: s.language)
        return s
    }
}
