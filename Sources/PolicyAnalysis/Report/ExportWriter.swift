import Foundation
import SafeText
import PolicyModel

/// The formats of a report.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, markdown, json
}

/// Writes a report to files, shared by `ipap export` and the dashboard's `e`: never over an existing file
/// unless forced, all files or none (also when killed).
public enum ExportWriter {
    public struct FilesExist: BilingualError {
        public let paths: [String]

        public init(paths: [String]) { self.paths = paths }

        public func description(in language: Language) -> String {
            LocalizedText(zh: "\(paths.joined(separator: "、")) 已存在；未加 --force 时 ipap export 从不覆盖",
                          en: "\(EnglishList.and(paths)) \(paths.count == 1 ? "exists" : "exist"); ipap export never overwrites without --force").text(in: language)
        }
    }

    /// The files of a report: one for markdown and json (`singleFile`); for csv, `<stem>-<table>.csv` beside `out`,
    /// or `report-<table>.csv` inside it when `out` is a folder (`csvPlace`). Each file's content is made as it
    /// is written (the JSON report is streamed: `ExportReport.writeJSON`).
    public static func files(for report: ExportReport, format: ExportFormat, out: URL) -> [(URL, AtomicFile.Content)] {
        switch format {
        case .json: return [(singleFile(format: .json, out: out), { append in try report.writeJSON { try append($0) } })]
        // Text files a terminal may show with cat: no control character reaches them raw.
        case .markdown: return [(singleFile(format: .markdown, out: out), { append in try append(Data(ControlCharacters.sanitizeLines(report.markdown()).utf8)) })]
        case .csv:
            let (dir, stem) = csvPlace(out)
            return report.csvFiles().map { file in
                (dir.appendingPathComponent("\(stem)-\(file.table).csv"), { append in try append(Data(ControlCharacters.sanitizeLines(file.text).utf8)) })
            }
        }
    }

    /// The one file of a markdown or JSON report: `out`, or inside it when it is a folder (`isDirectory`), named
    /// as the CSV tables in a folder are (`report.md`, `report.json`). `reports/` wrote a file named `reports`.
    public static func singleFile(format: ExportFormat, out: URL) -> URL {
        guard isDirectory(out) else { return out }
        return out.appendingPathComponent(csvStemInDirectory + (format == .json ? ".json" : ".md"))
    }

    /// The files an export to `out` would refuse to overwrite that are known before the report is made (at
    /// 50,000 documents making it takes a minute): `out` for json and markdown; for csv, when the always
    /// written `<stem>-about.csv` exists, every existing table file of the stem. Empty: make the report and
    /// let `write` check the rest (a CSV table written only with texts, say). A CSV set whose writer was killed
    /// after its commit point is finished first, as `write` does.
    public static func existingBeforeReport(format: ExportFormat, out: URL) throws -> [String] {
        let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
        if let refused = notAFolder(out) { throw refused }
        switch format {
        case .json, .markdown:
            let file = singleFile(format: format, out: out)
            return exists(file) ? [file.path] : []
        case .csv:
            let (dir, stem) = csvPlace(out)
            let files = ExportReport.csvTables.map { dir.appendingPathComponent("\(stem)-\($0).csv") }
            guard exists(dir) else { return [] }  // said by `write`, for the first table
            try FileSetCommit.finishEarlier(of: files, in: dir, name: "\(stem)-csv")
            guard let about = files.first, exists(about) else { return [] }
            return files.filter(exists).map(\.path)
        }
    }

    /// The stem of a CSV report written into a directory: `report-about.csv`, `report-reuse.csv`, …
    public static let csvStemInDirectory = "report"

    /// Where a CSV report's tables go and what their names start with. A file name: beside it, named after it
    /// (`out/report.csv` -> `out/report-about.csv`, …). A folder, one that exists or a path ending in `/`:
    /// inside it, `report-about.csv`, … (it wrote `reports-about.csv` beside `reports/`, in the parent, and the
    /// folder the analyst named stayed empty). A folder ending in `/` that does not exist is made by `write`.
    public static func csvPlace(_ out: URL) -> (directory: URL, stem: String) {
        if isDirectory(out) { return (out, csvStemInDirectory) }
        let name = out.lastPathComponent
        return (out.deletingLastPathComponent(), name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name)
    }

    /// Why `out` cannot be written: a path ending in `/` that names a file. A trailing `/` never writes a file
    /// (`--force` would have overwritten the file `reports` given `reports/`). Said before the report is made.
    public static func notAFolder(_ out: URL) -> FileError? {
        var isDirectory: ObjCBool = false
        guard out.hasDirectoryPath, FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        return FileError(path: out.path + "/", action: .write, reason: LocalizedText(
            zh: "这是文件，不是文件夹（去掉末尾的 / 即写入该文件）", en: "it is a file, not a folder (without the trailing / it names that file)"))
    }

    /// The folder `out` is written into when it does not exist, named as the first of its folders that is missing
    /// (QA pass 50: "r.md: cannot write: no such file or directory" did not say which folder was missing).
    public static func missingFolder(_ out: URL) -> FileError? {
        guard let folder = MissingFolder.first(above: out) else { return nil }
        return FileError(path: out.path, action: .write, reason: LocalizedText(
            zh: "文件夹 \(folder.path) 不存在（ipap 只新建末尾带 / 的最后一级文件夹）",
            en: "the folder \(folder.path) does not exist (ipap makes only the last folder, named with a trailing /)"))
    }

    /// Whether `out` names a directory: one that exists (a link to one too), or a path written with a trailing `/`.
    public static func isDirectory(_ out: URL) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return out.hasDirectoryPath
    }

    /// Writes every file of the report (all or none); refuses (writing nothing) when any exists and `force` is false.
    /// A folder named with a trailing `/` that does not exist is made (its parent must exist), and removed again
    /// when the report is not written: a failed export leaves nothing behind.
    @discardableResult
    public static func write(_ report: ExportReport, format: ExportFormat, out: URL, force: Bool) throws -> [URL] {
        if let refused = notAFolder(out) ?? missingFolder(out) { throw refused }
        let files = files(for: report, format: format, out: out)
        let place = csvPlace(out), set = "\(place.stem)-csv"
        let made = try makeFolder(out)
        do {
            // A set whose writer was killed after its commit point is finished first: its files are there to see.
            if files.count > 1 { try FileSetCommit.finishEarlier(of: files.map(\.0), in: place.directory, name: set) }
            if !force {
                let existing = files.filter { FileManager.default.fileExists(atPath: $0.0.path) }.map(\.0.path)
                guard existing.isEmpty else { throw FilesExist(paths: existing) }
            }
            if files.count == 1, let (url, content) = files.first {
                try AtomicFile.write(to: url, body: content)
            } else if let first = files.first?.0 {
                // The CSV tables: all or none, also under SIGKILL (`FileSetCommit`), the set named after its stem.
                try FileSetCommit.write(files, in: first.deletingLastPathComponent(), name: set)
            }
        } catch {
            // rmdir(2) removes it only while empty: never a file someone put there meanwhile.
            if made { rmdir(out.path) }
            throw error
        }
        return files.map(\.0)
    }

    /// Makes the folder `out` names when it ends in `/` and does not exist; true when it was made here.
    private static func makeFolder(_ out: URL) throws -> Bool {
        guard out.hasDirectoryPath, !FileManager.default.fileExists(atPath: out.path) else { return false }
        guard mkdir(out.path, 0o755) == 0 else { throw FileError(path: out.path, action: .write, errno: errno) }
        return true
    }
}
