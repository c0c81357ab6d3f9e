import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation as a sentence naming the path, what was attempted and the cause in words, in both
/// languages: `NSCocoaErrorDomain Code=513` or `error 256` tells an analyst nothing.
public struct FileError: BilingualError, Sendable {
    public let path: String
    public let action: Action
    /// The cause, in both languages.
    public let reasonText: LocalizedText
    /// The cause in English.
    public var reason: String { reasonText.en }

    /// What was attempted.
    public enum Action: Sendable, CaseIterable {
        case write, createAnalysisFolder, createAnalysisGeneration, takeAnalysisLock
        case lockCorpusForImport, commitImport, finishEarlierImport, moveOldDocumentsAside, moveNewDocumentsIntoPlace
        case moveCorpusJSONIntoPlace, finishImport, takeExportLock, finishEarlierExport

        public var text: LocalizedText {
            switch self {
            case .write: LocalizedText(zh: "无法写入", en: "cannot write")
            case .createAnalysisFolder: LocalizedText(zh: "无法创建分析文件夹", en: "cannot create the analysis folder")
            case .createAnalysisGeneration: LocalizedText(zh: "无法创建新的分析版本", en: "cannot create the analysis generation")
            case .takeAnalysisLock: LocalizedText(zh: "无法取得分析锁", en: "cannot take the analysis lock")
            case .lockCorpusForImport: LocalizedText(zh: "无法为导入锁定语料", en: "cannot lock the corpus for the import")
            case .commitImport: LocalizedText(zh: "无法提交导入", en: "cannot commit the import")
            case .finishEarlierImport: LocalizedText(zh: "无法完成上一次导入", en: "cannot finish an earlier import")
            case .moveOldDocumentsAside: LocalizedText(zh: "无法移开旧的文件", en: "cannot move the old documents aside")
            case .moveNewDocumentsIntoPlace: LocalizedText(zh: "无法把新文件移到位", en: "cannot move the new documents into place")
            case .moveCorpusJSONIntoPlace: LocalizedText(zh: "无法把 corpus.json 移到位", en: "cannot move corpus.json into place")
            case .finishImport: LocalizedText(zh: "无法完成导入", en: "cannot finish the import")
            case .takeExportLock: LocalizedText(zh: "无法取得导出锁", en: "cannot take the export lock")
            case .finishEarlierExport: LocalizedText(zh: "无法完成上一次导出", en: "cannot finish an earlier export")
            }
        }
    }

    public func description(in language: Language) -> String {
        action.text.then(reasonText).at(path).text(in: language)
    }

    public init(path: String, action: Action, reason: LocalizedText) {
        self.path = path
        self.action = action
        self.reasonText = reason
    }

    /// From a Foundation or POSIX error; `path` is looked at when the error does not say enough.
    public init(path: String, action: Action, error: Error) {
        self.init(path: path, action: action, reason: Self.localizedReason(error, path: path))
    }

    /// From a POSIX error number.
    public init(path: String, action: Action, errno code: Int32) {
        self.init(path: path, action: action, reason: Self.reasonText(errno: code))
    }

    /// The cause of `error` in words, in both languages.
    public static func localizedReason(_ error: Error, path: String) -> LocalizedText {
        if let code = posixCode(error) { return reasonText(errno: code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return reasonText(errno: EACCES)
            case .fileNoSuchFile, .fileReadNoSuchFile: return reasonText(errno: ENOENT)
            case .fileWriteOutOfSpace: return reasonText(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: return reasonText(errno: EROFS)
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding:
                return LocalizedText(zh: "文件已损坏或不是文本", en: "the file is damaged or not text")
            default: break
            }
        }
        // Foundation often reports only "unknown error": look at the path itself.
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return reasonText(errno: EISDIR) }
            if access(path, R_OK) != 0 { return reasonText(errno: EACCES) }
        } else {
            return reasonText(errno: errno)
        }
        let ns = error as NSError
        if let reason = ns.localizedFailureReason { return LocalizedText(zh: reason, en: reason) }
        return LocalizedText(zh: "操作系统拒绝了该操作（\(ns.domain) \(ns.code)）", en: "the operating system refused (\(ns.domain) \(ns.code))")
    }

    /// The cause of a POSIX error number in words, in both languages, with the way forward where there is one.
    public static func reasonText(errno code: Int32) -> LocalizedText {
        switch code {
        case EACCES, EPERM: LocalizedText(zh: "没有权限（请检查该文件夹的所有者和权限：ls -ld）", en: "permission denied (check the owner and mode of the folder: ls -ld)")
        case EROFS: LocalizedText(zh: "文件系统是只读的", en: "the file system is read-only")
        case EISDIR: LocalizedText(zh: "这是目录，不是文件", en: "it is a directory, not a file")
        case ENOENT: LocalizedText(zh: "没有这个文件或目录", en: "no such file or directory")
        case ENOTDIR: LocalizedText(zh: "路径中有一段不是目录", en: "a part of the path is not a directory")
        case ENOSPC: LocalizedText(zh: "磁盘已满", en: "the disk is full")
        case EDQUOT: LocalizedText(zh: "超出磁盘配额", en: "the disk quota is exceeded")
        case EEXIST: LocalizedText(zh: "已经存在", en: "it already exists")
        case ENAMETOOLONG: LocalizedText(zh: "名称对该文件系统太长", en: "the name is too long for the file system")
        default: LocalizedText(zh: String(cString: strerror(code)), en: String(cString: strerror(code)))
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
