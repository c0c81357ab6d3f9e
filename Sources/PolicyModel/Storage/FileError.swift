import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation as a sentence naming the path, what was attempted and the cause in words:
/// `NSCocoaErrorDomain Code=513` or `error 256` tells an analyst nothing.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// What was attempted: "cannot write", "cannot create the folder", ...
    public let action: String
    public let reason: String

    public var description: String { "\(path): \(action): \(reason)" }

    public init(path: String, action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
    }

    /// From a Foundation or POSIX error; `path` is looked at when the error does not say enough.
    public init(path: String, action: String, error: Error) {
        self.init(path: path, action: action, reason: Self.reason(error, path: path))
    }

    /// The cause of `error` in words.
    public static func reason(_ error: Error, path: String) -> String {
        if let code = posixCode(error) { return reason(errno: code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return reason(errno: EACCES)
            case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT)
            case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding: return "the file is damaged or not text"
            default: break
            }
        }
        // Foundation often reports only "unknown error": look at the path itself.
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return reason(errno: EISDIR) }
            if access(path, R_OK) != 0 { return reason(errno: EACCES) }
        } else {
            return reason(errno: errno)
        }
        return (error as NSError).localizedFailureReason ?? "the operating system refused (\((error as NSError).domain) \((error as NSError).code))"
    }

    /// The cause of a POSIX error number in words, with the way forward where there is one.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied (check the owner and mode of the folder: ls -ld)"
        case EROFS: return "the file system is read-only"
        case EISDIR: return "it is a directory, not a file"
        case ENOENT: return "no such file or directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case EEXIST: return "it already exists"
        case ENAMETOOLONG: return "the name is too long for the file system"
        default: return String(cString: strerror(code))
        }
    }

    private static func posixCode(_ error: Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error { return posixCode(underlying) }
        return nil
    }
}
