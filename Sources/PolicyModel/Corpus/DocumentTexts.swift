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

    /// The document's text from its file; nil when it has none or the file cannot be read now.
    public func text(of id: String) -> String? {
        lock.lock()
        if let hit = recent.value(id) {
            lock.unlock()
            return hit
        }
        lock.unlock()
        guard let name = files[id] else { return nil }
        let url = folder.appendingPathComponent(name)
        struct TextOnly: Decodable { let text: String? }
        let text = (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(TextOnly.self, from: $0) }?.text
        lock.lock()
        readIDs.append(id)
        recent.insert(text, for: id)
        lock.unlock()
        return text
    }

    /// The ids of the texts read from disk so far, in order (a document read twice appears twice).
    public var reads: [String] {
        lock.lock()
        defer { lock.unlock() }
        return readIDs
    }
}
