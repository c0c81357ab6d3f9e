import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Everything known about a document, province, issuer, action area or problem of the review.",
        // A document's indicators come from the stored analysis; a group's are the dashboard's and the export's.
        discussion: """
            THING is a document id or number (国发〔2015〕40号), a province (河北, 冀, 130000, Hebei), \
            an issuer (工业和信息化部, MIIT, miit), an action area (电子商务, e-commerce) or a problem of the review \
            (同质化, 2, homogenization: its description, causes and recommendations). \
            A document with text shows its indicators and reuse pairs from the stored analysis (`ipap analyze --write` \
            or the dashboard stores one); a province's, issuer's or area's indicators are in the dashboard and in \
            `ipap export`.
            """
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Argument(help: "What to show.") var thing: String

    func run() throws {
        // The metadata without the texts: a document needs its own text at most; a province, issuer or area the
        // text areas of the stored analysis, the texts only when none is stored for the files as they are (at
        // 50,000 documents every text was read to show one document).
        let corpus = try scopeOptions.apply(to: try options.load(deferTexts: true, index: .readIfFresh))
        let report = Report(corpus: corpus, language: Terminal.language, width: Terminal.columns)
        let taxonomy = corpus.taxonomy
        // Area coverage counts comprehensive documents by their text: provinces, issuers and areas need the analysis.
        // Analysts' area overrides win over the machine's codes (docs/reviews.md), as in the dashboard and the export.
        // Read only when areas are shown (not for a problem).
        let directory = try options.directory(), displayPath = options.displayPath
        lazy var reviewed = ReviewedCoding(scheme: CodingScheme(taxonomy: taxonomy), store: ReviewStore.load(directory, displayPath: displayPath))
        var textAreas: [String: [String]]? {
            if let stored = CorpusAnalysis(corpus: corpus).storedForCurrentFiles() { return Self.applying(reviewed, to: stored.summary.textAreas, in: corpus) }
            guard corpus.documents.contains(where: \.hasText), let loaded = try? options.loader().load(options.directory()).corpus,
                  let scope = try? scopeOptions.scope() else { return nil }
            guard let computed = CorpusAnalysis(corpus: scope.apply(to: loaded)).resultIfTexts()?.textAreas else { return nil }
            return Self.applying(reviewed, to: computed, in: corpus)
        }
        let text: String
        if let d = corpus.resolveDocument(thing) {
            // One document: its text's areas and its indicators only from an analysis already stored (none is
            // computed for it).
            let analysis = CorpusAnalysis(corpus: corpus)
            let stored = analysis.storedForCurrentFiles()?.summary
            var areas: [String]? = stored?.textAreas[d.id]
            if let machine = areas { areas = Self.applying(reviewed, to: [d.id: machine], in: corpus)[d.id] }
            let shown = stored.flatMap { s in s.documents.first { $0.id == d.id }.map {
                DocumentAnalysisShown(summary: $0, pairs: s.reuse.filter { $0.source == d.id || $0.target == d.id })
            } }
            text = report.document(d, textAreas: areas, analysis: shown, outdated: stored == nil && analysis.store.open() != nil)
        } else if let p = taxonomy.resolveDivision(thing) {
            text = report.province(ProvinceProfile(division: p, corpus: corpus, textAreas: textAreas))
        } else if let s = taxonomy.resolveIssuer(thing) {
            text = report.issuer(IssuerProfile(issuer: s, corpus: corpus, textAreas: textAreas))
        } else if let a = taxonomy.resolveArea(thing) {
            text = report.area(AreaProfile(area: a, corpus: corpus, textAreas: textAreas))
        } else if let f = ProblemText.resolve(thing, in: taxonomy.problems) {
            text = report.wrapped(ProblemText.plain(f, findings: corpus.findings))
        } else if !thing.isEmpty, !thing.contains("/"), !thing.hasPrefix("."), FileManager.default.fileExists(atPath:
                    try options.directory().appendingPathComponent("documents/\(thing).json").path) {
            // Its file is there but did not load (the problems are printed above): not an unknown id.
            Terminal.error(Terminal.text("ipap：“\(thing)”的文件 documents/\(thing).json 未能载入（问题见上）",
                                         "ipap: '\(thing)' is in the corpus, but documents/\(thing).json did not load (the problems are above)"))
            throw ExitCode(1)
        } else {
            let zh = "“\(thing)”不是本语料中的文件编号或文号、省份、发文机关、行动领域或问题"
            let en = "'\(thing)' is not a document id or number, province, issuer, action area or problem of this corpus"
            throw NameAnswer.error(thing, unknown: zh, en, in: taxonomy) ?? usageError(zh, en)
        }
        Terminal.print(TextSafety.clean(text))
    }

    /// The text areas with the analysts' area overrides applied: each document an override touches is coded again
    /// from its text, its areas those of its clauses as reviewed (`ReviewedDocumentCodes`, the export's rule).
    static func applying(_ reviewed: ReviewedCoding, to areas: [String: [String]], in corpus: Corpus) -> [String: [String]] {
        let touched = Set(reviewed.overrides.keys.filter { $0.field == .actionArea }.map(\.document))
        var out = areas
        for id in touched where areas[id] != nil {
            guard let d = corpus.document(id), let text = corpus.text(of: d) else { continue }
            out[id] = ReviewedDocumentCodes(reviewed.clauses(document: id, coding: reviewed.machineCoding(text: text))).actionAreas
        }
        return out
    }
}
