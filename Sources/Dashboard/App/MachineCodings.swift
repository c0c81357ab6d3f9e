import PolicyAnalysis
import PolicyModel

/// The machine coding of documents' texts, kept for the session's last `capacity` documents. Clause coding is
/// not stored with the analysis (it is the bulk of it), so each page that quotes clauses codes its documents again:
/// a tool's cell of 300 quoted clauses coded about 200 documents, a fifth of a second at 10,000 documents, and the
/// next cell of the same row most of the same documents. Keyed by the text as well as the id: a document imported
/// anew is coded anew. Overrides are applied after (`ReviewedCoding.clauses`), so the analysts' entries never stale it.
final class MachineCodings: @unchecked Sendable {
    struct Key: Hashable {
        let document: String
        let text: String
    }

    private let cache = BuildCache<Key, [ClauseCoding]>(capacity: 600)

    /// How many codings were made (not taken from the cache): what tests observe.
    var made: Int { cache.builds }

    func coding(of document: String, text: String, taxonomy: Taxonomy) -> [ClauseCoding] {
        cache.value(for: Key(document: document, text: text)) { ReviewedCoding.machineCoding(text: text, taxonomy: taxonomy) }
    }
}
