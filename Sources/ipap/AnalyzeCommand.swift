import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse the corpus's texts: text reuse, clause coding and the problem indicators, with evidence.",
        discussion: """
            Documents without text are skipped (metadata indicators need no analysis). A stored analysis \
            (analysis/ of the corpus) is reused while the documents and parameters are unchanged; --write stores \
            a new one. JSON follows docs/data-format.md; offsets are Unicode scalar offsets into the stored text.
            """
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: "json, table or csv.") var format: OutputFormat = .table
    @Flag(help: "Store the result in analysis/ of the corpus (a corpus-level file and one part per document, for the dashboard).") var write = false
    @Flag(help: "Indent the JSON. The default on a terminal; redirected or piped JSON is compact (less than half the size).")
    var pretty = false

    func run() throws {
        let clock = PhaseClock()
        let corpus = try options.load()
        clock.lap("load")
        let analysis = CorpusAnalysis(corpus: corpus)
        let total = analysis.inputs.count
        guard total > 0 else {
            Terminal.error(Terminal.language == .chinese ? "该语料没有全文，无需分析（元数据指标见 ipap stats 与仪表盘）"
                                                          : "this corpus has no document texts to analyse (metadata indicators: ipap stats and the dashboard)")
            return
        }
        let progress = ProgressLine(total: total * 2, label: Terminal.language == .chinese ? "分析" : "analysing",
                                    unit: Terminal.language == .chinese ? "文件" : "documents")
        if let unsupported = analysis.unsupportedStoredSchema() {
            // Never overwritten; without --write the analysis is computed anew, the file left alone.
            Terminal.error("ipap: \(unsupported.description(in: Terminal.language))" + (write ? Terminal.text("；未写入任何文件", "; nothing was written") : Terminal.text("；重新分析", "; analysing anew")))
            if write { throw ExitCode(1) }
        }
        let (result, origin) = analysis.result(progress: { done, _ in progress.update(done) })
        progress.finish()
        clock.lap("analysis (all phases)")
        if write {
            if origin == .stored {
                Terminal.error(Terminal.text("已存储的分析已是最新（输入 \(result.inputs?.fingerprint ?? "?")）", "the stored analysis is up to date (inputs \(result.inputs?.fingerprint ?? "?"))"))
            } else {
                let written: URL
                do {
                    written = try analysis.write(result)
                } catch {
                    Terminal.error(error)
                    throw ExitCode(1)
                }
                Terminal.error(Terminal.text("已写入 ", "wrote ") + written.path)
            }
        }
        switch format {
        case .json:
            let data = try result.jsonData(pretty: pretty || isatty(STDOUT_FILENO) == 1)
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
            clock.lap("json encode + write")
        case .csv:
            Terminal.print(CSV.line(AnalysisTable.headers))
            for row in AnalysisTable.rows(result, corpus: corpus) { Terminal.print(CSV.line(row)) }
        case .table:
            Terminal.print(AnalysisTable.render(result, corpus: corpus, language: Terminal.language, width: Terminal.columns))
        }
        // Everything is written: leave without freeing the corpus and the result piece by piece (millions
        // of small arrays on a large corpus, a tenth of a second of nothing), as the process ends anyway.
        fflush(nil)
        Foundation.exit(CorpusOptions.problemsFound > 0 ? 1 : 0)
    }
}
