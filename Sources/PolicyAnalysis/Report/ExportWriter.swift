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

    /// A file's content, made as it is written: the JSON report is streamed (see `ExportReport.writeJSON`).
    public typealias Content = (_ append: (any ContiguousBytes) throws -> Void) throws -> Void

    /// The files of a report: one for markdown and json; for csv, `<stem>-<table>.csv` beside `out`.
    public static func files(for report: ExportReport, format: ExportFormat, out: URL) -> [(URL, Content)] {
        switch format {
        case .json: return [(out, { append in try report.writeJSON { try append($0) } })]
        // Text files a terminal may show with cat: no control character reaches them raw.
        case .markdown: return [(out, { append in try append(Data(ControlCharacters.sanitizeLines(report.markdown()).utf8)) })]
        case .csv:
            let dir = out.deletingLastPathComponent()
            var stem = out.lastPathComponent
            if stem.lowercased().hasSuffix(".csv") { stem = String(stem.dropLast(4)) }
            return report.csvFiles().map { file in
                (dir.appendingPathComponent("\(stem)-\(file.table).csv"), { append in try append(Data(ControlCharacters.sanitizeLines(file.text).utf8)) })
            }
        }
    }

    /// Writes every file of the report; refuses (writing nothing) when any exists and `force` is false.
    @discardableResult
    public static func write(_ report: ExportReport, format: ExportFormat, out: URL, force: Bool) throws -> [URL] {
        let files = files(for: report, format: format, out: out)
        if !force {
            let existing = files.filter { FileManager.default.fileExists(atPath: $0.0.path) }.map(\.0.path)
            guard existing.isEmpty else { throw FilesExist(paths: existing) }
        }
        for (url, content) in files { try AtomicFile.write(to: url, body: content) }
        return files.map(\.0)
    }
}
