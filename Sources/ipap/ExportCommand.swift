import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, markdown, json
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a report: indicator tables per province, issuer and area, reuse pairs, tool matrices, review entries.",
        discussion: """
            Every row carries its evidence (document, number, span, quoted passage). The analysis is the stored one \
            (analysis/analysis.json) while it matches the corpus, else computed now; a corpus without texts gives the \
            metadata indicators only. Analysts' overrides count wherever clause codes are counted.
            --format csv writes one file per table beside FILE: --out report.csv writes report-about.csv, \
            report-indicators-province.csv, report-reuse.csv, ... Existing files are never overwritten without --force.
            """
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: "csv, markdown or json.") var format: ExportFormat
    @Option(help: ArgumentHelp("The file to write (for csv: the name the per-table files are derived from).", valueName: "FILE"))
    var out: String
    @Flag(help: "Overwrite existing files.") var force = false

    func run() throws {
        let corpus = try options.load()
        let store = ReviewStore.load(try options.directory(), displayPath: options.displayPath)
        for p in store.problems { Terminal.error(p.description) }
        let analysis = CorpusAnalysis(corpus: corpus)
        var result: (AnalysisResult, ExportReport.AnalysisOrigin)?
        if !analysis.inputs.isEmpty {
            let (r, origin) = analysis.result()
            result = (r, origin == .stored ? .stored : .computed)
        } else {
            Terminal.error("ipap: the corpus has no document texts; the report gives the metadata indicators only")
        }
        let report = ExportReport(corpus: corpus, analysis: result, reviews: store)
        let files = try Self.files(for: report, format: format, out: URL(fileURLWithPath: out))
        if !force {
            let existing = files.filter { FileManager.default.fileExists(atPath: $0.0.path) }.map(\.0.path)
            guard existing.isEmpty else {
                throw ValidationError("\(existing.joined(separator: ", ")) exists; ipap export never overwrites without --force")
            }
        }
        do {
            for (url, data) in files { try AtomicFile.write(data, to: url) }
        } catch {
            Terminal.error("ipap: \(error)")
            throw ExitCode(1)
        }
        Terminal.error("wrote \(files.map(\.0.path).joined(separator: ", "))")
    }

    /// The files of a report: one for markdown and json; for csv, `<stem>-<table>.csv` beside FILE.
    static func files(for report: ExportReport, format: ExportFormat, out: URL) throws -> [(URL, Data)] {
        switch format {
        case .json: return [(out, try report.jsonData())]
        case .markdown: return [(out, Data(report.markdown().utf8))]
        case .csv:
            let dir = out.deletingLastPathComponent()
            var stem = out.lastPathComponent
            if stem.lowercased().hasSuffix(".csv") { stem = String(stem.dropLast(4)) }
            return report.csvFiles().map { (dir.appendingPathComponent("\(stem)-\($0.table).csv"), Data($0.text.utf8)) }
        }
    }
}
