import ArgumentParser
import PolicyModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a corpus: every problem as path:line:column: message. Exit 1 when any is found."
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let result = try options.loader().load(try options.directory(), displayPath: options.displayPath)
        for problem in result.problems { Terminal.print(TextSafety.clean(problem.description)) }
        if result.problems.isEmpty, let corpus = result.corpus {
            Terminal.error("ok: \(corpus.documents.count) documents, \(corpus.findings.count) findings, no problems")
            return
        }
        Terminal.error("\(result.problems.count) problem(s)")
        throw ExitCode(1)
    }
}
