import Foundation
import Glibc
import PolicyModel

/// An analysis as the dashboard holds it: the corpus-level summary in memory, each document's part read
/// when asked for (from `documents.jsonl` of a stored generation, or from memory when the analysis was just
/// computed and could not be stored). The file stays open, so a newer generation written meanwhile (and
/// the old one removed) does not pull the parts from under a running session.
public final class StoredAnalysis: @unchecked Sendable {
    public let summary: AnalysisSummary
    private let source: Source
    private let positions: [String: Int]
    private let lock = NSLock()
    private var readIDs: [String] = []
    /// A document, the one it is compared with and a few more: each part is at most a few hundred kB.
    private var recent = RecentValues<String, DocumentAnalysisPart>(capacity: 8)

    private enum Source {
        /// An open `documents.jsonl` and its path (for messages).
        case file(Int32, String)
        case memory([DocumentAnalysisPart])
    }

    struct ReadError: BilingualError {
        let path: String
        let reason: LocalizedText

        func description(in language: Language) -> String { reason.at(path).text(in: language) }
    }

    /// Opens a generation's parts; the summary has been read already. Nil when the file cannot be opened.
    init?(summary: AnalysisSummary, partsFile: URL) {
        let fd = open(partsFile.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.summary = summary
        source = .file(fd, partsFile.path)
        positions = Self.positions(summary)
    }

    /// An analysis held whole in memory, served the same way.
    public init(result: AnalysisResult) {
        summary = AnalysisSummary(result: result, filesStamp: nil, parts: [])
        source = .memory(DocumentAnalysisPart.parts(of: result))
        positions = Self.positions(summary)
    }

    deinit {
        if case .file(let fd, _) = source { close(fd) }
    }

    private static func positions(_ summary: AnalysisSummary) -> [String: Int] {
        Dictionary(summary.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A document's part: its indicators with evidence and its reuse pairs with passages; nil for a document
    /// the analysis does not have or a part that cannot be read.
    public func part(_ id: String) -> DocumentAnalysisPart? {
        guard let i = positions[id] else { return nil }
        lock.lock()
        if let hit = recent.value(id) {
            lock.unlock()
            return hit
        }
        lock.unlock()
        guard let part = try? readPart(i) else { return nil }
        lock.lock()
        readIDs.append(id)
        recent.insert(part, for: id)
        lock.unlock()
        return part
    }

    /// The ids of the parts read so far, in order (tests: opening a document reads its part and no other).
    public var partsRead: [String] {
        lock.lock()
        defer { lock.unlock() }
        return readIDs
    }

    private func readPart(_ i: Int) throws -> DocumentAnalysisPart {
        switch source {
        case .memory(let parts):
            return parts[i]
        case .file(let fd, let path):
            guard i + 1 < summary.parts.count else { throw ReadError(path: path, reason: LocalizedText(zh: "没有第 \(i) 篇文件的偏移量", en: "no offset for document \(i)")) }
            let start = summary.parts[i], count = summary.parts[i + 1] - start
            var data = Data(count: count)
            let read = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                var done = 0
                while done < count {
                    let n = pread(fd, base.advanced(by: done), count - done, off_t(start + done))
                    if n < 0, errno == EINTR { continue }
                    if n <= 0 { break }
                    done += n
                }
                return done
            }
            guard read == count else { throw ReadError(path: path, reason: LocalizedText(zh: "在第 \(i) 篇文件的部分之前就结束了", en: "ends before the part of document \(i)")) }
            // Read directly (ipap's own layout); anything else by the decoder, whose value or error stands.
            if let part = try? DirectJSONReader.read(DocumentAnalysisPart.self, from: data) { return part }
            return try JSONDecoder().decode(DocumentAnalysisPart.self, from: data)
        }
    }

    /// The whole analysis, as computed: every part read (in parallel), each pair taken from its target's part.
    public func fullResult() throws -> AnalysisResult {
        let count = summary.documents.count
        let parts = ParallelSlots<Result<DocumentAnalysisPart, Error>>.map(count) { i in Result { try self.readPart(i) } }
        var documents: [DocumentIndicators] = []
        var reuse: [ReusePair] = []
        documents.reserveCapacity(count)
        reuse.reserveCapacity(summary.reuse.count)
        for part in parts {
            let p = try part.get()
            documents.append(p.indicators)
            reuse += p.reuse.filter { $0.target == p.indicators.id }
        }
        var result = AnalysisResult(parameters: summary.parameters, documents: documents, reuse: reuse,
                                    indicators: summary.indicators)
        result.inputs = summary.inputs
        return result
    }
}
