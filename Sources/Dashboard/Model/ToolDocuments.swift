import PolicyAnalysis
import PolicyModel

/// Each policy tool's documents with their clauses of it (`toolAreaCounts`: by action area, and every clause), in the
/// corpus's order: a Tools cell's page lists its documents from here. Found by one pass over the corpus, made with the
/// Tools matrix (which counts from it) and kept per data and scope (`AppState.toolDocuments`): the pass took most of
/// the 15 ms Enter on a cell spent before its page's header was shown, at 10,000 documents.
struct ToolDocuments: Sendable {
    struct Entry: Sendable {
        /// The document's place in the corpus's documents (the scope's) it was found from.
        let position: Int
        /// The document's clauses of the tool by `toolAreaCounts` key (an area's id, `ToolAreaCounts.allClauses`).
        let clauses: [String: Int]
    }

    /// The analysed documents that have clauses of a tool, by the tool's id.
    let byTool: [String: [Entry]]

    init(corpus: Corpus, analysis: AnalysisView) {
        var byTool: [String: [Entry]] = [:]
        for (position, d) in corpus.documents.enumerated() {
            guard let i = analysis.indicators(d.id) else { continue }
            for (tool, clauses) in i.toolAreaCounts { byTool[tool, default: []].append(Entry(position: position, clauses: clauses)) }
        }
        self.byTool = byTool
    }

    /// What the index is kept under: the data (`AppState.revision`) and the scope the corpus is taken in.
    struct Key: Hashable, Sendable {
        let dataRevision: Int
        let scope: CorpusScope
    }
}
