import Foundation

/// A fingerprint of everything an analysis depends on: the analysed documents (ids, metadata, texts)
/// and the parameters. A stored analysis is reused only while its fingerprint matches.
public struct AnalysisInputs: Sendable, Hashable, Codable {
    public var documents: Int
    public var characters: Int
    /// FNV-1a 64 of the inputs, as 16 hex digits.
    public var fingerprint: String

    /// Raised whenever the analysis code changes what it reports, so that stored results are recomputed.
    public static let algorithmVersion = 2

    public init(documents: [AnalysisDocument], parameters: AnalysisParameters) {
        var hash = FNV1a64()
        hash.add("ipap-analysis-\(Self.algorithmVersion)")
        for d in documents.sorted(by: { $0.id < $1.id }) {
            for field in [d.id, d.level.rawValue, d.regionCode ?? "", d.issuerIds.joined(separator: ","), d.date ?? ""] {
                hash.add(field)
                hash.add(separator: 0x1F)
            }
            hash.add(d.text)
            hash.add(separator: 0x1E)
        }
        // Parameters as sorted-key JSON: a dictionary's description changes order from run to run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        hash.add((try? encoder.encode(parameters)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        self.documents = documents.count
        characters = documents.reduce(0) { $0 + $1.text.unicodeScalars.count }
        fingerprint = hash.hex
    }
}

/// The 64-bit Fowler-Noll-Vo hash: not cryptographic, only a change detector, and fast on megabytes.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        // Over the contiguous UTF-8 buffer: megabytes of text, so no per-byte iterator overhead.
        text.withUTF8 { bytes in
            var v = value
            for byte in bytes { v = (v ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            value = v
        }
    }

    mutating func add(separator: UInt8) {
        value = (value ^ UInt64(separator)) &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
