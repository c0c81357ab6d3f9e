import Foundation
import PolicyModel

/// A fingerprint of everything an analysis depends on: the analysed documents (ids, metadata, texts)
/// and the parameters. A stored analysis is reused only while its fingerprint matches.
public struct AnalysisInputs: Sendable, Hashable, Codable {
    public var documents: Int
    public var characters: Int
    /// A 64-bit hash of the inputs (`InputHash`), as 16 hex digits.
    public var fingerprint: String

    /// Raised whenever the analysis code changes what it reports, so that stored results are recomputed.
    public static let algorithmVersion = 68

    public init(documents: [AnalysisDocument], parameters: AnalysisParameters) {
        self.init(texts: AnalysisTexts(documents), parameters: parameters)
    }

    /// The same for texts held apart (left in place).
    public init(texts: AnalysisTexts, parameters: AnalysisParameters) {
        // Each document is hashed on its own (in parallel: megabytes of text), then the documents' hashes
        // in id order, then the parameters.
        let sorted = texts.documents
        let perDocument = ParallelSlots<(hash: UInt64, scalars: Int)>.map(sorted.count) { i in
            let d = sorted[i]
            var hash = InputHash()
            for field in [d.id, d.level.rawValue, d.regionCode ?? "", d.issuerIds.joined(separator: ","), d.date ?? ""] {
                hash.add(field)
            }
            let scalars = hash.add(texts.text(at: i))
            return (hash.value, scalars)
        }
        var hash = InputHash()
        hash.add("ipap-analysis-\(Self.algorithmVersion)")
        for d in perDocument { hash.add(word: d.hash) }
        // Parameters as sorted-key JSON: a dictionary's description changes order from run to run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        hash.add((try? encoder.encode(parameters)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        self.documents = sorted.count
        characters = perDocument.reduce(0) { $0 + $1.scalars }
        fingerprint = hash.hex
    }
}

extension AnalysisInputs {
    /// A quick stand-in for the fingerprint that reads no text: the algorithm version and each document file's
    /// name, size, modification time and inode. A stored analysis whose stamp and parameters match was
    /// computed from these very files; when the stamp differs (a copied corpus, a touched file), the
    /// fingerprint decides. Nil when the documents folder cannot be listed.
    public static func filesStamp(corpusDirectory: URL) -> String? {
        FilesStamp.of(ImportJournal.view(of: corpusDirectory).documents, salt: "ipap-analysis-\(algorithmVersion)", detail: .documentFiles)
    }
}
