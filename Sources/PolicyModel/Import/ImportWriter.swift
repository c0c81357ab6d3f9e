import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SafeText

/// Writes an `ImportPlan` so that the corpus directory never holds a half-written file or a partial import,
/// also when the process is killed:
/// - a new corpus is built whole in a hidden sibling directory and renamed into place in one step;
///   siblings left by killed imports are removed by the next one;
/// - into an existing corpus, the new state is built whole beside the old and switched by a journaled
///   commit under a lock (see `ImportJournal`).
public struct ImportWriter: Sendable {
    public var destination: URL
    public var destinationDisplay: String
    /// Called once when another import into the same corpus holds its lock, before waiting for it.
    public var whileWaiting: (@Sendable () -> Void)?

    public struct Outcome: Sendable {
        public var added: [String]
        public var replaced: [String]
        public var created: Bool
    }

    public struct WriteError: BilingualError {
        public var text: LocalizedText

        public func description(in language: Language) -> String { text.text(in: language) }
    }

    private static let nothingImported = LocalizedText(zh: "未导入任何文件", en: "nothing was imported")

    public init(destination: URL, destinationDisplay: String, whileWaiting: (@Sendable () -> Void)? = nil) {
        self.whileWaiting = whileWaiting
        self.destination = destination
        self.destinationDisplay = destinationDisplay
    }

