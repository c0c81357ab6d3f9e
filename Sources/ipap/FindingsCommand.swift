import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "Check every finding of the 2020 review against the corpus: reproduced, contradicted, partly or not testable.",
        discussion: """
            Each finding gets a verdict with the reason (the figures counted, or what is missing: a province's main \
            document, a document's text) and the evidence (documents, and pairs to compare). A corpus that cites no \
            findings (a demo or imported corpus) is checked against the bundled catalogue's findings. Texts are \
            analysed as `ipap analyze` does (the stored analysis is reused). docs/findings-check.md describes each test.
            A synthetic corpus (generated texts) is said first: the table's first line, the JSON's "synthetic". \
            JSON: {"synthetic":bool,"findings":[{"id","problem","text","citation","verdict","reason","evidence":[...]}]}.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var options: CorpusOptions
    @Option(help: "table or json.") var format: Format = .table

    func run() throws {
        // The metadata without the texts, and the stored analysis's summary when it is for the files as they are:
        // the tests need counts, shares and pairs, and the texts of the few documents a finding names (read
        // from their files). Only without such an analysis are the texts read and analysed, as `ipap analyze` does.
        var corpus = try options.load(deferTexts: true, index: .readIfFresh)
        let findings = try ReviewFindings.findings(for: corpus)
        var summary = CorpusAnalysis(corpus: corpus).storedForCurrentFiles()?.summary
        if summary == nil, corpus.documents.contains(where: \.hasText) {
            // The same files again, with their texts: their problems were said by the first load (a broken file
            // was reported twice).
            corpus = try options.loader().load(options.directory(), displayPath: options.displayPath).corpus ?? corpus
            summary = CorpusAnalysis(corpus: corpus).resultIfTexts().map { AnalysisSummary(result: $0, filesStamp: nil, parts: []) }
        }
        let checks = try ReviewFindings.check(corpus, findings: findings, summary: summary)
        switch format {
        case .json:
            struct Output: Encodable { var synthetic: Bool; var findings: [FindingCheck] }
            Terminal.print(try JSONOutput.encode(Output(synthetic: corpus.isSynthetic, findings: checks)))
        case .table:
            Terminal.print(TextSafety.clean(Self.table(checks, corpus: corpus, width: Terminal.columns)))
        }
    }

    static func table(_ checks: [FindingCheck], corpus: Corpus, width: Int?) -> String {
        let language = Terminal.language
        let zh = language == .chinese
        let rows = checks.map { c -> [String] in
            let evidence = c.evidence.map { $0.text.text(in: language) }.joined(separator: zh ? "；" : "; ")
            return [c.id, c.verdict.name.text(in: language), c.reason.text(in: language) + (evidence.isEmpty ? "" : (zh ? "。依据：" : ". Evidence: ") + evidence)]
        }
        let counts = FindingVerdict.allCases.map { v in "\(v.name.text(in: language)) \(checks.filter { $0.verdict == v }.count)" }
        let summary = (zh ? "\(checks.count) 条结论：" : "\(checks.count) findings: ") + counts.joined(separator: zh ? "，" : ", ")
        // What was checked is said of the whole run, on its own line: beside the last count it read as that
        // count's reason ("not testable 13 (the corpus cites none…)").
        let runNotes = corpus.findings.isEmpty
            ? [zh ? "语料未引用综述结论：核验的是内置目录中的综述结论" : "The corpus cites none of the review's findings: the bundled catalogue's findings were checked"]
            : []
        let headers = zh ? ["结论", "核验", "理由与依据"] : ["finding", "verdict", "reason and evidence"]
        return SyntheticMark.above(TextTable(headers: headers, rows: rows, wrapsLast: true).render(maxWidth: width) + "\n\n"
                                   + ([summary] + runNotes).joined(separator: "\n"), for: corpus)
    }
}
