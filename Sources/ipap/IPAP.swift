import ArgumentParser
import CMallocPolicy
import Foundation
import PolicyModel

/// The `ipap` command. Exit codes: 0 ok, 1 problems found, 2 usage.
@main
struct IPAP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ipap",
        abstract: "Review China's Internet Plus (互联网+) policy system: browse, validate, list and show.",
        discussion: """
            With no subcommand, ipap opens the dashboard on the bundled catalogue.
            The corpus is --corpus DIR, else $\(DataDirectory.corpusVariable), else the bundled catalogue.
            Exit codes: 0 ok, 1 problems found, 2 usage error.
            """,
        version: IPAPVersion.current,
        subcommands: [BrowseCommand.self, ValidateCommand.self, InitCommand.self, ImportCommand.self, FetchCommand.self, ListCommand.self, ShowCommand.self, StatsCommand.self, AnalyzeCommand.self, DemoCommand.self, KeysCommand.self, ReviewCommand.self, ExportCommand.self, ProblemsCommand.self, FindingsCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    static func main() {
        // Blocks of a megabyte and more (the analysis's postings, fingerprint groups and their parts, each
        // given back as soon as it is used) are returned to the system when freed. glibc otherwise raises
        // this threshold to the size of the first large block freed and keeps later ones in its heaps,
        // where they add to the peak memory of `analyze` (docs/benchmarks.md, issue 16).
        _ = cmp_map_blocks_from(1 << 20)
        do {
            var command = try parseAsRoot()
            try command.run()
            // The command worked on the documents that load; the others are problems found (exit 1).
            if CorpusOptions.problemsFound > 0 { Foundation.exit(1) }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            // ipap's own errors in the analyst's language; the argument parser's (and unknown ones) as it prints them.
            if error is BilingualError {
                Terminal.error(error)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}
