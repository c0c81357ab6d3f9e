import Foundation
import SafeText

/// The documents' metadata (texts left out) and the problems their files have, in one file of the corpus
/// directory, `metadata-index.jsonl`: a dashboard on 10,000 documents reads it at start instead of every
/// document file. It is a cache and never the record: it is used only while its key matches the corpus as it
/// is now (the documents folder's stamp, the taxonomy, how the corpus is named in messages), and otherwise the
/// files are read as before. Written whole to a temporary file and renamed (`AtomicFile`).
///
///     line 1     {"schema":1,"key":{...},"count":N,"problems":[...]}
///     lines 2... {"name":"<file name>","text":true|false,"document":{<the document file without its text>}}
public struct MetadataIndex: Sendable, Equatable {
    public static let fileName = "metadata-index.jsonl"
    // 2: problems in both languages; 3: control characters in metadata are problems (an index of 2 lacks them);
    // 4: repeated members refuse a document file and unknown ones are problems (an index of 3 lacks them);
    // 5: each control character of a metadata value is a problem at its own column (an index of 4 holds the first)
    static let schema = 5

    /// What the cached values depend on; a different key means the index is stale.
    public struct Key: Codable, Sendable, Hashable {
        /// `FilesStamp` (every entry) of the documents folder that was read.
        public var files: String
        /// The documents folder read (`ImportJournal.view`): read failures name it.
        public var folder: String
        /// A hash of the taxonomy files' bytes: the checks of unknown issuers, areas and regions use it.
        public var taxonomy: String
        /// The corpus as named in messages (`displayPath`): problems and their messages carry it.
        public var displayRoot: String
    }

    /// A document file that decoded, in file-name order.
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// The metadata; `text` is nil and `textDeferred` says whether the file has a text.
        public var document: PolicyDocument
    }

    public var key: Key
    public var entries: [Entry]
    /// The problems of the document files: unreadable or invalid files, and the checks across documents
    /// (`DocumentChecks`), located. Not those of corpus.json, the taxonomy or findings.json, read every time.
    public var problems: [Problem]

    public static func url(corpus: URL) -> URL { corpus.appendingPathComponent(fileName) }

    /// The index of `corpus` when it was written for `key`; nil when it is missing, stale, or unreadable in
    /// any part (then the files are read).
    public static func read(corpus: URL, key: Key) -> MetadataIndex? {
        guard let data = try? Data(contentsOf: url(corpus: corpus)) else { return nil }
        let lines = data.withUnsafeBytes { raw -> [Range<Int>] in
            var ranges: [Range<Int>] = []
            var start = 0
            for (i, byte) in raw.enumerated() where byte == 0x0A {
                ranges.append(start..<i)
                start = i + 1
            }
            return ranges
        }
        guard let first = lines.first,
              let header = try? JSONDecoder().decode(Header.self, from: data.subdata(in: first)),
              header.schema == schema, header.key == key, header.count == lines.count - 1 else { return nil }
        // In a few slices decoded in parallel, each slice's lines as one JSON array: one decoder call over
        // 10,000 objects keeps one core busy, and a decoder per line costs more than the line.
        let slices = 8
        let parts = ParallelMap.map(slices) { c -> [Entry]? in
            let range = (1 + c * header.count / slices)..<(1 + (c + 1) * header.count / slices)
            guard !range.isEmpty else { return [] }
            var array = Data([0x5B])
            array.reserveCapacity(lines[range.upperBound - 1].upperBound - lines[range.lowerBound].lowerBound + 2)
            for i in range {
                if i > range.lowerBound { array.append(0x2C) }
                array.append(data.subdata(in: lines[i]))
            }
            array.append(0x5D)
            // Read directly (a quarter of the decoder's time); any line that is not exactly what `write` makes (an older
            // form) is left to the decoder, as is the whole slice then.
            let direct = try? DirectJSONReader.read([Line].self, from: array)
            guard let decoded = direct ?? (try? JSONDecoder().decode([Line].self, from: array)) else { return nil }
            return decoded.map { line in
                var document = line.document
                document.text = nil
                document.textDeferred = line.text
                return Entry(name: line.name, document: document)
            }
        }
        // Any line that does not decode makes the whole index unusable.
        let decoded = parts.compactMap { $0 }.flatMap { $0 }
        guard parts.allSatisfy({ $0 != nil }), decoded.count == header.count else { return nil }
        return MetadataIndex(key: key, entries: decoded, problems: header.problems.map(\.problem))
    }

    /// Writes the index in place of the former one, all or nothing.
    public func write(corpus: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = Header(schema: Self.schema, key: key, count: entries.count, problems: problems.map(StoredProblem.init))
        var data = try encoder.encode(header)
        data.append(0x0A)
        for entry in entries {
            var document = entry.document
            let hasText = document.text != nil || document.textDeferred
            document.text = nil
            data.append(try encoder.encode(Line(name: entry.name, text: hasText, document: document)))
            data.append(0x0A)
        }
        // A dashboard that quits while it writes the index in the background leaves its temporary file.
        AtomicFile.removeAbandonedTemporaries(of: Self.url(corpus: corpus))
        // Metadata is text from outside: its controls are escaped as in every JSON file ipap writes.
        try AtomicFile.write(JSONEscaping.escapingControls(data), to: Self.url(corpus: corpus))
    }

    private struct Header: Codable {
        var schema: Int
        var key: Key
        var count: Int
        var problems: [StoredProblem]
    }

    private struct Line: Codable, DirectJSONReadable {
        var name: String
        var text: Bool
        var document: PolicyDocument

        init(name: String, text: Bool, document: PolicyDocument) {
            self.name = name
            self.text = text
            self.document = document
        }

        init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
            var name: String?, text: Bool?, document: PolicyDocument?
            try r.object { (r: inout DirectJSONReader, key) throws(DirectJSONReader.Unexpected) in
                switch key {
                case "name": name = try r.string()
                case "text": text = try r.bool()
                case "document": document = try PolicyDocument(json: &r)
                default: throw r.unexpected
                }
            }
            guard let name, let text, let document else { throw r.unexpected }
            self.init(name: name, text: text, document: document)
        }
    }

    private struct StoredProblem: Codable {
        var file: String
        var line: Int
        var column: Int
        var message: LocalizedText

        init(_ problem: Problem) {
            file = problem.file
            line = problem.position.line
            column = problem.position.column
            message = problem.text
        }

        var problem: Problem {
            Problem(file: file, position: SourcePosition(line: line, column: column), message)
        }
    }
}
