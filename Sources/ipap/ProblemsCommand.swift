import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI

struct ProblemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "problems",
        abstract: "The review's five problems: description, causes and recommendations, each with its section locator.",
        discussion: "Both languages always. `ipap show 同质化` (or a number, 2, or an id, homogenization) shows one problem."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    @OptionGroup var options: CorpusOptions
    @Option(help: "table, json or markdown.") var format: Format = .table

    func run() throws {
        let corpus = try options.load(deferTexts: true, index: .readIfFresh)
        let catalog = corpus.taxonomy.problems
        let problems = ProblemText.problems(catalog)
        switch format {
        case .json:
            struct Output: Encodable {
                var citation: String?
                var problems: [ProblemFamily]
            }
            Terminal.print(try JSONOutput.encode(Output(citation: catalog.citation, problems: problems)))
        case .markdown:
            let citation = corpus.citation(catalog.citation ?? "review-2020")?.text
            Terminal.print(TextSafety.clean(ProblemText.markdown(catalog, citation: citation)))
        case .table:
            Terminal.print(TextSafety.clean(Self.table(catalog, corpus: corpus, width: Terminal.columns)))
        }
    }

    /// The problems as a table, one line per statement and language. On a terminal too narrow for it (any under
    /// some 300 columns), each problem as `ipap show N` prints it, wrapped under itself: clipped to the width, the
    /// table kept a few characters of each statement ('成因 1  事前未充分…') and lost the locators.
    static func table(_ catalog: ProblemCatalog, corpus: Corpus, width: Int?) -> String {
        var rows: [[String]] = []
        for f in ProblemText.problems(catalog) {
            for s in ProblemStatement.all(of: f) {
                let part = s.part == .description ? s.part.name.zh : s.part.name.zh + " \(s.number)"
                rows.append(["\(f.order) \(f.zh)", part, s.text.zh, s.locator ?? "-"])
                rows.append(["  " + f.en, s.part.name.en, s.text.en, ""])
            }
        }
        let table = TextTable(headers: ["问题 / problem", "部分 / part", "内容 / text", "出处 / locator"], rows: rows)
        let whole = table.render()
        guard let width, whole.components(separatedBy: "\n").contains(where: { DisplayWidth.of($0) > width }) else { return whole }
        let report = Report(corpus: corpus, language: Terminal.language, width: width)
        return ProblemText.problems(catalog).map { report.wrapped(ProblemText.plain($0)) }.joined(separator: "\n\n")
    }
}
