import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

/// The review's findings for a corpus and the findings check over it, shared by `ipap findings` and `ipap export`.
enum ReviewFindings {
    /// The corpus's own findings, else the bundled catalogue's (`ReviewFindingSource`, as the dashboard and the
    /// export have them).
    static func findings(for corpus: Corpus) throws -> [Finding] {
        do {
            return try ReviewFindingSource.findings(for: corpus)
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
    }

    /// The check of every finding: the stored or computed analysis when the corpus has texts.
    static func check(_ corpus: Corpus, findings: [Finding], summary: AnalysisSummary?) throws -> [FindingCheck] {
        let coverage: CatalogueCoverage?
        do {
            coverage = try CatalogueCoverage.load(from: corpus.directory)
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        let context = FindingContext(corpus: corpus, summary: summary, coverage: coverage)
        return FindingChecker(context: context).check(findings)
    }
}
