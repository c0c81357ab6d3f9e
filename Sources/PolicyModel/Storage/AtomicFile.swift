import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never half of either:
/// a temporary file in the same directory, fsync, rename over the target, fsync the directory.
public enum AtomicFile {
    /// Content made as it is written: calls `append` as often as it likes, with `Data` or `[UInt8]`.
    public typealias Content = (_ append: (any ContiguousBytes) throws -> Void) throws -> Void

    public struct WriteError: BilingualError {
        public let path: String
        public let reason: LocalizedText

        public func description(in language: Language) -> String {
            FileError.Action.write.text.then(reason).at(path).text(in: language)
        }
    }

    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        try write(to: url, permissions: permissions) { append in try append(data) }
    }

    /// The same guarantee for content written piece by piece (`body` calls `append` as often as it likes,
    /// with `Data` or `[UInt8]`), so that a large file need not be held in memory whole.
    public static func write(to url: URL, permissions: mode_t = 0o644, body: Content) throws {
        let temporary = try writeTemporary(for: url, permissions: permissions, body: body)
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: url.path, reason: FileError.reasonText(errno: code))
        }
        syncDirectory(url.deletingLastPathComponent())
    }

    /// Writes and syncs the content of `url` under a temporary name beside it (`.<name>.tmp-<pid>-<random>`,
    /// which `removeAbandonedTemporaries` clears once this process is gone) and returns that path; nothing
    /// is left behind when it throws.
    static func writeTemporary(for url: URL, permissions: mode_t = 0o644, body: Content) throws -> String {
        let directory = url.deletingLastPathComponent()
        let path = url.path
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw WriteError(path: path, reason: FileError.reasonText(errno: errno)) }
        var ok = false
        var closed = false
        defer {
            if !closed { close(fd) }
            if !ok { unlink(temporary) }
        }
        try body { data in
            guard writeAll(data, to: fd) else { throw WriteError(path: path, reason: FileError.reasonText(errno: errno)) }
        }
        guard fsync(fd) == 0 else { throw WriteError(path: path, reason: FileError.reasonText(errno: errno)) }
        closed = true
        guard close(fd) == 0 else { throw WriteError(path: path, reason: FileError.reasonText(errno: errno)) }
        ok = true
        return temporary
    }

    /// Writes all of `data` to `fd` (retrying short writes and interruptions); false on an error (in errno).
    static func writeAll(_ data: some ContiguousBytes, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
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
    }

    /// Removes the temporary files of `url` left by writers that were killed before their rename
    /// (`.<name>.tmp-<pid>-<random>` of a process that is gone); those of live writers stay.
    public static func removeAbandonedTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where name.hasPrefix(prefix) && isAbandonedTemporary(name) {
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// Whether `name` is a temporary of this type's (`.<name>.tmp-<pid>-<random>`) whose writer is gone.
    public static func isAbandonedTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards),
              let pid = Int32(name[marker.upperBound...].prefix { $0 != "-" }) else { return false }
        return processIsGone(pid)
    }

    /// Whether no process `pid` runs: what a writer killed before its rename left is then garbage.
    public static func processIsGone(_ pid: Int32) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Makes a directory's entries (a rename, a new file) durable.
    public static func syncDirectory(_ directory: URL) {
        let dfd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }
}
