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
                c.rows.append(.init(cells: ["    … " + context.t("另有 \(found.count - Self.passagesPerDocument) 处", "\(found.count - Self.passagesPerDocument) more")], kind: .note))
            }
        }
        c.header = [.init(context.t("“\(query)”：\(documents) 份文件，正文中 \(hits) 处", "“\(query)”: \(documents) documents, \(hits) hits in their texts"), style: .bold),
                    .init(context.t("筛选：", "Filter: ") + context.describe(context.filter) + context.t("   Enter 打开文件中的该处；n/N 下一处/上一处", "   Enter opens the document at the hit; n/N next/previous"), style: .dim)]
        if c.rows.isEmpty { c.rows = [.init(cells: [context.t("（无）", "(none)")], kind: .note)] }
        return c
    }
}
