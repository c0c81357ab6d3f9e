import ArgumentParser
import CMallocPolicy
import Foundation
import PolicyModel

/// The `ipap` command. Exit codes: 0 ok, 1 problems found, 2 usage; the corpus's problems are warnings (`CorpusOptions.exitStatus`).
@main
struct IPAP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ipap",
        abstract: "Review China's Internet Plus (互联网+) policy system: browse and query its documents, import or fetch their texts, analyse them, record reviews and export reports.",
        discussion: """
            With no subcommand, ipap opens the dashboard on the bundled catalogue.
            The corpus is --corpus DIR, else $\(DataDirectory.corpusVariable), else the bundled catalogue.
            Exit codes: 0 ok, 1 problems found, 2 usage error. A command that did its job exits 0 and says the \
            corpus's problems on stderr as warnings (validate exits 1 on them); a document file that does not load \
            leaves an answer about the corpus without it: exit 1.
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
        // A mistyped subcommand reached the default one (browse) as "Unexpected argument 'lst'".
        if let typed = CommandLine.arguments.dropFirst().first, let message = noSubcommand(typed) {
            Terminal.error(message)
            Foundation.exit(2)
        }
        if let message = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
            Terminal.error(message)
            Foundation.exit(2)
        }
        var parsed: ParsableCommand.Type?
        do {
            var command = try parseAsRoot()
            parsed = type(of: command)
            try command.run()
            // The corpus's problems are warnings; an answer without a document that did not load is exit 1.
            let status = CorpusOptions.exitStatus(of: command)
            if status != 0 { Foundation.exit(status) }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // The message may echo what was typed (a --corpus path): through the one sanitiser, as every output.
                let english = parsed.map { usageMessage(for: error, in: $0) } ?? fullMessage(for: error)
                var message = UsageMessage.localized(UsageMessage.withoutFarSuggestion(english), to: Terminal.language)
                if let hint = UsageMessage.misplacedSubcommand(Array(CommandLine.arguments.dropFirst()), error: english,
                                                               subcommands: configuration.subcommands.map { $0._commandName }) {
                    message += "\n" + hint
                }
                Terminal.error(message)
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

    /// A usage error found once a subcommand runs (a --target this corpus does not hold) shows that subcommand's
    /// usage: the root's ("ipap <subcommand>") does not say what was wrong with the command typed.
    static func usageMessage(for error: Error, in command: ParsableCommand.Type) -> String {
        let usage = usageString(for: command)
        let name = usage.split(separator: " ").prefix { !($0.hasPrefix("[") || $0.hasPrefix("<") || $0.hasPrefix("-")) }
        return "Error: \(message(for: error))\nUsage: \(usage)\n  See '\(name.joined(separator: " ")) --help' for more information."
    }

    /// What ipap says to a first argument that is a word naming no subcommand, which browse (the default) does not
    /// take either: the subcommands it is nearest to (`nearestSubcommands`), else the list of them. A word far from
    /// every subcommand (`ipap reprot`) got browse's "Unexpected argument 'reprot'", as if browse had been asked for.
    /// `ipap version` is pointed to `--version`. nil for a subcommand, `help`, what is no word (an option, a path) and whatever browse takes.
    static func noSubcommand(_ typed: String) -> String? {
        let names = configuration.subcommands.map { $0._commandName }
        guard typed.first?.isLetter == true, typed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              !names.contains(typed), typed != "help", (try? BrowseCommand.parse([typed])) == nil else { return nil }
        // The version is asked of ipap's own option; the list of subcommands did not say where it is.
        if typed.lowercased() == "version", !configuration.version.isEmpty {
            return Terminal.text("ipap：没有子命令“\(typed)”；版本号请用 ipap --version", "ipap: no subcommand '\(typed)'; for the version: ipap --version")
        }
        return unknownSubcommand(typed)
    }

    /// `ipap help WORD...` printed the help of the last word it knew (the overview for `ipap help nonexist`) and
    /// exited 0: a word that names no subcommand there is a usage error naming it. nil when every word names one.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: ParsableCommand.Type = IPAP.self
        var path = ["ipap"]
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            let names = command.configuration.subcommands.map { $0._commandName }
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else {
                let parent = path.joined(separator: " ")
                guard !names.isEmpty else {
                    return Terminal.text("\(parent) 没有子命令（“\(word)”）；ipap help \(path.dropFirst().joined(separator: " ")) 说明它",
                                         "\(parent) has no subcommands ('\(word)'); ipap help \(path.dropFirst().joined(separator: " ")) describes it")
                }
                return unknownSubcommand(word, of: parent, names: names)
            }
            command = next
            path.append(word)
        }
        return nil
    }

    /// That `typed` names no subcommand of `parent` (`names` its subcommands): the nearest ones (`nearestSubcommands`)
    /// when there are, else the list.
    static func unknownSubcommand(_ typed: String, of parent: String = "ipap",
                                  names: [String] = configuration.subcommands.map { $0._commandName }) -> String {
        let meant = nearestSubcommands(to: typed, among: names)
        if !meant.isEmpty {
            return Terminal.text("\(parent)：没有子命令“\(typed)”；是不是\(meant.map { "“\($0)”" }.joined(separator: "或"))？（\(parent) --help 列出全部）",
                                 "\(parent): no subcommand '\(typed)'; did you mean \(meant.map { "'\($0)'" }.joined(separator: " or "))? (\(parent) --help lists them)")
        }
        return Terminal.text("\(parent)：没有子命令“\(typed)”；子命令有 \(names.joined(separator: "、"))（\(parent) --help 逐一说明）",
                             "\(parent): no subcommand '\(typed)'; the subcommands: \(names.joined(separator: ", ")) (\(parent) --help describes them)")
    }

    /// The subcommands `typed` is one or two letters from, the nearest, when it is a word that names none. Each
    /// as near is named: 'report' is as near to import as to export, and naming the first alone sent an analyst
    /// who wanted a report to `import`.
    static func nearestSubcommands(to typed: String, among names: [String] = configuration.subcommands.map { $0._commandName }) -> [String] {
        guard !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isLetter }), !names.contains(typed) else { return [] }
        let scored = names.filter { EditDistance.isNear(typed, to: $0) }.map { ($0, EditDistance.between(typed.lowercased(), $0)) }
        guard let nearest = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == nearest }.map(\.0)
    }
}
