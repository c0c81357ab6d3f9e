import Foundation
import PolicyModel
import SafeText

/// Which of the review's findings are checked against a corpus: its own (`findings.json`), else the bundled
/// catalogue's (a demo or imported corpus cites none, but the review's findings are still what an analyst wants
/// checked against it). One source for `ipap findings`, `ipap export` and the dashboard (its findings check and `e`).
public enum ReviewFindingSource {
    /// The bundled catalogue could not be loaded (`catalogue` names it).
    public struct CatalogueUnreadable: BilingualError {
        public var catalogue: String
        public func description(in language: Language) -> String {
            LocalizedText(zh: "ipap：无法读取附带目录中的结论（\(catalogue)）",
                          en: "ipap: cannot load the bundled catalogue's findings (\(catalogue))").text(in: language)
        }
    }

    /// The corpus's own findings, else the bundled catalogue's (read once per process).
    public static func findings(for corpus: Corpus) throws -> [Finding] {
        if !corpus.findings.isEmpty { return corpus.findings }
        return try bundled.get()
    }

    /// Whether `findings(for:)` gives the bundled catalogue's findings for this corpus.
    public static func usesBundled(_ corpus: Corpus) -> Bool { corpus.findings.isEmpty }

    /// The bundled catalogue's findings.
    private static let bundled: Result<[Finding], Error> = Result {
        let catalogue = try DataDirectory.locate().appendingPathComponent("catalog", isDirectory: true)
        guard let loaded = try CorpusLoader.bundled().load(catalogue).corpus else {
            throw CatalogueUnreadable(catalogue: catalogue.path)
        }
        return loaded.findings
    }
}
