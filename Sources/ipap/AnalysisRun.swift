import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

/// The analysis of a loaded corpus with its progress line, stored or not: what `analyze` and `import --analyze` share.
enum AnalysisRun {
    /// The analysis (the stored one when it is up to date, else computed), stored when `store` and it was computed;
    /// for a corpus without texts the analysis of none, never stored (said on stderr). A stored analysis of an
    /// unknown schema is never overwritten: with `store` that is an error (exit 1).
    /// `whenComputed`: said on stderr when the analysis was computed (not when the stored one was still valid).
    /// The corpus lets go of its loaded texts (the analysis frees each once it is normalised); its documents
    /// read them from their files when asked after.
    static func run(_ corpus: inout Corpus, store: Bool, whenComputed: String? = nil) throws -> AnalysisResult {
        let clock = PhaseClock()
        let (analysis, texts) = CorpusAnalysis.detachingTexts(of: &corpus)
        let total = texts.count
        guard total > 0 else {
            Terminal.error(Terminal.text("该语料没有全文，无需分析（元数据指标见 ipap stats 与仪表盘）",
                                         "this corpus has no document texts to analyse (metadata indicators: ipap stats and the dashboard)")
                           + (store ? Terminal.text("；未存储任何分析", "; no analysis stored") : ""))
            // Nothing to store; a pipeline still gets the contract (`analyze --format json`), with no document analysed.
            return try analysis.result(texts: texts, progress: { _, _ in }, cancellation: AnalysisCancellation()).0
        }
        // Each document is counted three times (normalised, its passages found, its indicators made): the unit
        // says so, where "documents" showed 100,000 for a corpus of 50,000.
        let progress = ProgressLine(total: total * PolicyAnalyzer.stepsPerDocument, label: Terminal.text("分析", "analysing"),
                                    unit: Terminal.text("步（每个文件三步）", "steps (three per document)"))
        if let unsupported = analysis.unsupportedStoredSchema() {
            Terminal.error("ipap: \(unsupported.description(in: Terminal.language))" + (store ? Terminal.text("；未写入任何文件", "; nothing was written") : Terminal.text("；重新分析", "; analysing anew")))
            if store { throw ExitCode(1) }
        }
        let (result, origin) = try analysis.result(texts: texts, progress: { done, _ in progress.update(done) }, cancellation: AnalysisCancellation())
        progress.finish()
        clock.lap("analysis (all phases)")
        if origin == .computed, let whenComputed { Terminal.error(whenComputed) }
        guard store else { return result }
        if origin == .stored {
            // Found valid by its fingerprint (every text read): its files' stamp recorded, so that the next
            // start (dashboard, show) knows it current without reading a text.
            analysis.restampStored(result)
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
        return result
    }
}
