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

    /// The files of a report: one for markdown and json; for csv, `<stem>-<table>.csv` beside `out`. Each
    /// file's content is made as it is written (the JSON report is streamed: `ExportReport.writeJSON`).
    public static func files(for report: ExportReport, format: ExportFormat, out: URL) -> [(URL, AtomicFile.Content)] {
        switch format {
        case .json: return [(out, { append in try report.writeJSON { try append($0) } })]
        // Text files a terminal may show with cat: no control character reaches them raw.
        case .markdown: return [(out, { append in try append(Data(ControlCharacters.sanitizeLines(report.markdown()).utf8)) })]
        case .csv:
            let dir = out.deletingLastPathComponent(), stem = csvStem(out)
            return report.csvFiles().map { file in
                (dir.appendingPathComponent("\(stem)-\(file.table).csv"), { append in try append(Data(ControlCharacters.sanitizeLines(file.text).utf8)) })
            }
        }
    }

    /// The files an export to `out` would refuse to overwrite that are known before the report is made (at
    /// 50,000 documents making it takes a minute): `out` for json and markdown; for csv, when the always
    /// written `<stem>-about.csv` exists, every existing table file of the stem. Empty: make the report and
    /// let `write` check the rest (a CSV table written only with texts, say). A CSV set whose writer was killed
    /// after its commit point is finished first, as `write` does.
    public static func existingBeforeReport(format: ExportFormat, out: URL) throws -> [String] {
        let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }
        switch format {
        case .json, .markdown: return exists(out) ? [out.path] : []
        case .csv:
            let dir = out.deletingLastPathComponent(), stem = csvStem(out)
            let files = ExportReport.csvTables.map { dir.appendingPathComponent("\(stem)-\($0).csv") }
            guard exists(dir) else { return [] }  // said by `write`, for the first table
            try FileSetCommit.finishEarlier(of: files, in: dir, name: "\(stem)-csv")
            guard let about = files.first, exists(about) else { return [] }
            return files.filter(exists).map(\.path)
        }
    }

    /// `report` of `report.csv`: what the CSV files' names start with.
    static func csvStem(_ out: URL) -> String {
        let name = out.lastPathComponent
        return name.lowercased().hasSuffix(".csv") ? String(name.dropLast(4)) : name
    }

    /// Writes every file of the report (all or none); refuses (writing nothing) when any exists and `force` is false.
    @discardableResult
    public static func write(_ report: ExportReport, format: ExportFormat, out: URL, force: Bool) throws -> [URL] {
        let files = files(for: report, format: format, out: out)
        let set = "\(csvStem(out))-csv"
        // A set whose writer was killed after its commit point is finished first: its files are there to see.
        if files.count > 1 { try FileSetCommit.finishEarlier(of: files.map(\.0), in: out.deletingLastPathComponent(), name: set) }
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
        return files.map(\.0)
    }
}
