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
        let length = TextSearch.length(of: query)
        var documents = 0, hits = 0
        // Each text is read from its file in turn (the dashboard holds none), searched, and let go.
        for d in context.filter.apply(to: context.corpus.documents) {
            let text = context.corpus.text(of: d)
            let found = text.map { TextSearch.offsets(of: query, in: $0) } ?? []
            let inTitle = d.title.lowercased().contains(query.lowercased())
            guard !found.isEmpty || inTitle else { continue }
            documents += 1
            hits += found.count
            c.rows.append(context.documentRow(d))
            guard let text else { continue }
            for start in found.prefix(Self.passagesPerDocument) {
                // The hit with some text on either side, opening the document at the hit itself.
                var row = context.quoteRow(text, span: TextSpan(max(0, start - 12), start + length + 24), document: d.id)
                row.focus = start
                c.rows.append(row)
            }
            if found.count > Self.passagesPerDocument {
                c.rows.append(.init(cells: ["    … " + context[.moreHits(found.count - Self.passagesPerDocument)]], kind: .note))
            }
        }
        c.header = [.init(context[.textSearchSummary(query: query, documents: documents, hits: hits)], style: .bold),
                    .init(context[.filterPrefix] + context.describe(context.filter) + context[.enterOpensTheDocumentAt], style: .dim)]
        if c.rows.isEmpty { c.rows = [.init(cells: [context[.noneRow]], kind: .note)] }
        return c
    }
}
