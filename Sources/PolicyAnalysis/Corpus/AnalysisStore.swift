import Foundation
import Glibc
import PolicyModel
import SafeText

/// The stored analysis of a corpus, in its `analysis/` folder, as a set of files written all or nothing:
///
///     analysis/current                    the name of the current generation (one line)
///     analysis/g-<time>-<random>/summary.json     corpus level: `AnalysisSummary` (its numbers in columns.json)
///     analysis/g-<time>-<random>/documents.jsonl  one `DocumentAnalysisPart` a line, sorted by id
///
/// A writer fills a new generation folder (each file fsynced), then switches `current` by rename: a reader,
/// or a writer killed at any point, sees the old generation or the new, never a mix. Writers take
/// `analysis/.lock` in turn; the one that switched removes every other generation (a session reading an
/// old one keeps its open file). The former single file `analysis/analysis.json` is still read, and
/// removed once a generation replaces it.
public struct AnalysisStore: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The single-file layout of earlier versions.
    public var singleFileURL: URL { folder.appendingPathComponent("analysis.json") }
    var pointerURL: URL { folder.appendingPathComponent("current") }

    /// What is stored, as found.
    public enum Stored {
        case generation(StoredAnalysis)
        /// The former single file, decoded whole.
        case singleFile(AnalysisResult)
    }

    /// The current generation, or else the former single file; nil when neither is there and readable.
    /// Takes what `startOpening` read ahead when it read the generation that is still current.
    public func open() -> Stored? {
        if let generation = currentGeneration(), let early = Self.ahead.take(folder: folder.path, generation: generation) {
            return .generation(early)
        }
        // A writer may switch generations and remove the old one between reading the pointer and opening
        // the files: read the pointer again.
        for _ in 0..<3 {
            guard let generation = currentGeneration() else { break }
            if let stored = open(generation) { return .generation(stored) }
            if currentGeneration() == generation { return nil }
        }
        guard FileManager.default.fileExists(atPath: pointerURL.path) == false,
              let data = try? Data(contentsOf: singleFileURL),
              let result = try? JSONDecoder().decode(AnalysisResult.self, from: data),
              result.schema == AnalysisResult.currentSchema else { return nil }
        return .singleFile(result)
    }

    /// Starts reading the current generation's summary on another thread, for the next `open()` of this folder:
    /// the dashboard calls it before it reads the corpus's metadata, so that the two share the cores.
    public func startOpening() {
        guard let generation = currentGeneration() else { return }
        let pending = AheadOpen()
        Self.ahead.put(pending, folder: folder.path, generation: generation)
        let store = self
        Thread {
            pending.fulfil(store.open(generation))
        }.start()
    }

    private static let ahead = AheadOpens()

    /// Generations being read ahead, by folder; each is taken once.
    private final class AheadOpens: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: (generation: String, open: AheadOpen)] = [:]

        func put(_ open: AheadOpen, folder: String, generation: String) {
            lock.lock()
            entries[folder] = (generation, open)
            lock.unlock()
        }

        /// The analysis read ahead for this generation (waiting for it); nil when none was started or it failed.
        func take(folder: String, generation: String) -> StoredAnalysis? {
            lock.lock()
            let entry = entries.removeValue(forKey: folder)
            lock.unlock()
            guard let entry, entry.generation == generation else { return nil }
            return entry.open.wait()
        }
    }

    private final class AheadOpen: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: StoredAnalysis?

        func fulfil(_ stored: StoredAnalysis?) {
            result = stored
            done.signal()
        }

        func wait() -> StoredAnalysis? {
            done.wait()
            done.signal()
            return result
        }
    }

    /// The generation `current` names, when it names one.
    func currentGeneration() -> String? {
        guard let data = try? Data(contentsOf: pointerURL) else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Self.isGeneration(name) ? name : nil
    }

    static func isGeneration(_ name: String) -> Bool {
        name.hasPrefix("g-") && !name.contains("/") && !name.contains("..")
    }

    private func open(_ generation: String) -> StoredAnalysis? {
        let dir = folder.appendingPathComponent(generation, isDirectory: true)
        // The parts first: once open, they stay readable whatever a writer removes.
        let partsFile = dir.appendingPathComponent("documents.jsonl")
        let clock = PhaseClock()
        guard FileManager.default.fileExists(atPath: partsFile.path), let summary = readSummary(dir),
              case _ = clock.lap("summary read"), summary.parts.count == summary.documents.count + 1 else { return nil }
        return StoredAnalysis(summary: summary, partsFile: partsFile)
    }

    private func readSummary(_ generation: URL) -> AnalysisSummary? {
        guard let summary = try? Data(contentsOf: generation.appendingPathComponent("summary.json")),
              let columns = try? Data(contentsOf: generation.appendingPathComponent("columns.json")) else { return nil }
        return try? AnalysisSummary(summaryJSON: summary, columnsJSON: columns)
    }

    /// The schema of a stored file this version does not know (the current generation's summary or the single
    /// file), with its path and the schemas this version reads and writes for that file; nil when there is none.
    public func unknownSchema() -> (path: String, schema: Int, reads: [Int], writes: Int)? {
        struct Header: Decodable { let schema: Int }
        if let generation = currentGeneration() {
            let url = folder.appendingPathComponent(generation).appendingPathComponent("summary.json")
            if let data = try? Data(contentsOf: url), let header = try? JSONDecoder().decode(Header.self, from: data),
               !AnalysisSummary.readableSchemas.contains(header.schema) {
                return (url.path, header.schema, AnalysisSummary.readableSchemas.sorted(), AnalysisSummary.currentSchema)
            }
        }
        guard let data = try? Data(contentsOf: singleFileURL),
              let header = try? JSONDecoder().decode(Header.self, from: data),
              header.schema != AnalysisResult.currentSchema else { return nil }
        return (singleFileURL.path, header.schema, [AnalysisResult.currentSchema], AnalysisResult.currentSchema)
    }

    /// Writes `result` as a new generation and makes it current; returns the generation's folder.
    @discardableResult
    public func write(_ result: AnalysisResult, filesStamp: String?) throws -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: folder.path, action: .createAnalysisFolder, error: error)
        }
        let lock = try FileLock.exclusive(file: folder.appendingPathComponent(".lock"), action: .takeAnalysisLock)
        defer { close(lock) }
        let name = "g-\(Int(Date().timeIntervalSince1970))-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
        let dir = folder.appendingPathComponent(name, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false)
        } catch {
            throw FileError(path: dir.path, action: .createAnalysisGeneration, error: error)
        }
        // The summary's columns need only the result: made beside the parts, whose encoding leaves a core idle
        // while each slice is written, instead of after them on one core (storing 10,000 documents took 2.5 s,
        // now 2.1 s; docs/benchmarks.md).
        let made = ParallelSlots<Result<(AnalysisSummary, AnalysisSummary.Columns), Error>>(1)
        let columnsDone = DispatchGroup()
        DispatchQueue.global().async(group: columnsDone) {
            made[0] = Result {
                let summary = AnalysisSummary(result: result, filesStamp: filesStamp, parts: [])
                return (summary, try summary.columns())
            }
        }
        let written = Result { try writeParts(result, to: dir.appendingPathComponent("documents.jsonl")) }
        columnsDone.wait()
        let offsets = try written.get()
        guard let columnsMade = made[0] else { preconditionFailure("the columns' task ran before the wait ended") }
        let (madeSummary, columns) = try columnsMade.get()
        var summary = madeSummary
        summary.parts = offsets
        try AtomicFile.write(columns.json, to: dir.appendingPathComponent("columns.json"))
        try AtomicFile.write(try summary.summaryJSON(columns), to: dir.appendingPathComponent("summary.json"))
        AtomicFile.syncDirectory(folder)
        // The commit point.
        try AtomicFile.write(Data((name + "\n").utf8), to: pointerURL)
        removeAllBut(name)
        return dir
    }

    /// Records a new files stamp in the current generation's summary when it holds the analysis of `inputs`
    /// (the texts were read and matched: the files were only copied or touched), so that the next start
    /// opens it without reading the texts. The summary is replaced atomically; the parts are unchanged. Every
    /// other generation and temporary file is removed.
    public func restamp(_ filesStamp: String, inputs: AnalysisInputs) throws {
        let lock = try FileLock.exclusive(file: folder.appendingPathComponent(".lock"), action: .takeAnalysisLock)
        defer { close(lock) }
        guard let generation = currentGeneration() else { return }
        // What writers killed after their commit point (or before it) left: removed under the lock here too, as a
        // write would, since an up-to-date analysis is never written again.
        defer { removeAllBut(generation) }
        let dir = folder.appendingPathComponent(generation)
        guard var summary = readSummary(dir), summary.inputs == inputs else { return }
        summary.filesStamp = filesStamp
        let files = try summary.files()
        // The columns do not change: summary.json alone is replaced. Unless it was read from schema 1, whose
        // lists go into the columns now: the columns first, a superset that schema 1's summary still reads,
        // so that a writer killed between the two leaves a readable pair.
        if summary.schema != AnalysisSummary.currentSchema {
            try AtomicFile.write(files.columnsJSON, to: dir.appendingPathComponent("columns.json"))
        }
        try AtomicFile.write(files.summaryJSON, to: dir.appendingPathComponent("summary.json"))
    }

    /// The parts, one JSON line each in the result's (id) order, encoded in parallel a slice at a time so
    /// that the whole file is never in memory; returns the line offsets.
    private func writeParts(_ result: AnalysisResult, to url: URL) throws -> [Int] {
        let parts = DocumentAnalysisPart.parts(of: result)
        var offsets = [0]
        offsets.reserveCapacity(parts.count + 1)
        try AtomicFile.write(to: url) { append in
            let slice = 512
            for start in stride(from: 0, to: parts.count, by: slice) {
                let end = min(parts.count, start + slice)
                let lines = ParallelSlots<Result<Data, Error>>.map(end - start) { i in
                    Result {
                        var line = JSONEscaping.escapingControls(try SortedJSONEncoder(parallelThreshold: .max).encode(parts[start + i]))
                        line.append(0x0A)
                        return line
                    }
                }
                for line in lines {
                    let data = try line.get()
                    try append(data)
                    offsets.append((offsets.last ?? 0) + data.count)
                }
            }
        }
        return offsets
    }

    /// Removes every generation but `keep`, a former single file, and temporary files of killed writers.
    private func removeAllBut(_ keep: String) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let stale = (Self.isGeneration(name) && name != keep) || name == "analysis.json"
                || (name.hasPrefix(".") && name.contains(".tmp-"))
            if stale { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }
}
