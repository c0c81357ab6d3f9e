import Foundation
import PolicyModel

/// Raw pages as they came from the server, under `<corpus>/fetch/pages/`: the body, and beside it what a
/// later request needs to ask only for a change (ETag, Last-Modified) and when it was fetched. Each entry is
/// written atomically, body first, so a run killed at any point leaves whole entries only, and the next run
/// resumes from them.
struct PageCache: Sendable {
    let directory: URL

    struct Entry: Codable, Sendable, Equatable {
        /// The address asked for (the record's URL).
        var url: String
        /// The address the body came from, after redirects.
        var finalURL: String
        var etag: String?
        var lastModified: String?
        var contentType: String?
        /// When the body was last confirmed (fetched, or answered 304), ISO 8601 UTC.
        var fetchedAt: String
        /// The file beside this entry holding the body.
        var body: String
    }

    init(corpus: URL) {
        directory = corpus.appendingPathComponent("fetch/pages")
    }

    /// A file name for a URL: FNV-1a 64 of its bytes (the entry keeps the URL itself, and is checked on read).
    static func key(_ url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func entry(for url: String) -> (entry: Entry, body: Data)? {
        let key = Self.key(url)
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(key + ".json").path),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.url == url,
              let body = FileManager.default.contents(atPath: directory.appendingPathComponent(entry.body).path) else { return nil }
        return (entry, body)
    }

    func store(_ entry: Entry, body: Data?) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if let body { try AtomicFile.write(body, to: directory.appendingPathComponent(entry.body)) }
        try AtomicFile.write(try ImportWriter.encode(entry), to: directory.appendingPathComponent(Self.key(entry.url) + ".json"))
    }

    static func bodyName(_ url: String) -> String { key(url) + ".body" }
}
