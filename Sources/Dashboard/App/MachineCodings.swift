import Foundation
import PolicyAnalysis
import PolicyModel

/// The machine coding of documents' texts, kept for the session's last `capacity` documents. Clause coding is
/// not stored with the analysis (it is the bulk of it), so each page that quotes clauses codes its documents again:
/// a tool's cell of 300 quoted clauses coded about 200 documents, a fifth of a second at 10,000 documents, and the
/// next cell of the same row most of the same documents. Keyed by the text's bytes as well as the id: a document
/// imported anew is coded anew. Overrides are applied after (`ReviewedCoding.clauses`), so the analysts' entries
/// never stale it.
final class MachineCodings: @unchecked Sendable {
    struct Key: Hashable {
        let document: String
        /// The text's UTF-8 length and a hash of its bytes: a String key hashed the text Unicode-normalised, a third
        /// of a tool cell's time.
        let bytes: Int
        let digest: Int

        init(document: String, text: String) {
            self.document = document
            var text = text
            var hasher = Hasher()
            bytes = text.withUTF8 { utf8 in
                hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
                return utf8.count
            }
            digest = hasher.finalize()
        }
    }

    private let cache = BuildCache<Key, [ClauseCoding]>(capacity: 600)
    private let lock = NSLock()
    /// One coder for the session (its keyword tables take as long to build as a document takes to code).
    private var coder: ReviewedCoding?

    /// How many codings were made (not taken from the cache): what tests observe.
    var made: Int { cache.builds }

    func coding(of document: String, text: String, taxonomy: Taxonomy) -> [ClauseCoding] {
        cache.value(for: Key(document: document, text: text)) { machine(taxonomy).machineCoding(text: text) }
    }

    private func machine(_ taxonomy: Taxonomy) -> ReviewedCoding {
        lock.lock()
        defer { lock.unlock() }
        if let coder { return coder }
        let made = ReviewedCoding(scheme: CodingScheme(taxonomy: taxonomy), overrides: [:])
        coder = made
        return made
    }
}
