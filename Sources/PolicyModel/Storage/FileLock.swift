import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock that analysts' processes take in turn, on a lock file or on a directory itself.
public enum FileLock {
    /// Waits for the lock on the file `url` (created when missing) and returns its descriptor: closing it
    /// releases the lock (so does exiting).
    public static func exclusive(file url: URL, action: FileError.Action) throws -> Int32 {
        var fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        // Another analyst's lock file may not be writable by this one; a read-only descriptor locks as well.
        if fd < 0 { fd = open(url.path, O_RDONLY | O_CLOEXEC) }
        return try lock(fd, url, action)
    }

    /// The same on an existing directory (nothing is created in it or in its place).
    public static func exclusive(directory url: URL, action: FileError.Action) throws -> Int32 {
        try lock(open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), url, action)
    }

    private static func lock(_ fd: Int32, _ url: URL, _ action: FileError.Action) throws -> Int32 {
        guard fd >= 0 else { throw FileError(path: url.path, action: action, errno: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw FileError(path: url.path, action: action, errno: code)
        }
        return fd
    }
}
