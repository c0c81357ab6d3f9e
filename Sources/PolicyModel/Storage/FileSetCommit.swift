import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes several files of one directory all or nothing, also under SIGKILL (the CSV tables of a report).
///
/// Each file is written and synced under a temporary name beside its place (`AtomicFile.writeTemporary`).
/// Then a journal naming every (temporary, file) pair is written atomically: the commit point. Then the
/// temporaries are renamed into place and the journal removed. A writer killed before the commit point
/// leaves only temporaries, which the next writer removes: the old files stand. One killed after it is
/// finished by the next writer of the same set (`recover`): the new files stand. Writers in one directory
/// take turns (a lock on the directory itself, so that no lock file is left among the analyst's files), so
/// that two analysts' sets are never mixed.
public enum FileSetCommit {
    /// Writes `files` (all in `directory`) as one change. `name` names the set (the journal and lock are
    /// `.<name>.commit` in `directory`).
    public static func write(_ files: [(URL, AtomicFile.Content)], in directory: URL, name: String) throws {
        let lock = try takeTurn(in: directory, writing: files.map(\.0))
        defer { close(lock) }
        let journal = journal(in: directory, name: name)
        try tidy(files.map(\.0), journal: journal)
        var written: [(temporary: String, file: String)] = []
        do {
            for (url, content) in files {
                written.append((try AtomicFile.writeTemporary(for: url, body: content), url.lastPathComponent))
            }
            // Names only (the directory is the journal's): the renames still hold when the folder is moved.
            let entries = written.map { [URL(fileURLWithPath: $0.temporary).lastPathComponent, $0.file] }
            try AtomicFile.write(try JSONSerialization.data(withJSONObject: entries), to: journal)
        } catch {
            for w in written { unlink(w.temporary) }
            throw error
        }
        try recover(journal: journal)
    }

    /// Finishes the set `name` if a writer was killed after its commit point, and removes the temporaries of
    /// `files` left by writers killed before it (called before `write`'s callers look at which files exist).
    public static func finishEarlier(of files: [URL], in directory: URL, name: String) throws {
        let lock = try takeTurn(in: directory, writing: files)
        defer { close(lock) }
        try tidy(files, journal: journal(in: directory, name: name))
    }

    /// The directory's lock; a directory that is missing (or is not one) is said as writing the first file
    /// fails, as when each file was written on its own.
    private static func takeTurn(in directory: URL, writing files: [URL]) throws -> Int32 {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
        guard exists && isDirectory.boolValue else {
            throw FileError(path: (files.first ?? directory).path, action: .write, errno: exists ? ENOTDIR : ENOENT)
        }
        return try FileLock.exclusive(directory: directory, action: .takeExportLock)
    }

    private static func tidy(_ files: [URL], journal: URL) throws {
        try recover(journal: journal)
        for url in files + [journal] { AtomicFile.removeAbandonedTemporaries(of: url) }
    }

    private static func journal(in directory: URL, name: String) -> URL {
        directory.appendingPathComponent(".\(name).commit")
    }

    /// Finishes a set whose journal was written (renames what is still under its temporary name, then
    /// removes the journal); nothing when there is no journal.
    static func recover(journal: URL) throws {
        guard let data = FileManager.default.contents(atPath: journal.path) else { return }
        guard let entries = try? JSONSerialization.jsonObject(with: data) as? [[String]],
              entries.allSatisfy({ $0.count == 2 }) else {
            // Written atomically, so never half: someone else's file. Left for a person to look at.
            throw FileError(path: journal.path, action: .finishEarlierExport,
                            reason: LocalizedText(zh: "不是 ipap 写的提交记录；请把它移走", en: "not a commit record ipap wrote; move it away"))
        }
        let directory = journal.deletingLastPathComponent()
        for entry in entries {
            let temporary = directory.appendingPathComponent(entry[0]).path
            guard FileManager.default.fileExists(atPath: temporary) else { continue }  // renamed before the kill
            guard rename(temporary, directory.appendingPathComponent(entry[1]).path) == 0 else {
                throw FileError(path: directory.appendingPathComponent(entry[1]).path, action: .finishEarlierExport, errno: errno)
            }
        }
        AtomicFile.syncDirectory(directory)
        unlink(journal.path)
        AtomicFile.syncDirectory(directory)
    }
}
