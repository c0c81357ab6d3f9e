import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    func name(_ text: LocatedText) -> String { text.text(in: language) }

    func findingChecker() -> FindingChecker {
        FindingChecker(context: FindingContext(corpus: corpus, summary: analysis?.result,
                                               coverage: (try? CatalogueCoverage.load(from: corpus.directory)) ?? nil))
    }

    /// The review's findings checked against this corpus: its own, else the bundled catalogue's (`ReviewFindingSource`,
    /// as `ipap findings` and the export).
    var reviewFindings: [Finding] { (try? ReviewFindingSource.findings(for: corpus)) ?? corpus.findings }

    func evidenceTarget(_ e: FindingEvidence) -> Route? {
        if let pair = e.compare, pair.count == 2, corpus.document(pair[0]) != nil, corpus.document(pair[1]) != nil {
            return .comparing(pair[0], pair[1], in: analysis)
        }
        if let d = e.document, corpus.document(d) != nil { return .document(d) }
        return nil
    }
}

/// A problem of the review: description, causes, recommendations, indicators and findings.
struct ProblemScreen: Screen {
    let context: ScreenContext
    let id: String

    func content() -> ScreenContent {
        guard let f = context.taxonomy.problems.families.first(where: { $0.id == id }) else { return context.missing(id) }
        var c = ScreenContent()
        c.header = [.init("\(f.order). \(f.zh)  \(f.en)", style: .bold),
                    .init(context[.problemIntro], style: .dim)]
        var lastPart: ProblemStatement.Part?
        for s in ProblemStatement.all(of: f) {
            if s.part != lastPart {
                let count = s.part == .cause ? f.causes.count : s.part == .recommendation ? f.recommendations.count : 0
                c.rows.append(.init(cells: [s.part.name.zh + " / " + s.part.name.en + (count > 0 ? context[.parenthesized(String(count))] : "")], kind: .heading))
                lastPart = s.part
            }
            let mark = s.part == .description ? "" : "\(s.number). "
            let indent = String(repeating: " ", count: mark.count)
            // The interface language first, the other below it, then where the review says it.
            let first = context.zh ? s.text.zh : s.text.en, second = context.zh ? s.text.en : s.text.zh
            c.rows += context.textRows(mark + first, indent: indent)
            c.rows += context.textRows(indent + second, indent: indent, kind: .note)
            if let l = s.locator {
                c.rows += context.textRows(indent + "〔" + SectionLocator.text(l, in: context.language) + "〕", indent: indent, kind: .note)
            }
        }
        if !f.indicators.isEmpty {
            c.rows.append(.init(cells: [context[.indicatorsHeading(f.indicators.count)]], kind: .heading))
            c.rows += f.indicators.map { .init(cells: ["  " + context.name($0.name)], target: IndicatorID($0.id).map { .indicator($0) }) }
        }
        let findings = context.corpus.findings.filter { $0.family == f.id }
        if !findings.isEmpty {
            c.rows.append(.init(cells: [context[.citedFindingsToCheck(findings.count)]], kind: .heading))
            let checker = context.findingChecker()
            for x in findings {
                let check = checker.check(x)
                c.rows += context.textRows("[" + context.name(check.verdict.name) + "] " + context.name(x.text), indent: "  ", target: .findings, kind: .item)
            }
        }
        return c
    }
}

/// The review's findings, each with the verdict this corpus gives it.
struct FindingsScreen: Screen {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        let findings = context.reviewFindings
        guard !findings.isEmpty else {
            c.header = [.init(context[.thisCorpusCitesNoFindings], style: .dim)]
            return c
        }
        let checks = context.findingChecker().check(findings)
        let counts = FindingVerdict.allCases.map { v in "\(context.name(v.name)) \(checks.filter { $0.verdict == v }.count)" }.joined(separator: "  ")
        c.header = [.init(context[.findingsChecked(checks.count)] + counts, style: .bold)]
        if context.corpus.findings.isEmpty { c.header.append(.init(context[.catalogueFindingsChecked], style: .dim)) }
        if context.analysis == nil {
            c.header.append(.init(context[context.analysisStatus == .loading ? .findingsUntestableWhileAnalysing : .findingsUntestableWithoutAnalysis], style: .dim))
        }
        // One block per finding: the verdict and the finding, why, then the evidence (each opens its
        // compare view or document when it has one). Full-width rows, wrapped to the screen.
        let wrap = max(20, context.rowWidth() - 4)
        for check in checks {
            let target = check.evidence.lazy.compactMap(context.evidenceTarget).first
            for (i, var row) in context.textRows("[" + context.name(check.verdict.name) + "] " + context.name(check.text), indent: "  ", target: target).enumerated() {
                row.kind = i == 0 ? .item : .text
                row.isItsTarget = false
                c.rows.append(row)
            }
            for line in TextView.wrap(context[.why] + context.name(check.reason), width: wrap - 4).map(\.text) {
                c.rows.append(.init(cells: ["    " + line], kind: .note))
            }
            for e in check.evidence {
                let link = context.evidenceTarget(e)
                for (i, line) in TextView.wrap(context.name(e.text), width: wrap - 6).enumerated() {
                    var row = ScreenContent.Row(cells: [(i == 0 ? "    › " : "      ") + line.text], target: link, kind: link == nil ? .note : .text)
                    row.isItsTarget = false
                    row.continuation = line.continuation
                    c.rows.append(row)
                }
            }
        }
        return c
    }
}
