import Foundation
import Glibc
import SafeText

/// Writes an `ImportPlan` so that the corpus directory never holds a half-written file or a partial import:
/// - a new corpus is built whole in a hidden sibling directory and renamed into place in one step;
/// - into an existing corpus, every document is written and synced to disk in a staging directory inside it
///   (`.import-<pid>/`, which the loader ignores), then moved into `documents/` one atomic step each: new ids
///   with link(2), which refuses to overwrite a file that appeared meanwhile, replaced ones with rename(2).
///   If a step fails, the documents already moved are taken out again (replaced ones restored from a
///   hard-linked backup) and the staging directory is removed.
public struct ImportWriter: Sendable {
    public var destination: URL
    public var destinationDisplay: String

    public struct Outcome: Sendable {
        public var added: [String]
        public var replaced: [String]
        public var created: Bool
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(destination: URL, destinationDisplay: String) {
        self.destination = destination
        self.destinationDisplay = destinationDisplay
    }

    /// Documents as the project writes JSON: 2-space pretty printing, sorted keys, a trailing newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = JSONEscaping.escapingControls(try encoder.encode(value))
        data.append(0x0A)
        return data
    }

    public func write(_ plan: ImportPlan) throws -> Outcome {
        plan.createsCorpus ? try create(plan) : try update(plan)
    }

    private func create(_ plan: ImportPlan) throws -> Outcome {
        let fm = FileManager.default
        let parent = destination.standardizedFileURL.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).import-\(getpid())")
        try? fm.removeItem(at: staging)
        var done = false
        defer { if !done { try? fm.removeItem(at: staging) } }
        do {
            try fm.createDirectory(at: staging.appendingPathComponent("documents"), withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(destinationDisplay): cannot create the corpus: \(FileError.reason(error, path: parent.path))")
        }
        for document in plan.documents {
            try writeStaged(try Self.encode(document), to: staging.appendingPathComponent("documents/\(document.id).json"))
        }
        try AtomicFile.write(try Self.encode(plan.info), to: staging.appendingPathComponent("corpus.json"))
        try syncFileSystem(staging)
        // rename(2) also replaces an empty directory, which is what an empty DIR is taken for.
        guard rename(staging.path, destination.path) == 0 else {
            throw WriteError(description: "\(destinationDisplay): cannot move the new corpus into place: \(FileError.reason(errno: errno))")
        }
        done = true
        syncDirectory(parent)
        return Outcome(added: plan.documents.map(\.id), replaced: [], created: true)
    }

    private func update(_ plan: ImportPlan) throws -> Outcome {
        let fm = FileManager.default
        let documents = destination.appendingPathComponent("documents")
        let staging = destination.appendingPathComponent(".import-\(getpid())")
        try? fm.removeItem(at: staging)
        defer { try? fm.removeItem(at: staging) }
        do {
            try fm.createDirectory(at: staging.appendingPathComponent("backup"), withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "\(destinationDisplay): cannot create a staging directory: \(FileError.reason(error, path: destination.path))")
        }
        for document in plan.documents {
            try writeStaged(try Self.encode(document), to: staging.appendingPathComponent("\(document.id).json"))
        }
        try syncFileSystem(staging)

        var moved: [(id: String, replaced: Bool)] = []
        func rollBack() {
            for (id, replaced) in moved.reversed() {
                let target = documents.appendingPathComponent("\(id).json").path
                if replaced {
                    rename(staging.appendingPathComponent("backup/\(id).json").path, target)
                } else {
                    unlink(target)
                }
            }
            syncDirectory(documents)
        }
        for document in plan.documents {
            let staged = staging.appendingPathComponent("\(document.id).json").path
            let target = documents.appendingPathComponent("\(document.id).json").path
            let replacing = plan.replacing.contains(document.id)
            let ok: Bool
            if replacing {
                // Keep the old file (which loaded cleanly) until the whole import is in.
                ok = link(target, staging.appendingPathComponent("backup/\(document.id).json").path) == 0
                    && rename(staged, target) == 0
            } else {
                ok = link(staged, target) == 0
            }
            guard ok else {
                let reason = errno == EEXIST ? "a file of that name appeared meanwhile" : FileError.reason(errno: errno)
                rollBack()
                throw WriteError(description: "\(destinationDisplay)/documents/\(document.id).json: cannot write: \(reason); nothing was imported")
            }
            moved.append((document.id, replacing))
        }
        syncDirectory(documents)
        if plan.infoChanged {
            do {
                try AtomicFile.write(try Self.encode(plan.info), to: destination.appendingPathComponent("corpus.json"))
            } catch {
                rollBack()
                throw WriteError(description: "\(error); nothing was imported")
            }
        }
        return Outcome(added: plan.documents.map(\.id).filter { !plan.replacing.contains($0) },
                       replaced: plan.documents.map(\.id).filter { plan.replacing.contains($0) }, created: false)
    }

    /// Writes a new file in the staging directory (ours: no temporary name needed). Not fsynced one by one:
    /// `syncFileSystem` flushes them all at once before any is moved into the corpus.
    private func writeStaged(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "\(url.path): cannot write: \(FileError.reason(errno: errno))") }
        defer { close(fd) }
        let ok = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base.advanced(by: offset), buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        guard ok else { throw WriteError(description: "\(url.path): cannot write: \(FileError.reason(errno: errno))") }
    }

    /// Flushes every staged file and directory to disk with one syncfs(2): thousands of fsync calls would
    /// make a large import wait on the disk thousands of times.
    private func syncFileSystem(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(description: "\(url.path): cannot open: \(FileError.reason(errno: errno))") }
        defer { close(fd) }
        guard Self.syncfs(fd) == 0 else { throw WriteError(description: "\(url.path): cannot sync: \(FileError.reason(errno: errno))") }
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
