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

    func run() throws {
        let corpus = try options.load()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Terminal.error("ipap: the dashboard needs a terminal; for scripts use ipap list, show or stats")
            throw ExitCode(2)
        }
        let terminal = NcursesBackend()
        var backend = terminal
        let environment = ProcessInfo.processInfo.environment
        let initial = AppState(corpus: corpus, language: Language.preferred(environment: environment),
                               size: Size(width: 80, height: 24))
        _ = try Dashboard.run(backend: &backend, initial: initial)
        if let signal = terminal.terminationSignal {
            // Leave as the signal asked, with the terminal already restored by the backend's stop().
            Foundation.exit(128 + signal)
        }
    }
}
