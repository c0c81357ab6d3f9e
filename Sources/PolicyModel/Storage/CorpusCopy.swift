import Foundation
import Glibc

/// `ipap init --from-catalog DIR`: a corpus of the analyst's own, copied from a read-only one (the bundled
/// catalogue), so that texts can be fetched or imported into it. The copy is built whole in a hidden sibling
/// and renamed into place in one step: DIR either is the full copy or is untouched.
public enum CorpusCopy {
    /// What is copied: the corpus's own files, not analyses, reviews or caches.
    static let files = ["corpus.json", "findings.json", "coverage.json"]

    public struct Failure: BilingualError {
        public var text: LocalizedText

        public func description(in language: Language) -> String { text.text(in: language) }
    }

    /// Copies `source` to `destination` (which must not exist, or be an empty directory); returns the number of
    /// documents copied.
    public static func copy(from source: URL, to destination: URL, destinationDisplay: String) throws -> Int {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            // A file was said to be a directory "not empty".
            guard isDirectory.boolValue else {
                throw Failure(text: LocalizedText(zh: "是文件，不是目录；请另取一个新目录名", en: "is a file, not a directory; name a new directory").at(destinationDisplay))
            }
            let empty = isDirectory.boolValue && ((try? fm.contentsOfDirectory(atPath: destination.path))?.isEmpty ?? false)
            guard empty else { throw Failure(text: LocalizedText(zh: "已存在且不是空的；请另取一个新目录名", en: "already exists and is not empty; name a new directory").at(destinationDisplay)) }
        }
        let parent = destination.standardizedFileURL.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).init-\(getpid())")
        try? fm.removeItem(at: staging)
        var done = false
        defer { if !done { try? fm.removeItem(at: staging) } }
        do {
            try fm.createDirectory(at: staging.appendingPathComponent("documents"), withIntermediateDirectories: true)
            for name in files where fm.fileExists(atPath: source.appendingPathComponent(name).path) {
                try fm.copyItem(at: source.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
            let documents = try fm.contentsOfDirectory(atPath: source.appendingPathComponent("documents").path).filter { $0.hasSuffix(".json") }
            for name in documents {
                try fm.copyItem(at: source.appendingPathComponent("documents/\(name)"), to: staging.appendingPathComponent("documents/\(name)"))
            }
            guard rename(staging.path, destination.path) == 0 else {
                throw Failure(text: LocalizedText(zh: "无法把副本移到位", en: "cannot move the copy into place").then(FileError.reasonText(errno: errno)).at(destinationDisplay))
            }
            done = true
            return documents.count
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(text: LocalizedText(zh: "无法复制语料", en: "cannot copy the corpus").then(FileError.localizedReason(error, path: destination.path)).at(destinationDisplay))
        }
    }
}
