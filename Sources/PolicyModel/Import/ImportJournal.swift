import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journaled commit that makes an import into an existing corpus all or nothing, also under SIGKILL.
///
/// The new state is built whole beside the old one in `.import-<pid>/`: `documents/` (hard links of the
/// documents that stay, the imported ones written and synced) marked with a generation file, and the new
/// `corpus.json` when it changes. Renaming that folder to `.import-commit` is the commit point (one
/// rename). Applying it takes two more renames (old `documents/` out, new one in) and one for
/// `corpus.json`; until the commit folder is gone, `CorpusLoader` reads the corpus through `view(of:)`,
/// which resolves every in-between state to the new corpus. A kill before the commit point leaves a
/// staging folder that readers ignore and the next import removes: the old corpus.
public enum ImportJournal {
    static let commitName = ".import-commit"
    static let doneName = ".import-done"
    static let generationName = ".import-generation"
    static let previousName = "previous-documents"

    /// Where a reader finds `corpus.json` and `documents/`: the new state once an import has committed.
    public static func view(of corpus: URL) -> (corpusJSON: URL, documents: URL) {
        let documents = corpus.appendingPathComponent("documents")
        let corpusJSON = corpus.appendingPathComponent("corpus.json")
        let commit = corpus.appendingPathComponent(commitName)
        guard let generation = read(commit.appendingPathComponent(generationName)) else { return (corpusJSON, documents) }
        let staged = commit.appendingPathComponent("documents")
        let newDocuments = read(documents.appendingPathComponent(generationName)) == generation ? documents : staged
        let stagedJSON = commit.appendingPathComponent("corpus.json")
        return (FileManager.default.fileExists(atPath: stagedJSON.path) ? stagedJSON : corpusJSON, newDocuments)
    }

    /// Finishes a committed import (roll forward) and removes uncommitted staging folders of processes
    /// that are gone (roll back). Call with the corpus's import lock held.
    static func recover(_ corpus: URL) throws {
        let fm = FileManager.default
        let commit = corpus.appendingPathComponent(commitName)
        if fm.fileExists(atPath: commit.path) { try apply(commit, in: corpus) }
        for name in (try? fm.contentsOfDirectory(atPath: corpus.path)) ?? [] {
            let stale = name.hasPrefix(doneName)
                || (name.hasPrefix(".import-") && name != commitName && !processIsAlive(name))
            if stale { try? fm.removeItem(at: corpus.appendingPathComponent(name)) }
        }
        // A marker left by an apply killed just before removing it.
        let marker = corpus.appendingPathComponent("documents").appendingPathComponent(generationName)
        if !fm.fileExists(atPath: commit.path) { unlink(marker.path) }
    }

    /// Makes the staged state current: the commit point, then the renames that apply it.
    static func commit(_ staging: URL, in corpus: URL) throws {
        let commit = corpus.appendingPathComponent(commitName)
        try check(rename(staging.path, commit.path), .commitImport, commit.path)
        syncDirectory(corpus)
        try apply(commit, in: corpus)
    }

    /// The renames after the commit point; each step is skipped when a previous run already did it.
    static func apply(_ commit: URL, in corpus: URL) throws {
        let fm = FileManager.default
        let documents = corpus.appendingPathComponent("documents")
        let staged = commit.appendingPathComponent("documents")
        guard let generation = read(commit.appendingPathComponent(generationName)) else {
            // Written and synced before the commit point, so never missing unless tampered with: leave it.
            throw FileError(path: commit.path, action: .finishEarlierImport,
                            reason: LocalizedText(zh: "其版本标记文件缺失；请把该文件夹移走", en: "its generation file is missing; move the folder away"))
        }
        if read(documents.appendingPathComponent(generationName)) != generation {
            if fm.fileExists(atPath: documents.path) {
                try check(rename(documents.path, commit.appendingPathComponent(previousName).path), .moveOldDocumentsAside, documents.path)
            }
            try check(rename(staged.path, documents.path), .moveNewDocumentsIntoPlace, documents.path)
        }
        let stagedJSON = commit.appendingPathComponent("corpus.json")
        if fm.fileExists(atPath: stagedJSON.path) {
            try check(rename(stagedJSON.path, corpus.appendingPathComponent("corpus.json").path), .moveCorpusJSONIntoPlace, stagedJSON.path)
        }
        syncDirectory(corpus)
        // Done: out of the way in one rename, then removed at leisure (a kill here leaves only garbage).
        let done = corpus.appendingPathComponent("\(doneName)-\(getpid())")
        try? fm.removeItem(at: done)
        try check(rename(commit.path, done.path), .finishImport, commit.path)
        syncDirectory(corpus)
        try? fm.removeItem(at: done)
        unlink(documents.appendingPathComponent(generationName).path)
    }

    /// An exclusive lock on the corpus's imports (flock on the corpus folder itself: no lock file is left),
    /// held until the descriptor is closed or the process ends. When another import holds it, `whileWaiting`
    /// is called once before waiting for it: an analyst on a shared server sees why nothing happens.
    static func lock(_ corpus: URL, whileWaiting: (() -> Void)? = nil) throws -> Int32 {
        let path = corpus.path
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, action: .lockCorpusForImport, errno: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
        if errno == EWOULDBLOCK { whileWaiting?() }
        var result = flock(fd, LOCK_EX)
        while result != 0 && errno == EINTR { result = flock(fd, LOCK_EX) }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw FileError(path: path, action: .lockCorpusForImport, errno: code)
        }
        return fd
    }

    static func writeGeneration(_ generation: String, into directory: URL) throws {
        let path = directory.appendingPathComponent(generationName).path
        guard FileManager.default.createFile(atPath: path, contents: Data(generation.utf8)) else {
            throw FileError(path: path, action: .write, errno: errno)
        }
    }

    private static func read(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), !data.isEmpty else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// `.import-<pid>` of a running process is another import's staging (never ours to remove).
    private static func processIsAlive(_ name: String) -> Bool {
        guard let pid = Int32(name.dropFirst(".import-".count)) else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func check(_ status: Int32, _ action: FileError.Action, _ path: String) throws {
        guard status == 0 else { throw FileError(path: path, action: action, errno: errno) }
    }

    static func syncDirectory(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
