import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse the corpus's texts: text reuse, clause coding and the problem indicators, with evidence.",
        discussion: """
            Documents without text are skipped (metadata indicators need no analysis); a corpus with none gives the \
            JSON with no document analysed, the CSV its header, and no table, and stores nothing. A stored analysis \
            (analysis/ of the corpus) is reused while the documents and parameters are unchanged; --write stores \
            a new one. JSON follows docs/data-format.md; offsets are Unicode scalar offsets into the stored text. \
            JSON is the machine's analysis; the CSV's tool shares count the analysts' code overrides (ipap review), \
            as the dashboard and ipap export do.
            """
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: "json, table or csv.") var format: OutputFormat = .table
    @Flag(help: "Store the result in analysis/ of the corpus (a corpus-level file and one part per document, for the dashboard).") var write = false
    @Flag(help: "Indent the JSON. The default on a terminal; redirected or piped JSON is compact (less than half the size).")
    var pretty = false

    func run() throws {
        let clock = PhaseClock()
        // With --write the metadata index is written too, beside the stored analysis.
        var corpus = try options.load(index: write ? .refresh : .ignore)
        clock.lap("load")
        // A stored analysis missing a document would become the corpus's current one (the dashboard's, the export's).
        if write { try CorpusOptions.refuseWhileDocumentsNotLoaded(writing: "分析", "an analysis") }
        let result = try AnalysisRun.run(&corpus, store: write)
        clock.lap("analysis")
        switch format {
        case .json:
            // Written as it is encoded: the JSON of a large corpus is never held whole (1.5 GB at 50,000 documents).
            let out = FileHandle.standardOutput
            try result.writeJSON(pretty: pretty || isatty(STDOUT_FILENO) == 1) { try out.write(contentsOf: $0) }
            try out.write(contentsOf: Data("\n".utf8))
            clock.lap("json encode + write")
        case .csv:
            let reviewed = try reviewedCoding(of: result, corpus: corpus)
            Terminal.print(CSV.line(AnalysisTable.headers))
            for row in AnalysisTable.rows(reviewed, corpus: corpus) { Terminal.print(CSV.line(row)) }
        case .table:
            // No text analysed (said on stderr): no empty table under it.
            guard !result.documents.isEmpty else { break }
            Terminal.print(SyntheticMark.above(AnalysisTable.render(result, corpus: corpus, language: Terminal.language, width: Terminal.columns),
                                               for: corpus))
        }
        // Everything is written: leave without freeing the corpus and the result piece by piece (millions
        // of small arrays on a large corpus, a tenth of a second of nothing), as the process ends anyway.
        // Kept alive up to the exit: else the optimiser ends their lifetimes at their last use, and the result
        // was freed right after the JSON was written (a tenth of that phase's CPU at 10,000 documents).
        fflush(nil)
        withExtendedLifetime((corpus, result)) { Foundation.exit(CorpusOptions.exitStatus(of: self)) }
    }

    /// The result with the analysts' code overrides counted (docs/reviews.md: overrides win wherever clause codes are
    /// counted), as the dashboard and `ipap export` count them: the CSV's tool shares read the machine's codes after
    /// an analyst had recoded a clause. Said on stderr when any document was counted again.
    private func reviewedCoding(of result: AnalysisResult, corpus: Corpus) throws -> AnalysisResult {
        let store = ReviewStore.load(try options.directory(), displayPath: options.displayPath)
        for p in store.problems { Terminal.error(p) }
        let coding = ReviewedCoding(scheme: CodingScheme(taxonomy: corpus.taxonomy), store: store)
        var out = result
        let recoded = coding.applyToTouched(&out.documents) { id in corpus.document(id).flatMap { corpus.text(of: $0) } }
        if recoded > 0 {
            Terminal.error(Terminal.text("ipap：\(recoded) 份文件的政策工具占比计入了分析人员的改正编码（JSON 为机器分析）",
                                         "ipap: the tool shares of \(recoded) document\(recoded == 1 ? "" : "s") count analysts' code overrides (the JSON is the machine's analysis)"))
        }
        return out
    }
}
