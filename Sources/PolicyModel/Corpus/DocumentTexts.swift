import Foundation

/// The texts of a corpus loaded without them (`CorpusLoader.load(deferTexts:)`), read one document at a time
/// when asked for: a dashboard on 10,000 documents holds the texts it shows, not 90 million characters.
/// The last few texts read are kept; every read is counted, so tests can see what was read.
public final class DocumentTexts: @unchecked Sendable {
    private let folder: URL
    /// File name by document id.
    private let files: [String: String]
    private let lock = NSLock()
    /// A document and the one it is compared with, a few evidence quotes.
    private var recent = RecentValues<String, String?>(capacity: 16)
    private var readIDs: [String] = []

    /// `files`: each document's file name in `folder`, by id (a URL is made only for a text that is read).
    public init(folder: URL, files: [String: String]) {
        self.folder = folder
        self.files = files
    }

    /// Asks for the files of `ids` to be read ahead, in order (`ReadAhead`), until stopped.
    public func readAhead(_ ids: [String]) -> ReadAhead {
        ReadAhead.start(ids.compactMap { id in files[id].map { folder.appendingPathComponent($0).path } })
    }

    /// The document's text from its file; nil when it has none or the file cannot be read now.
    public func text(of id: String) -> String? {
        read(id) { _ in true }
    }

    /// The document's text, unless its file's bytes show that the text cannot hold `query` (nil then, and for a
    /// document without text): a full-text search decodes only the files that may hold the words. A text holds
    /// the query's characters in its file as they stand when none of them is one that JSON escapes and the file
    /// has no `\u` escape (`literalBytes`: the query's characters that search compares as they are). Any other
    /// file is decoded and searched. At 10,000 documents a word found nowhere took 1.9 s, all of it decoding.
    public func text(of id: String, ifItMayHold query: String) -> String? {
        let needle = Self.literalBytes(of: query)
        return read(id) { data in needle.map { Self.mayHold(data, $0) } ?? true }
    }

    /// The text from the last few read, else from its file when `decoding` says the file's bytes are worth it
    /// (nil otherwise, and not counted as read).
    private func read(_ id: String, decoding: (Data) -> Bool) -> String? {
        lock.lock()
        if let hit = recent.value(id) {
            lock.unlock()
            return hit
        }
        lock.unlock()
        guard let name = files[id] else { return nil }
        let data = try? Data(contentsOf: folder.appendingPathComponent(name))
        if let data, !decoding(data) { return nil }
        let text = data.flatMap(Self.text(in:))
        lock.lock()
        readIDs.append(id)
        recent.insert(text, for: id)
        lock.unlock()
        return text
    }

    /// A document file's text: read straight from the bytes when `JSONStringMember` is sure of it (a word in
    /// every one of 50,000 texts took 12 s to search, most of it in the decoder), else decoded.
    static func text(in data: Data) -> String? {
        if let text = data.withUnsafeBytes({ JSONStringMember.value(of: "text", in: $0) }) { return text }
        struct TextOnly: Decodable { let text: String? }
        return try? JSONDecoder().decode(TextOnly.self, from: data).text
    }

    /// The bytes a file that holds the query in its text must hold: the UTF-8 of the query's longest run of
    /// characters that search compares as they are (`TextSearch.hasWidthVariant`: not ASCII, whose full-width forms
    /// match it, nor those forms), or nil when it has none (every file is decoded). JSON escapes none of them.
    static func literalBytes(of query: String) -> [UInt8]? {
        var best: [UInt8] = [], run: [UInt8] = []
        for scalar in query.unicodeScalars {
            if TextSearch.hasWidthVariant(scalar) {
                run = []
            } else {
                run += Array(String(scalar).utf8)
                if run.count > best.count { best = run }
            }
        }
        return best.isEmpty ? nil : best
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// False only when the file certainly does not hold `needle` in its text: no `\u` escape and no occurrence.
    static func mayHold(_ data: Data, _ needle: [UInt8]) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count, m = needle.count
            guard m <= n else { return false }
            let first = needle[0]
            var i = 0
            while i < n {
                let b = Self.folded(bytes[i])
                // A \u escape: the file spells some characters otherwise; decode it.
                if b == UInt8(ascii: "\\"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "u") { return true }
                if b == first, i + m <= n {
                    var j = 1
                    while j < m, Self.folded(bytes[i + j]) == needle[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// The ids of the texts read from disk so far, in order (a document read twice appears twice).
    public var reads: [String] {
        lock.lock()
        defer { lock.unlock() }
        return readIDs
    }
}
