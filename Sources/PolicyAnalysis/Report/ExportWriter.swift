import Foundation
import SafeText
import PolicyModel

/// The formats of a report.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, markdown, json
}

/// Writes a report to files, shared by `ipap export` and the dashboard's `e`: never over an existing file
/// unless forced, each file atomically.
public enum ExportWriter {
    public struct FilesExist: BilingualError {
        public let paths: [String]

        public func description(in language: Language) -> String {
            LocalizedText(zh: "\(paths.joined(separator: "、")) 已存在；未加 --force 时 ipap export 从不覆盖",
                          en: "\(paths.joined(separator: ", ")) exists; ipap export never overwrites without --force").text(in: language)
        }
    }

    /// The files of a report: one for markdown and json; for csv, `<stem>-<table>.csv` beside `out`.
    public static func files(for report: ExportReport, format: ExportFormat, out: URL) throws -> [(URL, Data)] {
        switch format {
        case .json: return [(out, try report.jsonData())]
        // Text files a terminal may show with cat: no control character reaches them raw.
        case .markdown: return [(out, Data(ControlCharacters.sanitizeLines(report.markdown()).utf8))]
        case .csv:
            let dir = out.deletingLastPathComponent()
            var stem = out.lastPathComponent
            if stem.lowercased().hasSuffix(".csv") { stem = String(stem.dropLast(4)) }
            return report.csvFiles().map { (dir.appendingPathComponent("\(stem)-\($0.table).csv"), Data(ControlCharacters.sanitizeLines($0.text).utf8)) }
        }
    }

    /// Writes every file of the report; refuses (writing nothing) when any exists and `force` is false.
    @discardableResult
    public static func write(_ report: ExportReport, format: ExportFormat, out: URL, force: Bool) throws -> [URL] {
        let files = try files(for: report, format: format, out: out)
        if !force {
            let existing = files.filter { FileManager.default.fileExists(atPath: $0.0.path) }.map(\.0.path)
            guard existing.isEmpty else { throw FilesExist(paths: existing) }
        }
        for (url, data) in files { try AtomicFile.write(data, to: url) }
        return files.map(\.0)
    }
}
