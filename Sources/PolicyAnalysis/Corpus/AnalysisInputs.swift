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
    public static let algorithmVersion = 5

    public init(documents: [AnalysisDocument], parameters: AnalysisParameters) {
        // Each document is hashed on its own (in parallel: megabytes of text), then the documents' hashes
        // in id order, then the parameters.
        let sorted = documents.sorted(by: { $0.id < $1.id })
        let perDocument = ParallelSlots<(hash: UInt64, scalars: Int)>.map(sorted.count) { i in
            let d = sorted[i]
            var hash = InputHash()
            for field in [d.id, d.level.rawValue, d.regionCode ?? "", d.issuerIds.joined(separator: ","), d.date ?? ""] {
                hash.add(field)
            }
            let scalars = hash.add(d.text)
            return (hash.value, scalars)
        }
        var hash = InputHash()
        hash.add("ipap-analysis-\(Self.algorithmVersion)")
        for d in perDocument { hash.add(word: d.hash) }
        // Parameters as sorted-key JSON: a dictionary's description changes order from run to run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        hash.add((try? encoder.encode(parameters)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        self.documents = documents.count
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
        let documents = ImportJournal.view(of: corpusDirectory).documents
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: documents.path) else { return nil }
        var hash = InputHash()
        hash.add("ipap-analysis-\(algorithmVersion)")
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            var info = stat()
            guard stat(documents.appendingPathComponent(name).path, &info) == 0 else { return nil }
            hash.add(name)
            for word in [info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec, Int(bitPattern: UInt(info.st_ino))] {
                hash.add(word: UInt64(bitPattern: Int64(word)))
            }
        }
        return hash.hex
    }
}

/// A 64-bit change detector over UTF-8 text, eight bytes per step (not cryptographic: it only has to
/// notice edits, and fast on megabytes). Each string is closed by its length, so field boundaries count.
struct InputHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(word: UInt64) {
        var v = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        v ^= v >> 29
        value = v
    }

    /// Adds the text; returns its count of Unicode scalars (bytes that do not continue a sequence).
    @discardableResult
    mutating func add(_ text: String) -> Int {
        var text = text
        var scalars = 0
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i + 8 <= bytes.count {
                add(word: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            for j in i..<bytes.count { tail |= UInt64(bytes[j]) << (8 * UInt64(j - i)) }
            add(word: tail)
            for b in bytes where b & 0xC0 != 0x80 { scalars += 1 }
        }
        add(word: UInt64(text.utf8.count))
        return scalars
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
