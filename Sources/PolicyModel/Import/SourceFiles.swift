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
            return .failure(.escapes(LocalizedText(zh: "这是绝对路径；请给出相对于源目录的路径", en: "an absolute path; give a path relative to the source directory")))
        }
        var depth = 0
        for part in relative.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return .failure(.escapes(LocalizedText(zh: "“..”通向源目录之外", en: "'..' leads outside the source directory"))) }
        }
        let url = root.appendingPathComponent(relative)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .failure(.missing(LocalizedText(zh: "没有这个文件", en: "no such file"))) }
        // Resolve every link on the way and require the real file to be under the real source root.
        guard let real = realpath(url.path, nil) else { return .failure(.missing(LocalizedText(zh: "链接指向的文件不存在", en: "a link to a missing file"))) }
        let realPath = String(cString: real)
        free(real)
        guard realPath.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            return .failure(.escapes(LocalizedText(zh: "符号链接指向源目录之外（\(realPath)）", en: "a symbolic link resolving outside the source directory (\(realPath))")))
        }
        guard stat(realPath, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(.unreadable(LocalizedText(zh: "不是普通文件", en: "not a regular file")))
        }
        guard Int(info.st_size) <= maxBytes else {
            return .failure(.tooLarge(LocalizedText(zh: "\(info.st_size) 字节，超过 \(maxBytes) 字节的上限", en: "\(info.st_size) bytes, over the limit of \(maxBytes) bytes")))
        }
        guard let handle = FileHandle(forReadingAtPath: realPath) else {
            // Said as every file problem is (`FileError`: "permission denied (… ls -ld)"), not "cannot be opened".
            let code = errno
            return .failure(.unreadable(FileError.reasonText(errno: access(realPath, R_OK) != 0 ? EACCES : code)))
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew since stat is still refused.
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(.unreadable(FileError.localizedReason(error, path: realPath).prefixed(zh: "无法读取：", en: "cannot be read: ")))
        }
        guard data.count <= maxBytes else { return .failure(.tooLarge(LocalizedText(zh: "超过 \(maxBytes) 字节的上限", en: "over the limit of \(maxBytes) bytes"))) }
        return .success(data)
    }

    public enum Refusal: BilingualError, Sendable, Equatable {
        case escapes(LocalizedText), missing(LocalizedText), tooLarge(LocalizedText), unreadable(LocalizedText)

        public func description(in language: Language) -> String { text.text(in: language) }

        /// Why the file is refused, in both languages.
        public var text: LocalizedText {
            switch self {
            case .escapes(let m): m.prefixed(zh: "路径超出源目录：", en: "path escapes the source directory: ")
            case .missing(let m): m.prefixed(zh: "缺失：", en: "missing: ")
            case .tooLarge(let m): m.prefixed(zh: "太大：", en: "too large: ")
            case .unreadable(let m): m.prefixed(zh: "无法读取：", en: "unreadable: ")
            }
        }
    }
}
