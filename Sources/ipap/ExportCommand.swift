import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a report: indicator tables per province, issuer and area, reuse pairs, tool matrices, review entries.",
        discussion: """
            Every row carries its evidence (document, number, span, quoted passage). The analysis is the stored one \
            (analysis/ of the corpus) while it matches the corpus, else computed now; a corpus without texts gives the \
            metadata indicators only. Analysts' overrides count wherever clause codes are counted. The review's findings \
            are checked as `ipap findings` checks them (a corpus that cites none: the bundled catalogue's).
            --format csv writes one file per table beside FILE: --out report.csv writes report-about.csv, \
            report-indicators-province.csv, report-reuse.csv, ... (12 tables with texts); --out a folder (reports/, or \
            one that exists) writes them into it (reports/report-about.csv, ...); all of them or none (also when killed). \
            Markdown and json write one file: FILE, or for a folder report.md or report.json in it (reports/report.md). \
            A folder ending in / that does not exist is made (its parent must exist). Existing files are never \
            overwritten without --force.
            """
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Option(help: "csv, markdown or json.") var format: ExportFormat
    @Option(help: ArgumentHelp("The file to write, or a folder to write into (for csv: the name the per-table files are derived from, or a folder for them).", valueName: "FILE"))
    var out: String
    @Flag(help: "Overwrite existing files.") var force = false

    func validate() throws {
        try requireName(out, of: "--out", "报告文件名", "the name of the report file")
    }

    func run() throws {
        let clock = PhaseClock()
        // `reports/` naming a file: a usage error, said before the report is made (a trailing / never writes a file).
        if let refused = ExportWriter.notAFolder(URL(fileURLWithPath: out)) {
            Terminal.error(refused)
            throw ExitCode(2)
        }
        // Refused before the report is made (a minute at 50,000 documents) when its files' names say so.
        let existing: [String]
        do {
            existing = force ? [] : try ExportWriter.existingBeforeReport(format: format, out: URL(fileURLWithPath: out))
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        if !existing.isEmpty {
            Terminal.error(ExportWriter.FilesExist(paths: existing))
            throw ExitCode(2)
        }
        // The texts are left unread when the stored analysis of the whole corpus is for its files as they are:
        // the report reads each text from its file as it codes or quotes the document (as `ipap findings`).
        // Otherwise they are read and the analysis taken or computed as `ipap analyze` does (for a scope, the
        // analysis of the scope's documents alone).
        let scope = try scopeOptions.scope()
        var corpus = try scopeOptions.apply(to: try options.load(deferTexts: scope.isAll, index: scope.isAll ? .readIfFresh : .ignore))
        clock.lap("export: corpus loaded")
        // A report of the documents that loaded would pass for the corpus's: nothing is written while a document file
        // fails to load (each problem said above as path:line:column). A document that loads with a problem (a control
        // character in its title) is reported as a warning, its text made harmless; the export exits 0 once written.
        try CorpusOptions.refuseWhileDocumentsNotLoaded(writing: "报告", "a report")
        let store = ReviewStore.load(try options.directory(), displayPath: options.displayPath)
        for p in store.problems { Terminal.error(p) }
        // Likewise a journal line that cannot be read: the report's reviews would miss its entry and pass for complete
        // (`review list` and `validate` exit 1 for the same lines).
        if let first = store.problems.first {
            let place = "\(first.file):\(first.position.line)"
            let more = store.problems.count > 1 ? Terminal.text(" 等 \(store.problems.count) 处", " and \(store.problems.count - 1) more") : ""
            Terminal.error(Terminal.text("ipap：未写入报告：审阅日志 \(place)\(more)无法读取，缺了其记录的报告会被当作完整的报告（日志的所有者运行 ipap review repair 可把无法读取的行移到旁存文件；ipap validate 列出全部）",
                                         "ipap: nothing was written: the review journal line \(place)\(more) could not be read, and a report "
                                         + "without its entry would pass for complete (the journal's owner can move unreadable lines to a side file with ipap review repair; ipap validate lists them)"))
            throw ExitCode(1)
        }
        var result: (AnalysisResult, ExportReport.AnalysisOrigin)?
        if scope.isAll, let stored = CorpusAnalysis(corpus: corpus).storedForCurrentFiles(), let full = try? stored.fullResult() {
            result = (full, .stored)
        } else {
            corpus = corpus.readingTexts()
            let analysis = CorpusAnalysis(corpus: corpus)
            if !analysis.inputs.isEmpty {
                let (r, origin) = analysis.result()
                result = (r, origin == .computed ? .computed : .stored)
            } else {
                Terminal.error(Terminal.language == .chinese ? "ipap：语料没有文件全文，报告只给出元数据指标"
                                                             : "ipap: the corpus has no document texts; the report gives the metadata indicators only")
            }
        }
        clock.lap("export: analysis read")
        let report = ExportReport(corpus: corpus, analysis: result, reviews: store, scope: scope,
                                  language: Terminal.language, findings: try ReviewFindings.findings(for: corpus))
        clock.lap("export: report made")
        let written: [URL]
        do {
            written = try ExportWriter.write(report, format: format, out: URL(fileURLWithPath: out), force: force)
        } catch let exists as ExportWriter.FilesExist {
            // A usage error (exit 2), said in the analyst's language without the parser's English "Error:"/"Usage:".
            Terminal.error(exists)
            throw ExitCode(2)
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        clock.lap("export: written")
        Terminal.error(Self.written(written, format: format))
    }

    /// What was written: the file; for csv, the folder the tables went into (the one --out named, or the one
    /// holding the name --out gave) and their names.
    static func written(_ files: [URL], format: ExportFormat) -> String {
        guard format == .csv, let folder = files.first?.deletingLastPathComponent().path else {
            return Terminal.text("已写入 ", "wrote ") + files.map(\.path).joined(separator: ", ")
        }
        let names = files.map(\.lastPathComponent)
        return Terminal.text("已写入 \(names.count) 个 CSV 表到目录 \(folder)：" + names.joined(separator: "、"),
                             "wrote \(names.count) CSV tables into the folder \(folder): " + names.joined(separator: ", "))
    }
}
