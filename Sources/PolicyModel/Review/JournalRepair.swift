import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ipap review repair`: moves the lines of the analyst's own journal that cannot be read (a torn write, a hand
/// edit) to a side file beside it, so that one analyst's crash no longer blocks every export. Nothing is edited in
/// place: under the lock that appends take, the side file and the journal without those lines are each written and
/// synced under a temporary name, then renamed, the journal last (the commit point). Killed before that rename, the
/// journal is as it was; run again, it moves the same lines to the same side file (named by their bytes).
public struct JournalRepair: Sendable {
    public struct Outcome: Sendable, Equatable {
        /// The lines moved, by their number in the journal as it was.
        public var movedLines: [Int]
        /// Where they went; nil when nothing was moved.
        public var sideFile: URL?
        /// The last line, a whole entry, lacked its newline (which readers report, and the export refuses): it has it now.
        public var endedLastLine = false
    }

    public let journal: ReviewJournal

    public init(journal: ReviewJournal) {
        self.journal = journal
    }

    /// The side file of the lines `moved`: `<journal name>.unreadable-<FNV-1a of the bytes>.txt` beside it, not a
    /// `.jsonl`, so that no reader takes it for a journal.
    static func sideFile(of url: URL, moved: [UInt8]) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in moved { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(stem).unreadable-\(String(hash, radix: 16)).txt")
    }

    public func run() throws -> Outcome {
        let url = journal.url, path = url.path
        func failure(_ zh: String, _ en: String, errno code: Int32? = nil) -> ReviewJournal.WriteError {
            let reason = LocalizedText(zh: zh, en: en)
            return ReviewJournal.WriteError(path: path, reason: code.map { reason.then(FileError.reasonText(errno: $0)) } ?? reason)
        }
        // The journal that is at the path once its lock is held: a repair that renamed a new one in meanwhile is seen.
        var fd: Int32 = -1
        for _ in 0..<8 {
            fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else {
                if errno == ENOENT { return Outcome(movedLines: [], sideFile: nil) }
                throw failure("无法打开日志", "cannot open the journal", errno: errno)
            }
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            if ReviewJournal.isStillAtPath(fd, path: path) { break }
            close(fd)
            fd = -1
        }
        guard fd >= 0 else { throw failure("日志在修复时一再被替换", "the journal kept being replaced during the repair") }
        defer { close(fd) }  // closing releases the lock
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw failure("日志不是普通文件", "the journal is not a regular file") }
        // Only the analyst's own journal: nobody moves a colleague's lines.
        guard info.st_uid == geteuid() else { throw ReviewJournal.foreignOwner(path: path, owner: info.st_uid) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw failure("无法读取日志", "cannot read the journal", errno: errno) }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        // Under the lock no write is in progress: a last line without its newline is complete or torn, and is read
        // as the reader reads every other line (`ReviewStore.parse`, the one rule of what is unreadable).
        let unterminated = bytes.last.map { $0 != 0x0A } ?? false
        if unterminated { bytes.append(0x0A) }
        let unreadable = Set(ReviewStore.parse(Data(bytes), file: path, author: journal.author).1.map(\.position.line))
        guard !unreadable.isEmpty || unterminated else { return Outcome(movedLines: [], sideFile: nil) }
        var kept: [UInt8] = [], moved: [UInt8] = []
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            number += 1
            if unreadable.contains(number) { moved += line + [0x0A] } else { kept += line + [0x0A] }
        }
        let side = moved.isEmpty ? nil : Self.sideFile(of: url, moved: moved)
        AtomicFile.removeAbandonedTemporaries(of: url)
        let mode = info.st_mode & 0o755  // never writable by others, as `append` leaves it
        if let side {
            AtomicFile.removeAbandonedTemporaries(of: side)
            let sideTemporary = try AtomicFile.writeTemporary(for: side, permissions: mode) { append in try append(moved) }
            guard rename(sideTemporary, side.path) == 0 else {
                let code = errno
                unlink(sideTemporary)
                throw failure("无法写入旁存文件 \(side.lastPathComponent)", "cannot write the side file \(side.lastPathComponent)", errno: code)
            }
        }
        let temporary = try AtomicFile.writeTemporary(for: url, permissions: mode) { append in try append(kept) }
        _ = chown(temporary, uid_t.max, info.st_gid)  // the journal's group kept where the analyst may set it
        // The commit point: readers see the old journal or the repaired one.
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure("无法替换日志", "cannot replace the journal", errno: code)
        }
        AtomicFile.syncDirectory(url.deletingLastPathComponent())
        return Outcome(movedLines: unreadable.sorted(), sideFile: side, endedLastLine: unterminated && !unreadable.contains(number))
    }
}
