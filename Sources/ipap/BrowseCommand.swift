import ArgumentParser
import Dashboard
import Foundation
import PolicyModel
import TerminalUI

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the dashboard (the default when ipap runs without a subcommand)."
    )

    @OptionGroup var options: CorpusOptions
    @Flag(help: "Open the bundled synthetic demo corpus (every screen with data).") var demo = false

    func run() throws {
        var options = self.options
        if demo {
            guard options.corpus == nil else { throw ValidationError("--demo and --corpus exclude each other") }
            options.corpus = try DataDirectory.locate().appendingPathComponent("demo").path
        }
        let corpus = try options.load()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Terminal.error("ipap: the dashboard needs a terminal; for scripts use ipap list, show or stats")
            throw ExitCode(2)
        }
        let terminal = NcursesBackend()
        var backend = terminal
        let environment = ProcessInfo.processInfo.environment
        let (analysis, status) = AnalysisLoader.load(corpus)
        let initial = AppState(corpus: corpus, language: Language.preferred(environment: environment),
                               size: Size(width: 80, height: 24), analysis: analysis, analysisStatus: status)
        _ = try Dashboard.run(backend: &backend, initial: initial)
        if let signal = terminal.terminationSignal {
            // Leave as the signal asked, with the terminal already restored by the backend's stop().
            Foundation.exit(128 + signal)
        }
    }
}
