import ArgumentParser
import Dashboard
import Foundation
import PolicyAnalysis
import PolicyModel
import NcursesTerminal
import TerminalUI

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the dashboard (the default when ipap runs without a subcommand)."
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Flag(help: "Open the bundled synthetic demo corpus (every screen with data).") var demo = false

    func run() throws {
        // Usage errors first, terminal or not: in a pipe a bad --until was answered 'the dashboard needs a terminal'.
        let scope = try scopeOptions.scope()
        var options = self.options
        if demo {
            guard options.corpus == nil else { throw usageError("--demo 与 --corpus 不能同时使用", "--demo and --corpus exclude each other") }
            options.corpus = try DataDirectory.locate().appendingPathComponent("demo").path
        }
        let clock = PhaseClock()
        // The stored analysis's summary is read on another thread while the metadata loads.
        AnalysisStore(folder: try options.directory().appendingPathComponent("analysis", isDirectory: true)).startOpening()
        // Texts are read when a document is opened (or, when the analysis must be computed, in the background).
        let corpus = try options.load(deferTexts: true, index: .refreshInBackground)
        clock.lap("corpus metadata loaded")
        let problems = CorpusOptions.problemsFound
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Terminal.error(Terminal.text("ipap：仪表盘需要终端；脚本中请用 ipap list、show 或 stats", "ipap: the dashboard needs a terminal; for scripts use ipap list, show or stats"))
            throw ExitCode(2)
        }
        let terminal = NcursesBackend()
        var backend = terminal
        let environment = ProcessInfo.processInfo.environment
        // The analysis is loaded (or computed) in the background: the first frame does not wait for it.
        let loader = try options.loader()
        let directory = try options.directory()
        let job = corpus.documents.contains(where: \.hasText) ? AnalysisJob(corpus: corpus, load: { loader.load(directory).corpus }) : nil
        var initial = AppState(corpus: corpus, language: Language.preferred(environment: environment),
                               size: Size(width: 80, height: 24), analysisJob: job)
        initial.scope = scope
        initial = Dashboard.reloadingReviews(initial)
        initial.corpusProblems = problems
        initial.documentsNotLoaded = CorpusOptions.documentsNotLoaded
        // Each analyst returns to where they were: their own state file, never shared.
        let sessions = SessionStateStore(corpusDirectory: corpus.directory)
        let saved = sessions.load(Session.self)
        if let problem = saved.problem { Terminal.error(problem) }
        // A language asked for explicitly wins over the one the last session used.
        let asked = environment["IPAP_LANG"] != nil ? Language.preferred(environment: environment) : nil
        if let session = saved.state { initial = initial.restoring(session, language: asked) }
        let final = try Dashboard.run(backend: &backend, initial: initial, clipboard: { terminal.copyToClipboard($0) },
                                      buildsPagesInBackground: true)
        // A report still being written is finished before ipap ends (not when a signal ended the session).
        if let export = final.exportJob, terminal.terminationSignal == nil {
            Terminal.error(Terminal.text("ipap：正在写完报告 \(export.path)…", "ipap: finishing the report \(export.path)…"))
            Terminal.error(export.waitForOutcome().text(in: Terminal.language))
        }
        do {
            try sessions.save(final.session)
        } catch {
            let why = LocalizedText(describing: error)
            Terminal.error(Terminal.text("ipap：无法保存会话：\(why.zh)", "ipap: could not save the session: \(why.en)"))
        }
        if let signal = terminal.terminationSignal {
            // Leave as the signal asked, with the terminal already restored by the backend's stop().
            Foundation.exit(128 + signal)
        }
    }
}