    /// As the project writes JSON files (`JSONLayout`): a document's and corpus.json's members in the order
    /// docs/data-format.md shows them, any other value's sorted.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let order: JSONMemberRules = value is PolicyDocument ? .document : value is CorpusInfo ? .corpusInfo : .anyMembers
        return try JSONLayout.format(JSONEscaping.escapingControls(try encoder.encode(value)), order: order)
    }

    public func write(_ plan: ImportPlan) throws -> Outcome {
        plan.createsCorpus ? try create(plan) : try update(plan)
    }

    private func create(_ plan: ImportPlan) throws -> Outcome {
        let fm = FileManager.default
        let parent = destination.standardizedFileURL.deletingLastPathComponent()
        // Only the corpus folder itself is made (QA pass 51: `--into /nonexist/x` made /nonexist too, a stray
        // tree from a mistyped shared path). The first missing folder is named.
        if let missing = MissingFolder.first(above: destination) {
            throw WriteError(text: LocalizedText(
                zh: "文件夹 \(missing.path) 不存在（ipap 只新建语料文件夹本身）", en: "the folder \(missing.path) does not exist (ipap makes only the corpus folder itself)")
                .and(Self.nothingImported).at(destinationDisplay))
        }
        let prefix = ".\(destination.lastPathComponent).import-"
        let staging = parent.appendingPathComponent(prefix + "\(getpid())")
        // Siblings left by killed imports (their process is gone) are only garbage: remove them.
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), AtomicFile.processIsGone(pid) {
                try? fm.removeItem(at: parent.appendingPathComponent(name))
            }
        }
        try? fm.removeItem(at: staging)
        var done = false
        defer { if !done { try? fm.removeItem(at: staging) } }
        do {
            try fm.createDirectory(at: staging.appendingPathComponent("documents"), withIntermediateDirectories: true)
        } catch {
            throw WriteError(text: LocalizedText(zh: "无法创建语料", en: "cannot create the corpus").then(FileError.localizedReason(error, path: parent.path)).at(destinationDisplay))
        }
        for document in plan.documents {
            try writeStaged(try Self.encode(document), to: staging.appendingPathComponent("documents/\(document.id).json"))
        }
        try AtomicFile.write(try Self.encode(plan.info), to: staging.appendingPathComponent("corpus.json"))
        try syncFileSystem(staging)
        // rename(2) also replaces an empty directory, which is what an empty DIR is taken for.
        guard rename(staging.path, destination.path) == 0 else {
            throw WriteError(text: LocalizedText(zh: "无法把新语料移到位", en: "cannot move the new corpus into place").then(FileError.reasonText(errno: errno)).at(destinationDisplay))
        }
        done = true
        syncDirectory(parent)
        return Outcome(added: plan.documents.map(\.id), replaced: [], created: true)
    }

    private func update(_ plan: ImportPlan) throws -> Outcome {
        let fm = FileManager.default
        let lock = try ImportJournal.lock(destination, whileWaiting: whileWaiting)
        defer { close(lock) }
        // A committed import that was killed is finished first; uncommitted leftovers are removed.
        try ImportJournal.recover(destination)
        let view = ImportJournal.view(of: destination)
        let staging = destination.appendingPathComponent(".import-\(getpid())")
        let stagedDocuments = staging.appendingPathComponent("documents")
        try? fm.removeItem(at: staging)
        var committed = false
        defer { if !committed { try? fm.removeItem(at: staging) } }
        do {
            try fm.createDirectory(at: stagedDocuments, withIntermediateDirectories: true)
        } catch {
            throw WriteError(text: LocalizedText(zh: "无法创建暂存目录", en: "cannot create a staging directory").then(FileError.localizedReason(error, path: destination.path)).at(destinationDisplay))
        }
        // The documents that stay: hard links (no copy), so the new documents/ is complete on its own.
        let importing = Set(plan.documents.map { "\($0.id).json" })
        for name in (try? fm.contentsOfDirectory(atPath: view.documents.path)) ?? [] where !importing.contains(name) && !name.hasPrefix(".") {
            guard link(view.documents.appendingPathComponent(name).path, stagedDocuments.appendingPathComponent(name).path) == 0 else {
                throw WriteError(text: LocalizedText(zh: "无法保留原有文件", en: "cannot carry over").then(FileError.reasonText(errno: errno)).and(Self.nothingImported)
                    .at("\(destinationDisplay)/documents/\(name)"))
            }
        }
        for document in plan.documents {
            try writeStaged(try Self.encode(document), to: stagedDocuments.appendingPathComponent("\(document.id).json"))
        }
        if plan.infoChanged {
            try writeStaged(try Self.encode(plan.info), to: staging.appendingPathComponent("corpus.json"))
        }
        let generation = UUID().uuidString
        try ImportJournal.writeGeneration(generation, into: stagedDocuments)
        try ImportJournal.writeGeneration(generation, into: staging)
        try syncFileSystem(staging)
        do {
            try ImportJournal.commit(staging, in: destination)
            committed = true
        } catch {
            throw WriteError(text: LocalizedText(describing: error).and(Self.nothingImported))
        }
        return Outcome(added: plan.documents.map(\.id).filter { !plan.replacing.contains($0) },
                       replaced: plan.documents.map(\.id).filter { plan.replacing.contains($0) }, created: false)
    }

    /// Writes a new file in the staging directory (ours: no temporary name needed). Not fsynced one by one:
    /// `syncFileSystem` flushes them all at once before any is moved into the corpus.
    private func writeStaged(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: url.path, action: .write, errno: errno) }
        defer { close(fd) }
        guard AtomicFile.writeAll(data, to: fd) else { throw FileError(path: url.path, action: .write, errno: errno) }
    }

    /// Flushes every staged file and directory to disk with one syncfs(2): thousands of fsync calls would
    /// make a large import wait on the disk thousands of times.
    private func syncFileSystem(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(text: LocalizedText(zh: "无法打开", en: "cannot open").then(FileError.reasonText(errno: errno)).at(url.path)) }
        defer { close(fd) }
        guard Self.syncfs(fd) == 0 else { throw WriteError(text: LocalizedText(zh: "无法同步到磁盘", en: "cannot sync").then(FileError.reasonText(errno: errno)).at(url.path)) }
    }

    /// glibc's syncfs, which Swift's Glibc module does not export (it is a _GNU_SOURCE function); where it is
    /// missing, sync(2) flushes everything instead.
    private static let syncfs: @Sendable (Int32) -> Int32 = {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            return { _ in
                sync()
                return 0
            }
        }
        let function = unsafeBitCast(symbol, to: SyncFS.self)
        return { fd in function(fd) }
    }()

    private func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
