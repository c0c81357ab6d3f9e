import ArgumentParser
import Foundation
import PolicyModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a corpus and its review journals: every problem as path:line:column: message. Exit 1 when any is found."
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let directory = try options.directory()
        let result = try options.loader().load(directory, displayPath: options.displayPath)
        // The review journals too: torn lines, foreign owners, journals others can write.
        let reviews = ReviewStore.load(directory, displayPath: options.displayPath)
        // And what `review add` refuses, written into a journal by hand (every output shows it as a visible symbol,
        // so the entry is read; here it is a problem, as in a document's title).
        let written = reviews.all.compactMap { located in
            located.entry.controlCharacter.map { found in
                Problem(file: located.file, position: SourcePosition(line: located.line, column: 1),
                        LocalizedText.controlCharacter(found.scalar, in: found.field))
            }
        }
        let problems = result.problems + reviews.problems + written
        for problem in problems { Terminal.print(problem.description(in: Terminal.language)) }
        // Leftovers of killed writers are no problem of the corpus (its files are whole): said, not counted.
        for leftover in CorpusLeftovers.find(in: directory, displayPath: options.displayPath) {
            let size = ByteCountFormatter.string(fromByteCount: Int64(leftover.bytes), countStyle: .file)
            Terminal.error(Terminal.text("注意：\(leftover.path)：被中断的写入留下的（\(size)），\(leftover.removedBy.zh)",
                                         "note: \(leftover.path): left by a write that was stopped (\(size)); \(leftover.removedBy.en)"))
        }
        if problems.isEmpty, let corpus = result.corpus {
            Terminal.error(Terminal.text("通过：\(corpus.documents.count) 份文件、\(corpus.findings.count) 条结论、\(reviews.all.count) 条审阅记录，没有问题",
                                         "ok: \(EnglishCount.of(corpus.documents.count, "document")), \(EnglishCount.of(corpus.findings.count, "finding")), "
                                         + "\(EnglishCount.of(reviews.all.count, "review entry", plural: "review entries")), no problems"))
            return
        }
        Terminal.error(Terminal.text("\(problems.count) 个问题", "\(EnglishCount.of(problems.count, "problem"))"))
        throw ExitCode(1)
    }
}
