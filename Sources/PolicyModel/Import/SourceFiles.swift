import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text files of an import source directory, read only when they are safely inside it: no absolute
/// paths, no `..` leading out, no symbolic link resolving outside, regular files no larger than the limit.
public struct SourceFiles: Sendable {
    public let root: URL
    public let maxBytes: Int
    private let realRoot: String

    public init(root: URL, maxBytes: Int) {
        self.root = root
        self.maxBytes = maxBytes
        realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// The bytes of `relative`, or why they are refused (the message names no path: the caller does).
    public func read(_ relative: String) -> Result<Data, Refusal> {
        if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.hasPrefix("\\")
            || (relative.count > 1 && relative.dropFirst().first == ":") {
            return .failure(.escapes("an absolute path; give a path relative to the source directory"))
        }
        var depth = 0
        for part in relative.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return .failure(.escapes("'..' leads outside the source directory")) }
        }
        let url = root.appendingPathComponent(relative)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .failure(.missing("no such file")) }
        // Resolve every link on the way and require the real file to be under the real source root.
        guard let real = realpath(url.path, nil) else { return .failure(.missing("a link to a missing file")) }
        let realPath = String(cString: real)
        free(real)
        guard realPath.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            return .failure(.escapes("a symbolic link resolving outside the source directory (\(realPath))"))
        }
        guard stat(realPath, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(.unreadable("not a regular file"))
        }
        guard Int(info.st_size) <= maxBytes else {
            return .failure(.tooLarge("\(info.st_size) bytes, over the limit of \(maxBytes) bytes"))
        }
        guard let handle = FileHandle(forReadingAtPath: realPath) else { return .failure(.unreadable("cannot be opened")) }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew since stat is still refused.
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(.unreadable("cannot be read: \(FileError.reason(error, path: realPath))"))
        }
        guard data.count <= maxBytes else { return .failure(.tooLarge("over the limit of \(maxBytes) bytes")) }
        return .success(data)
    }

    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case escapes(String), missing(String), tooLarge(String), unreadable(String)

        public var description: String {
            switch self {
            case .escapes(let m): "path escapes the source directory: \(m)"
            case .missing(let m): "missing: \(m)"
            case .tooLarge(let m): "too large: \(m)"
            case .unreadable(let m): "unreadable: \(m)"
            }
        }
    }
}
