import PolicyAnalysis
import PolicyModel
import TerminalUI

/// `/` in the Documents tab: the documents (under the current filter) whose text or title holds the words,
/// each with the passages around its hits; Enter opens the document at the hit.
struct TextSearchScreen: Screen {
    let context: ScreenContext
    let query: String
    /// Hits listed per document; the header counts them all.
    static let passagesPerDocument = 20

    func content() -> ScreenContent {
        var c = ScreenContent()
        c.columns = context.documentColumns()
        let shown = context.filter.apply(to: context.corpus.documents)
        let found = searched(shown)
        var documents = 0, hits = 0
        for (d, hit) in zip(shown, found) {
            guard let hit else { continue }
            documents += 1
            hits += hit.count
            c.rows.append(context.documentRow(d))
            c.rows += hit.quotes
            if hit.count > Self.passagesPerDocument {
                c.rows.append(.init(cells: ["    … " + context[.moreHits(hit.count - Self.passagesPerDocument)]], kind: .note))
            }
        }
        c.header = [.init(context[.textSearchSummary(query: query, documents: documents, hits: hits)], style: .bold),
                    .init(context[.filterPrefix] + context.describe(context.filter) + context[.enterOpensTheDocumentAt], style: .dim)]
        if c.rows.isEmpty { c.rows = [.init(cells: [context[.noneRow]], kind: .note)] }
        return c
    }

    /// A document's hits: how many, and a row quoting each of the first `passagesPerDocument`.
    struct Hit: Sendable {
        var count: Int
        var quotes: [ScreenContent.Row]
    }

    /// Each document's hits (nil: neither its text nor its title holds the query), on every core: each text is
    /// read from its file in turn (the dashboard holds none), searched, and let go; on one core 50,000
    /// documents took 25 s.
    private func searched(_ documents: [PolicyDocument]) -> [Hit?] {
        let length = TextSearch.length(of: query)
        let lowered = query.lowercased()
        return ParallelSlots<Hit?>.map(documents.count) { [context, query] i in
            let d = documents[i]
            let text = context.corpus.text(of: d)
            let found = text.map { TextSearch.offsets(of: query, in: $0) } ?? []
            guard !found.isEmpty || d.title.lowercased().contains(lowered) else { return nil }
            let quotes: [ScreenContent.Row] = text.map { text in
                let scalars = Array(text.unicodeScalars)
                return found.prefix(Self.passagesPerDocument).map { start -> ScreenContent.Row in
                    // The hit with some text on either side, opening the document at the hit itself.
                    var row = context.quoteRow(scalars, span: TextSpan(max(0, start - 12), start + length + 24), document: d.id)
                    row.focus = start
                    return row
                }
            } ?? []
            return Hit(count: found.count, quotes: quotes)
        }
    }
}
