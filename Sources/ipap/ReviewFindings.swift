import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel

/// The review's findings for a corpus and the findings check over it, shared by `ipap findings` and `ipap export`.
enum ReviewFindings {
    /// The corpus's own findings, else the bundled catalogue's (a demo or imported corpus cites none, but the
    /// review's findings are still what an analyst wants checked against it).
    static func findings(for corpus: Corpus) throws -> [Finding] {
        if !corpus.findings.isEmpty { return corpus.findings }
        let catalog = try DataDirectory.defaultCorpusCatalog()
        let result = try CorpusLoader.bundled().load(catalog)
        guard let bundled = result.corpus else {
            Terminal.error(Terminal.text("ipap：无法读取附带目录中的结论（\(catalog.path)）", "ipap: cannot load the bundled catalogue's findings (\(catalog.path))"))
            throw ExitCode(1)
        }
        return bundled.findings
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

extension DataDirectory {
    /// The bundled catalogue, whatever $IPAP_CORPUS says.
    static func defaultCorpusCatalog() throws -> URL {
        try locate().appendingPathComponent("catalog", isDirectory: true)
    }
}
